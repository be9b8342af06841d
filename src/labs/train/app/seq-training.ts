/**
 * The sequential mode's controller: trains the set-up's runs in lockstep through the worker's
 * trainSequence (every epoch's accuracies and memories land in the cache as they come), pauses
 * and resumes through the room's pause, cancels, and opens a run file written by
 * `dam train --tasks … --out` (src/schema/sequential.ts). A newer start cancels the older one.
 */
import type { SeqEpochEvent, SeqRunResult } from '../../../core/sequential/types';
import { isAbortError } from '../../../core/util/abort';
import { errorMessage } from '../../../core/util/error-message';
import { parseSeqRunFile } from '../../../schema/sequential';
import { lessonEvent } from '../../../shell/lessons/events';
import { useDamStore } from '../../../store';
import { ensureWorker, type TrainContext } from './context';
import { createSeqResults, type SeqLiveRun, type SeqResultsCache } from './seq-results';
import { runName, seqRequest, type SeqLabSetup } from './seq-setup';

const store = () => useDamStore.getState();

export interface SeqController {
  results: SeqResultsCache;
  start(): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  cancel(): void;
  /** Opens a run file's text; the error sentence, or null when it was shown. */
  open(text: string): string | null;
}

function freshRuns(s: SeqLabSetup): SeqLiveRun[] {
  return s.runs.map((r, id) => ({
    id,
    name: runName(r),
    curve: [],
    matrix: new Array<number[] | null>(s.tasks).fill(null),
    memories: null,
    K: s.K,
    result: null,
  }));
}

export function createSeqController(ctx: TrainContext): SeqController {
  const results = createSeqResults();
  let abort = new AbortController();

  function onEvents(signal: AbortSignal, events: SeqEpochEvent[]): void {
    if (signal.aborted) return;
    const r = results.get();
    const done = [...store().seq.done];
    for (const e of events) {
      const run = r.runs[e.id];
      if (!run) continue;
      run.curve.push({ epoch: e.epoch, task: e.task, accuracy: e.accuracy });
      run.memories = e.memories;
      if (e.epochInTask === r.epochsPerTask) run.matrix[e.task] = e.accuracy;
      done[e.id] = e.epoch;
    }
    results.touch();
    store().setSeq({ done });
  }

  function finish(all: SeqRunResult[]): void {
    const r = results.get();
    for (const res of all) {
      const run = r.runs[res.id];
      if (!run) continue;
      run.result = res;
      run.matrix = res.matrix.map((row) => [...row]);
    }
    results.touch();
  }

  return {
    results,
    async start() {
      abort.abort();
      abort = new AbortController();
      const { signal } = abort;
      const setup = store().seq.setup;
      const req = seqRequest(setup);
      results.set({
        setup,
        source: 'live',
        epochsPerTask: setup.epochs,
        tasks: setup.tasks,
        runs: freshRuns(setup),
      });
      store().setSeq({ status: 'running', error: undefined, done: setup.runs.map(() => 0) });
      const t0 = performance.now();
      try {
        if (!(await ensureWorker(ctx)))
          throw new Error(store().lab.worker.error ?? 'the worker did not start');
        const out = await ctx.room.call(
          'trainSequence',
          [req, (ev: SeqEpochEvent[]) => onEvents(signal, ev)],
          {
            signal,
            background: true,
          },
        );
        if (signal.aborted) return;
        finish(out.results);
        store().setSeq({
          status: out.outcome === 'finished' ? 'finished' : 'cancelled',
          elapsedMs: performance.now() - t0,
        });
        if (out.outcome === 'finished') lessonEvent('train:sequence');
      } catch (err) {
        if (signal.aborted || isAbortError(err)) return;
        store().setSeq({ status: 'error', error: errorMessage(err) });
      }
    },
    async pause() {
      if (store().seq.status !== 'running') return;
      store().setSeq({ status: 'paused' });
      await ctx.room.call('pause', [], { urgent: true });
    },
    async resume() {
      if (store().seq.status !== 'paused') return;
      store().setSeq({ status: 'running' });
      await ctx.room.call('resume', [], { urgent: true });
    },
    cancel() {
      const status = store().seq.status;
      if (status !== 'running' && status !== 'paused') return;
      abort.abort();
      if (status === 'paused')
        void ctx.room.call('resume', [], { urgent: true }).catch(() => undefined);
      store().setSeq({ status: 'cancelled' });
    },
    open(text) {
      try {
        const file = parseSeqRunFile(text);
        const setupRuns = file.request.runs;
        results.set({
          setup: null,
          source: 'file',
          epochsPerTask: setupRuns[0]?.epochs ?? 0,
          tasks: file.request.tasks.tasks,
          runs: file.results.map((res, k) => {
            const spec = setupRuns.find((r) => r.id === res.id) ?? setupRuns[k];
            const K = spec?.options.K ?? 100;
            const mem = file.memories[k];
            return {
              id: res.id,
              name: spec
                ? runName({ n: spec.options.n ?? 20, method: spec.method.method })
                : `run ${res.id}`,
              curve: res.curve,
              matrix: res.matrix.map((row) => [...row]),
              memories: mem ? Float32Array.from(mem) : null,
              K,
              result: res,
            };
          }),
        });
        return null;
      } catch (err) {
        return `The run file: ${errorMessage(err)}`;
      }
    },
  };
}
