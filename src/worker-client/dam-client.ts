/**
 * The main-thread side of the compute worker: the only UI module that imports comlink.
 *
 * Watchdog: every call has a timeout; when a call times out, an idle ping goes unanswered, or
 * the worker fires `error`, the worker is terminated and respawned, and the client replays
 * `init` and the last `setMemories` (the store is the truth; the client is a cache of what the
 * worker must hold). Calls in flight at that moment reject with "worker restarted: …".
 */
import { proxy, transfer, wrap, type Remote } from 'comlink';
import type { Endpoint } from 'comlink';
import type { Patterns } from '../core/types';
import type { BasinCurve, BasinCurveRequest } from '../core/basin-types';
import type { BackendInfo, BackendPreference, DamWorkerApi } from '../worker-api/dam-api';
import { errorMessage } from '../core/error-message';

/** A running worker, as the client sees it. */
export interface SpawnedWorker {
  endpoint: Endpoint;
  terminate(): void;
  /** Registers the crash callback (worker `error` / `messageerror`). */
  onCrash(cb: (reason: string) => void): void;
}

export type DamClientStatus =
  | { kind: 'ready'; backend: BackendInfo }
  | { kind: 'restarted'; reason: string; restarts: number }
  | { kind: 'error'; message: string };

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
  const worker = new Worker(new URL('../../workers/dam.worker.ts', import.meta.url), {
    type: 'module',
    name: 'dam',
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

function copyPatterns(p: Patterns): Patterns {
  return { count: p.count, dim: p.dim, data: p.data.slice() };
}

export function createDamClient(opts: DamClientOptions = {}): DamClient {
  const spawn = opts.spawn ?? spawnDamWorker;
  const limits = { ...DEFAULT_TIMEOUTS, ...opts.timeouts };
  const listeners = new Set<(s: DamClientStatus) => void>();
  let pref: BackendPreference | null = null;
  let memories: { patterns: Patterns; version: number } | null = null;
  let generation = 0;
  let restarts = 0;
  let inFlight = 0;
  let terminated = false;
  const rejecters = new Set<(e: Error) => void>();
  let current: { worker: SpawnedWorker; api: Remote<DamWorkerApi> };
  let pingTimer: ReturnType<typeof setInterval> | undefined;
  let replaying: Promise<void> = Promise.resolve();

  const emit = (s: DamClientStatus) => listeners.forEach((cb) => cb(s));

  const start = () => {
    const worker = spawn();
    const gen = ++generation;
    worker.onCrash((reason) => {
      if (gen === generation) void restart(reason);
    });
    current = { worker, api: wrap<DamWorkerApi>(worker.endpoint) };
  };

  /** Runs one call with a deadline; a missed deadline restarts the worker. */
  function call<T>(
    name: keyof typeof limits,
    fn: (api: Remote<DamWorkerApi>) => Promise<T>,
  ): Promise<T> {
    if (terminated) return Promise.reject(new Error('the DAM worker client was terminated'));
    const gen = generation;
    inFlight++;
    return new Promise<T>((resolve, reject) => {
      const fail = (e: Error) => {
        clearTimeout(timer);
        rejecters.delete(fail);
        reject(e);
      };
      rejecters.add(fail);
      const timer = setTimeout(() => {
        fail(new Error(`worker call ${name} did not answer within ${limits[name]} ms`));
        if (gen === generation) void restart(`${name} timed out`);
      }, limits[name]);
      fn(current.api).then(
        (v) => {
          clearTimeout(timer);
          rejecters.delete(fail);
          resolve(v);
        },
        (e: unknown) => fail(e instanceof Error ? e : new Error(String(e))),
      );
    }).finally(() => inFlight--);
  }

  async function restart(reason = 'restart requested'): Promise<void> {
    if (terminated) return;
    clearInterval(pingTimer);
    current.worker.terminate();
    for (const fail of [...rejecters]) fail(new Error(`worker restarted: ${reason}`));
    restarts++;
    start();
    emit({ kind: 'restarted', reason, restarts });
    replaying = replay();
    await replaying;
  }

  async function replay(): Promise<void> {
    try {
      if (pref !== null)
        emit({ kind: 'ready', backend: await call('init', (api) => api.init({ backend: pref! })) });
      if (memories) {
        const copy = copyPatterns(memories.patterns);
        const version = memories.version;
        await call('setMemories', (api) =>
          api.setMemories(transfer(copy, [copy.data.buffer]), version),
        );
      }
    } catch (e) {
      emit({
        kind: 'error',
        message: `replay after restart failed: ${errorMessage(e)}`,
      });
    } finally {
      schedulePing();
    }
  }

  function schedulePing() {
    clearInterval(pingTimer);
    const every = opts.pingIntervalMs ?? 10_000;
    if (every <= 0 || terminated) return;
    pingTimer = setInterval(() => {
      // A busy worker cannot answer (exact retrievals run synchronously): ping only when idle.
      if (inFlight === 0) call('ping', (api) => api.ping()).catch(() => undefined);
    }, every);
  }

  start();
  schedulePing();

  return {
    async init(p) {
      pref = p;
      await replaying;
      const info = await call('init', (api) => api.init({ backend: p }));
      emit({ kind: 'ready', backend: info });
      return info;
    },
    async setMemories(p, version) {
      memories = { patterns: copyPatterns(p), version };
      await replaying;
      const copy = copyPatterns(p);
      return call('setMemories', (api) =>
        api.setMemories(transfer(copy, [copy.data.buffer]), version),
      );
    },
    async retrieve(req) {
      await replaying;
      return call('retrieve', (api) => api.retrieve(req));
    },
    async retrieveBatch(req) {
      await replaying;
      return call('retrieveBatch', (api) =>
        api.retrieveBatch(transfer(req, [req.states.data.buffer])),
      );
    },
    async startTrajectory(req) {
      await replaying;
      return call('trajectory', (api) => api.startTrajectory(req));
    },
    async advanceTrajectory(req) {
      await replaying;
      return call('trajectory', (api) => api.advanceTrajectory(req));
    },
    async configureTrajectory(id, config) {
      await replaying;
      return call('trajectory', (api) => api.configureTrajectory(id, config));
    },
    async endTrajectory(id) {
      await replaying;
      return call('trajectory', (api) => api.endTrajectory(id));
    },
    async basinMap(req, onPass) {
      await replaying;
      // The callback crosses as a comlink proxy; the worker releases it when the call ends.
      return call('basin', (api) => api.basinMap(req, proxy(onPass)));
    },
    async cancelBasin(id) {
      await replaying;
      return call('trajectory', (api) => api.cancelBasin(id));
    },
    async basinCurves(req, onProgress) {
      await replaying;
      const cb = proxy(onProgress ?? (() => undefined));
      return call('basin', (api) => api.basinCurves(req, cb));
    },
    onStatus(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    restart,
    terminate() {
      terminated = true;
      clearInterval(pingTimer);
      for (const fail of [...rejecters]) fail(new Error('the DAM worker client was terminated'));
      current.worker.terminate();
    },
  };
}
