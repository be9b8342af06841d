/**
 * The page's one connection to the compute worker (workers/compute.worker.ts): the only UI-side
 * code, with supervisor.ts, that speaks comlink.
 *
 *  - One queue: short calls of every lab go out one after another; `urgent` calls (a model
 *    change) skip it, `background` calls (training, a basin map) go out at once and hold no slot.
 *  - One cancellation mechanism: each call takes an AbortSignal. Aborted while queued, it is
 *    never sent; aborted in flight, it rejects at once with the AbortError and `host.abort(id)`
 *    tells the worker to free its work.
 *  - The watchdog (supervisor.ts): deadlines, an idle ping, and a restart that replays what the
 *    worker must hold (the backend chosen, the memories, the MNIST set). The store stays the
 *    truth; the worker is a rebuildable cache.
 */
import { proxy, transfer, type Remote } from 'comlink';
import type { MnistSet } from '../core/data/mnist-format';
import type { Patterns } from '../core/dynamics/types';
import { abortError } from '../core/util/abort';
import type { BackendInfo, BackendPreference } from '../worker-api/backend';
import type { ArgsOf, CallMeta, HostApi, ResultOf } from '../worker-api/host-api';
import {
  spawnedWorker,
  superviseWorker,
  type SpawnedWorker,
  type WorkerCall,
  type WorkerStatus,
} from './supervisor';

export type { SpawnedWorker, WorkerStatus } from './supervisor';

export interface CallOptions {
  signal?: AbortSignal;
  /** ms after which the call counts as hung and the worker restarts; null: none. */
  deadline?: number | null;
  /** Sent at once, ahead of the queue (the worker answers in order, so it runs next). */
  urgent?: boolean;
  /** A long job (training, a basin map): sent at once, holds no queue slot, no deadline. */
  background?: boolean;
  /** Buffers inside the arguments to move rather than copy (the caller loses them). */
  transfer?: Transferable[];
}

export interface RoomClient<Api> {
  call<K extends keyof Api & string>(
    method: K,
    args: ArgsOf<Api[K]>,
    opts?: CallOptions,
  ): Promise<ResultOf<Api[K]>>;
}

export interface Connection {
  /**
   * Picks the backend (once; remembered and kept across restarts). It runs in the background:
   * the queue goes on meanwhile, so core work is answered while the backends are timed.
   */
  init(pref: BackendPreference): Promise<BackendInfo>;
  /** Resolves with the memories version the worker holds, once it answers. */
  ping(): Promise<number>;
  /** Copies the patterns (the caller keeps its data), transfers the copy, remembers it. */
  setMemories(memories: Patterns, version: number): Promise<void>;
  /** Version of the memories the worker was last sent (−1: none). */
  memoriesVersion(): number;
  /** Copies the set's one buffer, transfers the copy, remembers the set for replay. */
  setMnist(set: MnistSet): Promise<void>;
  room<Api>(id: string): RoomClient<Api>;
  onStatus(cb: (s: WorkerStatus) => void): () => void;
  restart(reason?: string): Promise<void>;
  terminate(): void;
  /** Calls queued or in flight. */
  readonly pending: number;
}

export interface ConnectionOptions {
  spawn?: () => SpawnedWorker;
  /** Default deadline of a short call, ms. */
  deadlineMs?: number;
  /** Deadline of init (it calibrates every backend), ms. */
  initDeadlineMs?: number;
  /** How often an idle worker is pinged, ms (0 = never). */
  pingIntervalMs?: number;
  /** How long a ping may take before the worker counts as stuck, ms. */
  pingDeadlineMs?: number;
}

export function spawnComputeWorker(): SpawnedWorker {
  return spawnedWorker(
    new Worker(new URL('../../workers/compute.worker.ts', import.meta.url), {
      type: 'module',
      name: 'compute',
    }),
  );
}

/** What the worker exposes (engine/host.ts). */
type Exposed = { host: HostApi } & Record<
  string,
  Record<string, (meta: CallMeta, ...args: unknown[]) => Promise<unknown>>
>;

/**
 * The same, as comlink's proxy reaches it: nested paths (api.host.init, api.basins.basinMap) are
 * called remotely; comlink's own type would promise the nested objects instead.
 */
type Wire = { host: Remote<HostApi> } & Record<
  string,
  Record<string, (meta: CallMeta, ...args: unknown[]) => Promise<unknown>>
>;
const wire = (api: unknown) => api as Wire;

interface Job {
  start: () => void;
  fail: (e: unknown) => void;
}

const copyPatterns = (p: Patterns): Patterns => ({
  count: p.count,
  dim: p.dim,
  data: p.data.slice(),
});

/** The set with its labels and pixels on one fresh buffer (they share one in the asset). */
function copyMnist(set: MnistSet): { set: MnistSet; buffer: ArrayBuffer } {
  const buffer = new ArrayBuffer(set.labels.byteLength + set.pixels.byteLength);
  const labels = new Uint8Array(buffer, 0, set.labels.length);
  const pixels = new Uint8Array(buffer, set.labels.byteLength, set.pixels.length);
  labels.set(set.labels);
  pixels.set(set.pixels);
  return { set: { count: set.count, rows: set.rows, cols: set.cols, labels, pixels }, buffer };
}

