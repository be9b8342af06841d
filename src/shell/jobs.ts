/**
 * The long jobs of a lab's runtime (a census, a curve, a run): each start cancels that job's run
 * in flight, waits for the worker, and writes the job's status, progress, page-side time and
 * error into the store through `set`. A set-up problem marks the job as failed without asking
 * the worker. One shape of job state for every lab, so job bars and tests read them alike.
 */
import { isAbortError } from '../core/util/abort';
import { errorMessage } from '../core/util/error-message';

export type JobStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

export interface JobProgress {
  status: JobStatus;
  done: number;
  total: number;
  /** Page-side time from start to end, ms. */
  elapsedMs: number;
  error?: string;
}

export const IDLE_JOB: JobProgress = { status: 'idle', done: 0, total: 0, elapsedMs: 0 };

export interface Jobs<N extends string> {
  /** Runs `work` as job `name` (its run in flight is cancelled first); `problem` fails it at once. */
  run(
    name: N,
    work: (signal: AbortSignal) => Promise<void>,
    problem?: string | null,
  ): Promise<void>;
  /** A progress callback for the worker that writes done/total until the run is aborted. */
  progress(name: N, signal: AbortSignal): (done: number, total: number) => void;
  /** Cancels a running job and marks it cancelled (what is shown stays). */
  cancel(name: N): void;
  /** Cancels every running job (the lab is hidden). */
  cancelAll(): void;
}

export interface JobsOptions<N extends string> {
  names: readonly N[];
  status: (name: N) => JobStatus;
  set: (name: N, patch: Partial<JobProgress>) => void;
  /** Resolves once the worker can take calls (shell.compute.whenReady). */
  ready: () => Promise<unknown>;
}

export function createJobs<N extends string>(opts: JobsOptions<N>): Jobs<N> {
  const { names, status, set, ready } = opts;
  const aborts = new Map<N, AbortController>(names.map((n) => [n, new AbortController()]));
  const controller = (name: N): AbortController => {
    const c = aborts.get(name);
    if (!c) throw new Error(`unknown job ${name}`);
    return c;
  };
  const cancel = (name: N) => {
    if (status(name) !== 'running') return;
    controller(name).abort();
    set(name, { status: 'cancelled' });
  };
  return {
    async run(name, work, problem = null) {
      controller(name).abort();
      const mine = new AbortController();
      aborts.set(name, mine);
      const { signal } = mine;
      if (problem) {
        set(name, { ...IDLE_JOB, status: 'error', error: problem });
        return;
      }
      const started = performance.now();
      set(name, { ...IDLE_JOB, status: 'running' });
      try {
        await ready().catch(() => undefined);
        await work(signal);
        if (signal.aborted) return;
        set(name, { status: 'done', elapsedMs: performance.now() - started });
      } catch (err) {
        if (signal.aborted || isAbortError(err)) return;
        set(name, {
          status: 'error',
          elapsedMs: performance.now() - started,
          error: errorMessage(err),
        });
      }
    },
    progress: (name, signal) => (done, total) => {
      if (!signal.aborted) set(name, { done, total });
    },
    cancel,
    cancelAll: () => names.forEach(cancel),
  };
}
