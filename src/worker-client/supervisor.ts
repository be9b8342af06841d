/**
 * The compute connection's watchdog (connection.ts): one comlink-wrapped worker, calls with
 * optional deadlines, and a restart that terminates the worker, rejects every call in flight
 * with "worker restarted: …", spawns a new one and lets the connection replay what the worker
 * must hold (backend, memories, digits). The store stays the truth; a worker is a rebuildable
 * cache.
 */
import { wrap, type Endpoint, type Remote } from 'comlink';
import type { BackendInfo } from '../worker-api/backend';
import { errorMessage } from '../core/util/error-message';

/** A running worker, as a client sees it (injectable: tests pass a MessageChannel port). */
export interface SpawnedWorker {
  endpoint: Endpoint;
  terminate(): void;
  /** Registers the crash callback (worker `error` / `messageerror`). */
  onCrash(cb: (reason: string) => void): void;
}

export type WorkerStatus =
  | { kind: 'ready'; backend: BackendInfo }
  | { kind: 'restarted'; reason: string; restarts: number }
  | { kind: 'error'; message: string };

/**
 * A started worker, wired for crash reports. The caller writes `new Worker(new URL(…,
 * import.meta.url), …)` itself: Vite bundles a worker only from that literal form.
 */
export function spawnedWorker(worker: Worker): SpawnedWorker {
  return {
    endpoint: worker,
    terminate: () => worker.terminate(),
    onCrash(cb) {
      worker.addEventListener('error', (e) =>
        cb(`worker error: ${e.message || 'failed to load or crashed'}`),
      );
      worker.addEventListener('messageerror', () => cb('worker message could not be deserialised'));
    },
  };
}

/** Runs one call on the current worker; `limit` ms (null: none) missed restarts the worker. */
export type WorkerCall<Api> = <T>(
  name: string,
  limit: number | null,
  fn: (api: Remote<Api>) => Promise<T>,
) => Promise<T>;

export interface SupervisorOptions<Api> {
  spawn: () => SpawnedWorker;
  /** Names the worker in messages: "<what> call init did not answer …", "the <what> client …". */
  what: string;
  /** Puts back what the new worker must hold; use `call`, not `request` (that would wait on itself). */
  replay: (call: WorkerCall<Api>) => Promise<void>;
  /** Runs before a restart terminates the worker (e.g. to stop a ping timer). */
  beforeRestart?: () => void;
  /** Runs after every replay, failed or not. */
  afterReplay?: () => void;
}

export interface Supervisor<Api> {
  /** A call once any replay in progress is done (what the client's methods use). */
  request: WorkerCall<Api>;
  /** Calls not yet settled. */
  readonly inFlight: number;
  emit(status: WorkerStatus): void;
  onStatus(cb: (s: WorkerStatus) => void): () => void;
  restart(reason?: string): Promise<void>;
  terminate(): void;
}

export function superviseWorker<Api>(opts: SupervisorOptions<Api>): Supervisor<Api> {
  const listeners = new Set<(s: WorkerStatus) => void>();
  const rejecters = new Set<(e: Error) => void>();
  let current!: { worker: SpawnedWorker; api: Remote<Api> };
  let generation = 0;
  let restarts = 0;
  let inFlight = 0;
  let terminated = false;
  let replaying: Promise<void> = Promise.resolve();

  const emit = (s: WorkerStatus) => listeners.forEach((cb) => cb(s));

  const start = () => {
    const worker = opts.spawn();
    const gen = ++generation;
    worker.onCrash((reason) => {
      if (gen === generation) void restart(reason);
    });
    current = { worker, api: wrap<Api>(worker.endpoint) };
  };

  const call: WorkerCall<Api> = <T>(
    name: string,
    limit: number | null,
    fn: (api: Remote<Api>) => Promise<T>,
  ): Promise<T> => {
    if (terminated) return Promise.reject(new Error(`the ${opts.what} client was terminated`));
    const gen = generation;
    inFlight++;
    return new Promise<T>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const fail = (e: Error) => {
        clearTimeout(timer);
        rejecters.delete(fail);
        reject(e);
      };
      rejecters.add(fail);
      if (limit !== null)
        timer = setTimeout(() => {
          fail(new Error(`${opts.what} call ${name} did not answer within ${limit} ms`));
          if (gen === generation) void restart(`${name} timed out`);
        }, limit);
      fn(current.api).then(
        (v) => {
          clearTimeout(timer);
          rejecters.delete(fail);
          resolve(v);
        },
        (e: unknown) => fail(e instanceof Error ? e : new Error(String(e))),
      );
    }).finally(() => inFlight--);
  };

  async function runReplay(): Promise<void> {
    try {
      await opts.replay(call);
    } catch (e) {
      emit({ kind: 'error', message: `replay after restart failed: ${errorMessage(e)}` });
    } finally {
      opts.afterReplay?.();
    }
  }

  async function restart(reason = 'restart requested'): Promise<void> {
    if (terminated) return;
    opts.beforeRestart?.();
    current.worker.terminate();
    for (const fail of [...rejecters]) fail(new Error(`worker restarted: ${reason}`));
    restarts++;
    start();
    emit({ kind: 'restarted', reason, restarts });
    replaying = runReplay();
    await replaying;
  }

  start();

  return {
    async request(name, limit, fn) {
      await replaying;
      return call(name, limit, fn);
    },
    get inFlight() {
      return inFlight;
    },
    emit,
    onStatus(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    restart,
    terminate() {
      if (terminated) return;
      terminated = true;
      for (const fail of [...rejecters]) fail(new Error(`the ${opts.what} client was terminated`));
      current.worker.terminate();
    },
  };
}