export function createConnection(opts: ConnectionOptions = {}): Connection {
  const deadlineMs = opts.deadlineMs ?? 30_000;
  const initDeadline = opts.initDeadlineMs ?? 90_000;
  let pref: BackendPreference | null = null;
  let backend: BackendInfo | null = null;
  let memories: { patterns: Patterns; version: number } | null = null;
  let sentVersion = -1;
  let mnist: MnistSet | null = null;
  let nextId = 1;
  let pending = 0;
  let slotBusy = false;
  const queue: Job[] = [];
  let pingTimer: ReturnType<typeof setInterval> | undefined;

  const sendMemories = (c: WorkerCall<Exposed>, m: NonNullable<typeof memories>) => {
    const copy = copyPatterns(m.patterns);
    return c('setMemories', deadlineMs, (api) =>
      wire(api).host.setMemories(transfer(copy, [copy.data.buffer as ArrayBuffer]), m.version),
    ).then(() => void (sentVersion = m.version));
  };
  const sendMnist = (c: WorkerCall<Exposed>, set: MnistSet): Promise<void> => {
    const copy = copyMnist(set);
    return c('setMnist', deadlineMs, (api) =>
      wire(api).host.setMnist(transfer(copy.set, [copy.buffer])),
    );
  };
  const sendInit = async (c: WorkerCall<Exposed>, p: BackendPreference): Promise<BackendInfo> => {
    const reuse = backend ?? undefined;
    const info = await c('init', initDeadline, (api) => wire(api).host.init({ backend: p, reuse }));
    backend = info;
    return info;
  };

  const sup = superviseWorker<Exposed>({
    spawn: opts.spawn ?? spawnComputeWorker,
    what: 'compute worker',
    beforeRestart: () => {
      clearInterval(pingTimer);
      sentVersion = -1;
    },
    async replay(c) {
      if (pref !== null) sup.emit({ kind: 'ready', backend: await sendInit(c, pref) });
      if (memories) await sendMemories(c, memories);
      if (mnist) await sendMnist(c, mnist);
    },
    afterReplay: () => schedulePing(),
  });

  function schedulePing() {
    clearInterval(pingTimer);
    const every = opts.pingIntervalMs ?? 10_000;
    if (every <= 0) return;
    pingTimer = setInterval(() => {
      // A busy worker cannot answer (exact runs are synchronous): ping only when idle.
      if (pending === 0 && sup.inFlight === 0)
        sup
          .request('ping', opts.pingDeadlineMs ?? 5_000, (api) => wire(api).host.ping())
          .catch(() => undefined);
    }, every);
  }
  schedulePing();

  const pump = () => {
    if (slotBusy) return;
    const job = queue.shift();
    if (!job) return;
    slotBusy = true;
    job.start();
  };

  /** Runs `send` under the queue policy, with cancellation; `send` gets the request id. */
  function schedule<T>(
    name: string,
    callOpts: CallOptions,
    send: (id: number) => Promise<T>,
  ): Promise<T> {
    const { signal } = callOpts;
    if (signal?.aborted) return Promise.reject(abortError(signal.reason));
    const queued = !callOpts.urgent && !callOpts.background;
    pending++;
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      let sentId = 0;
      let holdsSlot = false;
      const finish = () => {
        if (settled) return false;
        settled = true;
        pending--;
        signal?.removeEventListener('abort', onAbort);
        if (holdsSlot) {
          holdsSlot = false;
          slotBusy = false;
          pump();
        }
        return true;
      };
      const job: Job = {
        start() {
          if (settled) return;
          holdsSlot = queued;
          sentId = nextId++;
          send(sentId).then(
            (v) => finish() && resolve(v),
            (e: unknown) => finish() && reject(e),
          );
        },
        fail: (e) => finish() && reject(e),
      };
      function onAbort() {
        const i = queue.indexOf(job);
        if (i >= 0) queue.splice(i, 1);
        if (sentId) {
          const id = sentId;
          void sup
            .request(`abort ${name}`, deadlineMs, (api) => wire(api).host.abort(id))
            .catch(() => undefined);
        }
        job.fail(abortError(signal?.reason));
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      if (queued) {
        queue.push(job);
        pump();
      } else {
        job.start();
      }
    });
  }

  const wrapArgs = (args: readonly unknown[], moves?: Transferable[]): unknown[] => {
    const out = args.map((a) => (typeof a === 'function' ? proxy(a as () => unknown) : a));
    if (moves?.length) {
      const k = out.findIndex((a) => typeof a === 'object' && a !== null);
      if (k < 0) throw new Error('transfer needs an object argument to carry the buffers');
      out[k] = transfer(out[k], moves);
    }
    return out;
  };

  return {
    async init(p) {
      pref = p;
      const info = await schedule('init', { background: true }, () => sendInit(sup.request, p));
      sup.emit({ kind: 'ready', backend: info });
      return info;
    },
    setMemories(p, version) {
      memories = { patterns: copyPatterns(p), version };
      const m = memories;
      return schedule('setMemories', {}, () => sendMemories(sup.request, m));
    },
    memoriesVersion: () => sentVersion,
    ping: () =>
      schedule('ping', { urgent: true }, () =>
        sup.request('ping', deadlineMs, (api) => wire(api).host.ping()),
      ),
    setMnist(set) {
      mnist = set;
      return schedule('setMnist', {}, () => sendMnist(sup.request, set));
    },
    room<Api>(roomId: string): RoomClient<Api> {
      return {
        call(method, args, callOpts = {}) {
          const deadline =
            callOpts.deadline !== undefined
              ? callOpts.deadline
              : callOpts.background
                ? null
                : deadlineMs;
          const name = `${roomId}.${method}`;
          return schedule(name, callOpts, (id) =>
            sup.request(name, deadline, (api) => {
              const fn = wire(api)[roomId][method];
              return fn({ id }, ...wrapArgs(args as unknown[], callOpts.transfer));
            }),
          ) as Promise<ResultOf<Api[typeof method]>>;
        },
      };
    },
    onStatus: sup.onStatus,
    restart: sup.restart,
    terminate() {
      clearInterval(pingTimer);
      for (const job of queue.splice(0)) job.fail(new Error('the compute worker was terminated'));
      sup.terminate();
    },
    get pending() {
      return pending;
    },
  };
}
