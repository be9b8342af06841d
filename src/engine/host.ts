/**
 * The compute worker's host: what every lab's room shares in the one worker of the page.
 *  - the tfjs backend, chosen once (start each backend, time every room's workload on it, keep
 *    the fastest by the geometric mean of those times), kept as is after a restart;
 *  - the memory bank and the parsed MNIST asset, sent once by the page;
 *  - cancellation: each room call runs with an AbortSignal that `host.abort(id)` fires.
 * Rooms (src/labs/<id>/worker/room.ts) are composed here into the object the worker exposes.
 */
import { releaseProxy } from 'comlink';
import type { MnistSet } from '../core/data/mnist-format';
import { LIMITS } from '../core/dynamics/model-spec';
import type { Patterns } from '../core/dynamics/types';
import type { BackendInfo } from '../worker-api/backend';
import type { CallMeta, HostApi } from '../worker-api/host-api';
import { restoreBackend, selectBackend, type Calibration } from './backend';
import type { AnyRoom, HostContext, Workload } from './room';
import { loadBrowserBackends } from './tf';

export interface HostOptions {
  /** Load webgl / wasm / webgpu before choosing (the worker); false in Node tests. */
  browserBackends?: boolean;
  /** Per-backend limit for start and calibration, ms. */
  timeoutMs?: number;
}

const DISPOSE = Symbol('dispose');

/** Aborts every request in flight (tests: an in-process host that is "terminated"). */
export function disposeHost(api: ExposedApi): void {
  (api as unknown as { [DISPOSE]?: () => void })[DISPOSE]?.();
}

/** The worker's exposed object: `host` and one wire room per lab. */
export type ExposedApi = { host: HostApi } & Record<
  string,
  Record<string, (meta: CallMeta, ...args: never[]) => Promise<unknown>>
>;

function checkPatterns(p: Patterns): void {
  if (!p || !(p.data instanceof Float32Array || p.data instanceof Float64Array)) {
    throw new Error('memories: data must be a Float32Array or Float64Array');
  }
  if (!Number.isInteger(p.count) || !Number.isInteger(p.dim) || p.count < 1 || p.dim < 1) {
    throw new Error(`memories: count and dim must be positive integers, got ${p.count}×${p.dim}`);
  }
  if (p.count > LIMITS.countMax)
    throw new Error(`at most ${LIMITS.countMax} memories, got ${p.count}`);
  if (p.dim > LIMITS.dimMax)
    throw new Error(`pattern length must be at most ${LIMITS.dimMax}, got ${p.dim}`);
  if (p.data.length !== p.count * p.dim) {
    throw new Error(`memories: data holds ${p.data.length} values, expected ${p.count}×${p.dim}`);
  }
}

function checkMnist(m: MnistSet): void {
  const ok =
    m &&
    Number.isInteger(m.count) &&
    Number.isInteger(m.rows) &&
    Number.isInteger(m.cols) &&
    m.pixels instanceof Uint8Array &&
    m.labels instanceof Uint8Array &&
    m.pixels.length === m.count * m.rows * m.cols &&
    m.labels.length === m.count;
  if (!ok) throw new Error('the MNIST set sent to the worker is malformed');
}

/** Releases comlink-proxied callbacks among a call's arguments once the call is over. */
/**
 * The page's callbacks (comlink proxies) reach it on ports of their own, so nothing orders them
 * before the call's reply: a room's last progress message could land after its result. Each
 * callback is wrapped to keep the deliveries still in flight, and the reply waits for them, so
 * a caller has every message of a call when the call resolves (rooms call back without waiting).
 */
function trackCallbacks(args: readonly unknown[]): {
  args: unknown[];
  settled: () => Promise<unknown>;
} {
  const inFlight = new Set<Promise<unknown>>();
  const wrapped = args.map((a) => {
    if (typeof a !== 'function') return a;
    const cb = a as (...x: unknown[]) => unknown;
    return (...x: unknown[]) => {
      const sent = Promise.resolve(cb(...x));
      const held = sent.catch(() => undefined).finally(() => inFlight.delete(held));
      inFlight.add(held);
      return sent;
    };
  });
  return { args: wrapped, settled: () => Promise.all([...inFlight]) };
}

