/**
 * The main-thread side of the training-lab worker (workers/lab.worker.ts).
 *
 * Same watchdog as dam-client.ts (supervisor.ts), but a lab call may legitimately run for minutes
 * (training), so only the short calls have deadlines. When the worker crashes (or a short call misses its deadline) the
 * worker is respawned and `init` replayed with the remembered preference and asset; calls in
 * flight at that moment — a training run included — reject with "worker restarted: …".
 */
import { proxy, transfer } from 'comlink';
import type { BackendInfo, BackendPreference } from '../worker-api/dam-api';
import type {
  LabEvaluation,
  LabEvent,
  LabTrainOutcome,
  LabTrainRequest,
  LabWorkerApi,
} from '../worker-api/lab-api';
import type { KhOptions } from '../core/classifier/kh-model';
import {
  spawnedWorker,
  superviseWorker,
  type SpawnedWorker,
  type WorkerCall,
  type WorkerStatus,
} from './supervisor';

export type SpawnedLabWorker = SpawnedWorker;
export type LabClientStatus = WorkerStatus;

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
  return spawnedWorker(
    new Worker(new URL('../../workers/lab.worker.ts', import.meta.url), {
      type: 'module',
      name: 'lab',
    }),
  );
}

export function createLabClient(opts: LabClientOptions = {}): LabClient {
  const limits = { ...LAB_TIMEOUTS, ...opts.timeouts };
  /** What init needs for a replay: the preference and the caller's asset (copied per call). */
  let remembered: { pref: BackendPreference; asset: ArrayBuffer } | null = null;

  const initCall = (c: WorkerCall<LabWorkerApi>, pref: BackendPreference, asset: ArrayBuffer) => {
    const copy = asset.slice(0);
    return c('init', limits.init, (api) => api.init({ backend: pref }, transfer(copy, [copy])));
  };

  const sup = superviseWorker<LabWorkerApi>({
    spawn: opts.spawn ?? spawnLabWorker,
    what: 'lab worker',
    async replay(c) {
      if (remembered) {
        const info = await initCall(c, remembered.pref, remembered.asset);
        sup.emit({ kind: 'ready', backend: info });
      }
    },
  });

  return {
    async init(pref, asset) {
      remembered = { pref, asset };
      const info = await initCall(sup.request, pref, asset);
      sup.emit({ kind: 'ready', backend: info });
      return info;
    },
    async train(req, onEvents) {
      // The callback crosses as a comlink proxy; it is released when the call settles.
      const cb = proxy(onEvents);
      return sup.request('train', null, (api) => api.train(req, cb));
    },
    async pause() {
      return sup.request('pause', limits.control, (api) => api.pause());
    },
    async resume() {
      return sup.request('resume', limits.control, (api) => api.resume());
    },
    async cancel() {
      return sup.request('cancel', limits.control, (api) => api.cancel());
    },
    async evaluate(options, T, memories) {
      const copy = memories.slice();
      return sup.request('evaluate', null, (api) =>
        api.evaluate(options, T, transfer(copy, [copy.buffer])),
      );
    },
    async ping() {
      return sup.request('ping', limits.ping, (api) => api.ping());
    },
    onStatus: sup.onStatus,
    terminate: sup.terminate,
  };
}
