/**
 * The main-thread side of the training-lab worker (workers/lab.worker.ts).
 *
 * Simpler than dam-client.ts: a lab call may legitimately run for minutes (training), so only the
 * short calls have deadlines. When the worker crashes (or a short call misses its deadline) the
 * worker is respawned and `init` replayed with the remembered preference and asset; calls in
 * flight at that moment — a training run included — reject with "worker restarted: …".
 */
import { proxy, transfer, wrap, type Remote } from 'comlink';
import type { Endpoint } from 'comlink';
import type { BackendInfo, BackendPreference } from '../worker-api/dam-api';
import type {
  LabEvaluation,
  LabEvent,
  LabTrainOutcome,
  LabTrainRequest,
  LabWorkerApi,
} from '../worker-api/lab-api';
import type { KhOptions } from '../core/kh-model';
import { errorMessage } from '../core/error-message';

/** A running worker, as the client sees it (same shape as dam-client's, injectable for tests). */
export interface SpawnedLabWorker {
  endpoint: Endpoint;
  terminate(): void;
  /** Registers the crash callback (worker `error` / `messageerror`). */
  onCrash(cb: (reason: string) => void): void;
}

export type LabClientStatus =
  | { kind: 'ready'; backend: BackendInfo }
  | { kind: 'restarted'; reason: string; restarts: number }
  | { kind: 'error'; message: string };

export interface LabClientOptions {
  spawn?: () => SpawnedLabWorker;
  /** Deadlines of the short calls, ms (train and evaluate have none: they can run long). */
  timeouts?: Partial<Record<'init' | 'control' | 'ping', number>>;
}

export interface LabClient {
  /**
   * Starts backend selection and hands the worker the MNIST asset: a copy is transferred, and the
   * client keeps a reference to `asset` itself (the caller must not change it) so a restart can
   * replay init. One 7.85 MB copy, not two, on the main thread.
   */
  init(pref: BackendPreference, asset: ArrayBuffer): Promise<BackendInfo>;
  /** Trains a lockstep group; `onEvents` is wrapped in a comlink proxy here. */
  train(req: LabTrainRequest, onEvents: (events: LabEvent[]) => void): Promise<LabTrainOutcome>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  cancel(): Promise<void>;
  /** `memories` is copied (the caller keeps it). */
  evaluate(options: KhOptions, T: number, memories: Float32Array): Promise<LabEvaluation>;
  ping(): Promise<number>;
  /** Subscribes to status changes; returns the unsubscribe function. */
  onStatus(cb: (s: LabClientStatus) => void): () => void;
  terminate(): void;
}

export const LAB_TIMEOUTS = { init: 60_000, control: 10_000, ping: 5_000 };

export function spawnLabWorker(): SpawnedLabWorker {
  const worker = new Worker(new URL('../../workers/lab.worker.ts', import.meta.url), {
    type: 'module',
    name: 'lab',
  });
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

export function createLabClient(opts: LabClientOptions = {}): LabClient {
  const spawn = opts.spawn ?? spawnLabWorker;
  const limits = { ...LAB_TIMEOUTS, ...opts.timeouts };
  const listeners = new Set<(s: LabClientStatus) => void>();
  /** What init needs for a replay: the preference and the caller's asset (copied per call). */
  let remembered: { pref: BackendPreference; asset: ArrayBuffer } | null = null;
  let generation = 0;
  let restarts = 0;
  let terminated = false;
  const rejecters = new Set<(e: Error) => void>();
  let current!: { worker: SpawnedLabWorker; api: Remote<LabWorkerApi> };
  let replaying: Promise<void> = Promise.resolve();

  const emit = (s: LabClientStatus) => listeners.forEach((cb) => cb(s));

  const start = () => {
    const worker = spawn();
    const gen = ++generation;
    worker.onCrash((reason) => {
      if (gen === generation) void restart(reason);
    });
    current = { worker, api: wrap<LabWorkerApi>(worker.endpoint) };
  };

  /** Runs one call; `limit` (ms) is its deadline, and a missed deadline restarts the worker. */
  function call<T>(
    name: string,
    limit: number | null,
    fn: (api: Remote<LabWorkerApi>) => Promise<T>,
  ): Promise<T> {
    if (terminated) return Promise.reject(new Error('the lab worker client was terminated'));
    const gen = generation;
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
          fail(new Error(`lab worker call ${name} did not answer within ${limit} ms`));
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
    });
  }

  const initCall = (pref: BackendPreference, asset: ArrayBuffer) => {
    const copy = asset.slice(0);
    return call('init', limits.init, (api) => api.init({ backend: pref }, transfer(copy, [copy])));
  };

  async function restart(reason: string): Promise<void> {
    if (terminated) return;
    current.worker.terminate();
    for (const fail of [...rejecters]) fail(new Error(`worker restarted: ${reason}`));
    restarts++;
    start();
    emit({ kind: 'restarted', reason, restarts });
    replaying = replay();
    await replaying;
  }

  async function replay(): Promise<void> {
    if (!remembered) return;
    try {
      emit({ kind: 'ready', backend: await initCall(remembered.pref, remembered.asset) });
    } catch (e) {
      emit({ kind: 'error', message: `replay after restart failed: ${errorMessage(e)}` });
    }
  }

  start();

  return {
    async init(pref, asset) {
      remembered = { pref, asset };
      await replaying;
      const info = await initCall(pref, remembered.asset);
      emit({ kind: 'ready', backend: info });
      return info;
    },
    async train(req, onEvents) {
      await replaying;
      // The callback crosses as a comlink proxy; it is released when the call settles.
      const cb = proxy(onEvents);
      return call('train', null, (api) => api.train(req, cb));
    },
    async pause() {
      await replaying;
      return call('pause', limits.control, (api) => api.pause());
    },
    async resume() {
      await replaying;
      return call('resume', limits.control, (api) => api.resume());
    },
    async cancel() {
      await replaying;
      return call('cancel', limits.control, (api) => api.cancel());
    },
    async evaluate(options, T, memories) {
      await replaying;
      const copy = memories.slice();
      return call('evaluate', null, (api) =>
        api.evaluate(options, T, transfer(copy, [copy.buffer])),
      );
    },
    async ping() {
      await replaying;
      return call('ping', limits.ping, (api) => api.ping());
    },
    onStatus(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    terminate() {
      if (terminated) return;
      terminated = true;
      for (const fail of [...rejecters]) fail(new Error('the lab worker client was terminated'));
      current.worker.terminate();
    },
  };
}