function releaseCallbacks(args: readonly unknown[]): void {
  for (const a of args) {
    const r = (a as { [releaseProxy]?: () => void } | null)?.[releaseProxy];
    if (typeof r === 'function') r.call(a);
  }
}

const fmt = (ms: number) => (ms >= 10 ? ms.toFixed(0) : ms.toFixed(1)) + ' ms';

/** One score for every room: the geometric mean of their workloads' times on this backend. */
function combined(workloads: readonly Workload[]): () => Promise<Calibration> {
  return async () => {
    const times: number[] = [];
    for (const w of workloads) times.push(Math.max(1e-3, await w.run()));
    const ms = Math.exp(times.reduce((a, t) => a + Math.log(t), 0) / times.length);
    const note = workloads.map((w, i) => `${w.label} ${fmt(times[i])}`).join(', ');
    return { ms, note };
  };
}

export function createHost(rooms: readonly AnyRoom[], opts: HostOptions = {}): ExposedApi {
  let memories: { patterns: Patterns; version: number } | null = null;
  let mnist: MnistSet | null = null;
  let backend: BackendInfo | null = null;
  const listeners: ((what: 'memories' | 'mnist') => void)[] = [];
  const calls = new Map<number, AbortController>();

  const ctx: HostContext = {
    memories() {
      if (!memories) throw new Error('no memories stored yet: call setMemories first');
      return memories;
    },
    mnist() {
      if (!mnist) throw new Error('the MNIST digits have not been sent to the worker yet');
      return mnist;
    },
    onChange: (cb) => void listeners.push(cb),
  };

  const workloads = rooms.flatMap((r) => (r.calibration ? [r.calibration] : []));
  const selectOpts = {
    timeoutMs: opts.timeoutMs,
    ...(workloads.length ? { calibrate: combined(workloads) } : {}),
  };

  const host: HostApi = {
    async init(prefs) {
      if (opts.browserBackends) {
        const failures = await loadBrowserBackends();
        if (failures.length)
          console.warn('tfjs backends that failed to load:', failures.join('; '));
      }
      backend = prefs.reuse
        ? await restoreBackend(prefs.reuse, prefs.backend, selectOpts)
        : await selectBackend(prefs.backend, selectOpts);
      return backend;
    },
    async setMemories(p, version) {
      checkPatterns(p);
      memories = { patterns: { count: p.count, dim: p.dim, data: p.data }, version };
      for (const cb of listeners) cb('memories');
    },
    async setMnist(set) {
      checkMnist(set);
      mnist = set;
      for (const cb of listeners) cb('mnist');
    },
    async abort(id) {
      calls.get(id)?.abort();
    },
    async ping() {
      return memories?.version ?? -1;
    },
  };

  const exposed: Record<string | symbol, unknown> = { host };
  exposed[DISPOSE] = () => {
    for (const c of calls.values()) c.abort();
  };
  for (const room of rooms) {
    if (room.id === 'host' || room.id in exposed) throw new Error(`room id "${room.id}" is taken`);
    const impl = room.create(ctx);
    const wire: Record<string, (meta: CallMeta, ...args: never[]) => Promise<unknown>> = {};
    for (const [name, method] of Object.entries(impl)) {
      wire[name] = async (meta, ...args) => {
        const controller = new AbortController();
        calls.set(meta.id, controller);
        const deliveries = trackCallbacks(args);
        try {
          const out = await method.call(impl, controller.signal, ...(deliveries.args as never[]));
          await deliveries.settled();
          return out;
        } finally {
          if (calls.get(meta.id) === controller) calls.delete(meta.id);
          releaseCallbacks(args);
        }
      };
    }
    exposed[room.id] = wire;
  }
  return exposed as ExposedApi;
}
