import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BasinPass, BasinRequest } from '../../../core/basins/basin-types';

interface Call {
  req: BasinRequest;
  onPass: (p: BasinPass) => void;
  resolve: (p: BasinPass) => void;
  reject: (e: Error) => void;
}

const calls: Call[] = [];
const cancelled: number[] = [];
const fakeClient = {
  basinMap: (req: BasinRequest, onPass: (p: BasinPass) => void) =>
    new Promise<BasinPass>((resolve, reject) => calls.push({ req, onPass, resolve, reject })),
  cancelBasin: (id: number) => {
    cancelled.push(id);
    return Promise.resolve();
  },
};
const K = 3;
const N = 16;

vi.mock('../../studio/app/controller', () => ({
  damClient: () => fakeClient,
  ensureMemories: () => Promise.resolve(1),
}));
vi.mock('../../../shell/bank/bank-cache', () => ({
  currentMemories: () => ({
    version: 1,
    patterns: { count: K, dim: N, data: new Float32Array(K * N).fill(1) },
  }),
}));

const { openBasins, shownMap } = await import('./controller');
const { useDamStore } = await import('../../../store');

function pass(req: BasinRequest, resolution: number, progress: number): BasinPass {
  const cells = resolution * resolution;
  return {
    id: req.id,
    resolution,
    outcome: new Int32Array(cells).fill(req.spec.n % K),
    steps: new Uint16Array(cells).fill(1),
    energy: new Float64Array(cells),
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

const flush = () => new Promise((r) => setTimeout(r, 0));
const run = () => useDamStore.getState().basinRun;

describe('basin controller', () => {
  let close: () => void;
  beforeEach(() => {
    calls.length = 0;
    cancelled.length = 0;
    useDamStore.setState({
      backend: { ...useDamStore.getState().backend, status: 'ready' },
    });
    useDamStore.getState().setParams({ energy: 'polynomial', n: 20 });
    useDamStore.getState().setBasin({ resolution: 64 });
  });
  afterEach(() => close?.());

  it('shows passes as they arrive, then the finished map', async () => {
    close = openBasins();
    await flush();
    expect(calls).toHaveLength(1);
    const c = calls[0];
    expect(c.req).toMatchObject({ resolution: 64, spec: { energy: 'polynomial', n: 20 } });
    expect(run().status).toBe('computing');
    const tick = run().tick;
    c.onPass(pass(c.req, 16, 0.1));
    expect(run().tick).toBeGreaterThan(tick);
    expect(run().shownResolution).toBe(16);
    expect(shownMap()?.pass.resolution).toBe(16);
    c.resolve(pass(c.req, 64, 1));
    await flush();
    expect(run()).toMatchObject({ status: 'done', shownResolution: 64, progress: 1 });
  });

  it('a change cancels the running map; stale passes are dropped; old maps come from the cache', async () => {
    useDamStore.getState().setParams({ n: 21 });
    close = openBasins();
    await flush();
    const first = calls[0];
    first.resolve(pass(first.req, 64, 1));
    await flush();
    useDamStore.getState().setParams({ n: 3 });
    await new Promise((r) => setTimeout(r, 120));
    expect(calls).toHaveLength(2);
    const second = calls[1];
    expect(second.req.id).toBeGreaterThan(first.req.id);
    expect(second.req.spec.n).toBe(3);
    useDamStore.getState().setParams({ n: 4 });
    await new Promise((r) => setTimeout(r, 120));
    expect(calls).toHaveLength(3);
    expect(cancelled).toContain(second.req.id);
    second.onPass(pass(second.req, 16, 0.2)); // stale: ignored
    expect(shownMap()?.pass.id).toBe(first.req.id); // the previous map stays until a new pass
    second.reject(new Error('cancelled'));
    await flush();
    expect(run().status).toBe('computing');
    // Back to n = 21: the finished map is cached, no new request.
    useDamStore.getState().setParams({ n: 21 });
    await new Promise((r) => setTimeout(r, 120));
    expect(calls).toHaveLength(3);
    expect(run().status).toBe('done');
    expect(shownMap()?.spec.n).toBe(21);
  });

  it('throttles requests while a slider is dragged, and always sends the last value', async () => {
    close = openBasins();
    await flush();
    for (let n = 5; n <= 15; n++) {
      useDamStore.getState().setParams({ n });
      await new Promise((r) => setTimeout(r, 10));
    }
    await new Promise((r) => setTimeout(r, 150));
    expect(calls.length).toBeLessThanOrEqual(4);
    expect(calls.at(-1)!.req.spec.n).toBe(15);
  });
});
