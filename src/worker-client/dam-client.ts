/**
 * The main-thread side of the compute worker (src/worker-client is the only UI code that imports
 * comlink; the shared watchdog is supervisor.ts).
 *
 * Watchdog: every call has a timeout; when a call times out, an idle ping goes unanswered, or
 * the worker fires `error`, the worker is terminated and respawned, and the client replays
 * `init` and the last `setMemories` (the store is the truth; the client is a cache of what the
 * worker must hold). Calls in flight at that moment reject with "worker restarted: …".
 */
import { proxy, transfer } from 'comlink';
import type { Patterns } from '../core/dynamics/types';
import type { BasinCurve, BasinCurveRequest } from '../core/basins/basin-types';
import type { Remote } from 'comlink';
import type { BackendInfo, BackendPreference, DamWorkerApi } from '../worker-api/dam-api';
import {
  spawnedWorker,
  superviseWorker,
  type SpawnedWorker,
  type WorkerCall,
  type WorkerStatus,
} from './supervisor';

export type { SpawnedWorker } from './supervisor';
export type DamClientStatus = WorkerStatus;

export interface DamClientOptions {
  spawn?: () => SpawnedWorker;
  /** Per-call limits, ms. */
  timeouts?: Partial<
    Record<
      'init' | 'setMemories' | 'retrieve' | 'retrieveBatch' | 'trajectory' | 'basin' | 'ping',
      number
    >
  >;
  /** How often an idle worker is pinged, ms (0 = never). */
  pingIntervalMs?: number;
}

/**
 * Worker calls the client passes straight through (with a timeout and the restart watchdog).
 * Notes that hold on this side: `retrieveBatch` transfers `req.states.data` (the caller loses it);
 * live trajectories are lost on a worker restart (start them again); `basinMap`'s passes handed to
 * `onPass` belong to the caller.
 */
type Forwarded = Pick<
  DamWorkerApi,
  | 'retrieve'
  | 'retrieveBatch'
  | 'startTrajectory'
  | 'advanceTrajectory'
  | 'configureTrajectory'
  | 'endTrajectory'
  | 'basinMap'
  | 'cancelBasin'
>;

export interface DamClient extends Forwarded {
  /** Starts the worker's backend selection; remembered and replayed after a restart. */
  init(pref: BackendPreference): Promise<BackendInfo>;
  /** Copies the patterns (the caller keeps its data), transfers the copy, remembers it for replay. */
  setMemories(memories: Patterns, version: number): Promise<void>;
  basinCurves(
    req: BasinCurveRequest,
    onProgress?: (done: number, total: number) => void,
  ): Promise<BasinCurve[]>;
  /** Subscribes to status changes; returns the unsubscribe function. */
  onStatus(cb: (s: DamClientStatus) => void): () => void;
  /** Terminates and respawns the worker, then replays init and setMemories. */
  restart(reason?: string): Promise<void>;
  terminate(): void;
}

export const DEFAULT_TIMEOUTS = {
  init: 30_000,
  setMemories: 15_000,
  retrieve: 120_000,
  retrieveBatch: 300_000,
  trajectory: 30_000,
  basin: 120_000,
  ping: 5_000,
};

export function spawnDamWorker(): SpawnedWorker {
  return spawnedWorker(
    new Worker(new URL('../../workers/dam.worker.ts', import.meta.url), {
      type: 'module',
      name: 'dam',
    }),
  );
}

function copyPatterns(p: Patterns): Patterns {
  return { count: p.count, dim: p.dim, data: p.data.slice() };
}

export function createDamClient(opts: DamClientOptions = {}): DamClient {
  const limits = { ...DEFAULT_TIMEOUTS, ...opts.timeouts };
  let pref: BackendPreference | null = null;
  let memories: { patterns: Patterns; version: number } | null = null;
  let pingTimer: ReturnType<typeof setInterval> | undefined;

  const sendMemories = (c: WorkerCall<DamWorkerApi>, m: NonNullable<typeof memories>) => {
    const copy = copyPatterns(m.patterns);
    return c('setMemories', limits.setMemories, (api) =>
      api.setMemories(transfer(copy, [copy.data.buffer]), m.version),
    );
  };

  const sup = superviseWorker<DamWorkerApi>({
    spawn: opts.spawn ?? spawnDamWorker,
    what: 'DAM worker',
    beforeRestart: () => clearInterval(pingTimer),
    async replay(c) {
      if (pref !== null) {
        const p = pref;
        sup.emit({
          kind: 'ready',
          backend: await c('init', limits.init, (api) => api.init({ backend: p })),
        });
      }
      if (memories) await sendMemories(c, memories);
    },
    afterReplay: () => schedulePing(),
  });
  const request = <T>(name: keyof typeof limits, fn: (api: Remote<DamWorkerApi>) => Promise<T>) =>
    sup.request(name, limits[name], fn);

  function schedulePing() {
    clearInterval(pingTimer);
    const every = opts.pingIntervalMs ?? 10_000;
    if (every <= 0) return;
    pingTimer = setInterval(() => {
      // A busy worker cannot answer (exact retrievals run synchronously): ping only when idle.
      if (sup.inFlight === 0) request('ping', (api) => api.ping()).catch(() => undefined);
    }, every);
  }

  schedulePing();

  return {
    async init(p) {
      pref = p;
      const info = await request('init', (api) => api.init({ backend: p }));
      sup.emit({ kind: 'ready', backend: info });
      return info;
    },
    async setMemories(p, version) {
      memories = { patterns: copyPatterns(p), version };
      return sendMemories(sup.request, memories);
    },
    async retrieve(req) {
      return request('retrieve', (api) => api.retrieve(req));
    },
    async retrieveBatch(req) {
      return request('retrieveBatch', (api) =>
        api.retrieveBatch(transfer(req, [req.states.data.buffer])),
      );
    },
    async startTrajectory(req) {
      return request('trajectory', (api) => api.startTrajectory(req));
    },
    async advanceTrajectory(req) {
      return request('trajectory', (api) => api.advanceTrajectory(req));
    },
    async configureTrajectory(id, config) {
      return request('trajectory', (api) => api.configureTrajectory(id, config));
    },
    async endTrajectory(id) {
      return request('trajectory', (api) => api.endTrajectory(id));
    },
    async basinMap(req, onPass) {
      // The callback crosses as a comlink proxy; the worker releases it when the call ends.
      return request('basin', (api) => api.basinMap(req, proxy(onPass)));
    },
    async cancelBasin(id) {
      return request('trajectory', (api) => api.cancelBasin(id));
    },
    async basinCurves(req, onProgress) {
      const cb = proxy(onProgress ?? (() => undefined));
      return request('basin', (api) => api.basinCurves(req, cb));
    },
    onStatus: sup.onStatus,
    restart: sup.restart,
    terminate() {
      clearInterval(pingTimer);
      sup.terminate();
    },
  };
}
