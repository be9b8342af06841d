/**
 * The basins runtime against a fake basins room: passes shown as they arrive, a change aborts
 * the map in flight (its late passes dropped), finished maps come back from the cache, and a
 * dragged slider is throttled with the last value always sent. Timers are faked: the test
 * advances the clock instead of waiting on it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BasinPass, BasinRequest } from '../../../core/basins/basin-types';
import type { Shell } from '../../../shell/shell';
import { installLabSlices, useDamStore } from '../../../store';
import type { CallOptions } from '../../../worker-client/connection';
import { createBasins, type BasinsRuntime } from './runtime';
import { createBasinSlice } from './slice';

installLabSlices([createBasinSlice]);

interface Call {
  req: BasinRequest;
  onPass: (p: BasinPass) => void;
  signal?: AbortSignal;
  resolve: (p: BasinPass) => void;
}

const K = 3;
const N = 16;
const calls: Call[] = [];
const room = {
  call(method: string, args: unknown[], opts: CallOptions = {}) {
    if (method !== 'basinMap') return Promise.reject(new Error(`unexpected ${method}`));
    const [req, onPass] = args as [BasinRequest, (p: BasinPass) => void];
    return new Promise<BasinPass>((resolve, reject) => {
      calls.push({ req, onPass, signal: opts.signal, resolve });
      opts.signal?.addEventListener('abort', () =>
        reject(Object.assign(new Error('cancelled'), { name: 'AbortError' })),
      );
    });
  },
};
const memories = {
  version: 1,
  patterns: { count: K, dim: N, data: new Float32Array(K * N).fill(1) },
};
const shell = {
  compute: { room: () => room, ensureMemories: () => Promise.resolve(1) },
  bank: { memories: () => memories },
  navigate: () => undefined,
} as unknown as Shell;

function pass(req: BasinRequest, resolution: number, progress: number): BasinPass {
  const cells = resolution * resolution;
  return {
    resolution,
    outcome: new Int32Array(cells).fill(req.spec.n % K),
    steps: new Uint16Array(cells).fill(1),
    energy: new Float64Array(cells),
    attractor: new Int32Array(cells).fill(-1),
    attractors: [],
    progress,
    plane: {
      origin: new Float64Array(N),
      u: new Float64Array(N),
      v: new Float64Array(N),
      extent: { x0: -1, x1: 1, y0: -1, y1: 1 },
      marks: [],
    },
    elapsedMs: 5,
  };
}

const run = () => useDamStore.getState().basinRun;
const settle = () => vi.advanceTimersByTimeAsync(0);
const setN = (n: number) => useDamStore.getState().setParams({ n });

describe('basins runtime', () => {
  let rt: BasinsRuntime;
  beforeEach(() => {
    vi.useFakeTimers();
    calls.length = 0;
    useDamStore.setState({ backend: { ...useDamStore.getState().backend, status: 'ready' } });
    useDamStore.getState().setParams({ energy: 'polynomial', n: 20 });
    useDamStore.getState().setBasin({ resolution: 64 });
    rt = createBasins(shell);
  });
  afterEach(() => {
    rt.hide();
    vi.useRealTimers();
  });

  it('shows passes as they arrive, then the finished map', async () => {
    rt.show();
    await settle();
    expect(calls).toHaveLength(1);
    const c = calls[0];
    expect(c.req).toMatchObject({ resolution: 64, spec: { energy: 'polynomial', n: 20 } });
    expect(run().status).toBe('computing');
    const version = rt.results.version();
    c.onPass(pass(c.req, 16, 0.1));
    expect(rt.results.version()).toBeGreaterThan(version);
    expect(run().shownResolution).toBe(16);
    expect(rt.results.get().shown?.pass.resolution).toBe(16);
    c.resolve(pass(c.req, 64, 1));
    await settle();
    expect(run()).toMatchObject({ status: 'done', shownResolution: 64, progress: 1 });
  });

  it('a change aborts the running map; its late passes are dropped; old maps come from the cache', async () => {
    setN(21);
    rt.show();
    await settle();
    const first = calls[0];
    first.resolve(pass(first.req, 64, 1));
    await settle();
    setN(3);
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toHaveLength(2);
    const second = calls[1];
    expect(second.req.spec.n).toBe(3);
    setN(4);
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toHaveLength(3);
    expect(second.signal?.aborted).toBe(true);
    second.onPass(pass(second.req, 16, 0.2)); // late: ignored
    expect(rt.results.get().shown?.spec.n).toBe(21); // the previous map stays until a new pass
    expect(run().status).toBe('computing');
    // Back to n = 21: the finished map is cached, no new request.
    setN(21);
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toHaveLength(3);
    expect(calls[2].signal?.aborted).toBe(true);
    expect(run().status).toBe('done');
    expect(rt.results.get().shown?.spec.n).toBe(21);
  });

  it('throttles requests while a slider is dragged, and always sends the last value', async () => {
    rt.show();
    await settle();
    for (let n = 5; n <= 15; n++) {
      setN(n);
      await vi.advanceTimersByTimeAsync(10);
    }
    await vi.advanceTimersByTimeAsync(100);
    expect(calls.length).toBeLessThanOrEqual(4);
    expect(calls.at(-1)!.req.spec.n).toBe(15);
  });

  it('hiding the view aborts its map', async () => {
    rt.show();
    await settle();
    rt.hide();
    expect(calls[0].signal?.aborted).toBe(true);
    expect(run().status).toBe('idle');
  });
});
