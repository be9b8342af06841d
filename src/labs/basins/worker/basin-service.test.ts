/**
 * The worker side of basin maps and curves: progressive passes, cancellation (explicit and by a
 * newer map), other calls getting through between slices, the cache, the tfjs engine.
 */
import { describe, expect, it } from 'vitest';
import { computeBasinCurves } from '../../../core/basins/basin-curves';
import { computeBasinMap } from '../../../core/basins/basin-map';
import type { BasinCurveRequest, BasinPass, BasinRequest } from '../../../core/basins/basin-types';
import { createRng, randomSigns } from '../../../engine/fixtures';
import { createSession } from '../../../engine/session';
import type { Patterns } from '../../../core/dynamics/types';

function uniform(seed: number, K: number, N: number): Patterns {
  const rng = createRng(seed);
  const data = new Float32Array(K * N);
  for (let j = 0; j < data.length; j++) data[j] = 2 * rng.next() - 1;
  return { count: K, dim: N, data };
}

const softmaxReq: BasinRequest = {
  id: 1,
  spec: { energy: 'softmax', n: 2, beta: 0.5 },
  plane: { kind: 'memories', a: 0, b: 1, c: 2 },
  resolution: 64,
  maxSteps: 20,
  mode: 'async',
  order: 'sequential',
  seed: 1,
};

const slowReq: BasinRequest = {
  ...softmaxReq,
  id: 10,
  spec: { energy: 'polynomial', n: 2, beta: 1 },
  resolution: 128,
  maxSteps: 30,
};

describe('basin service', () => {
  it('reports coarse-to-fine passes, resolves with the finest, then serves it from the cache', async () => {
    const mem = uniform(1, 5, 60);
    const s = createSession();
    s.setMemories(mem, 3);
    const passes: BasinPass[] = [];
    const final = await s.basinMap(softmaxReq, (p) => passes.push(p));
    expect(passes.map((p) => [p.resolution, p.progress])).toEqual([
      [32, 0.25],
      [64, 1],
    ]);
    const direct = computeBasinMap(softmaxReq, mem).at(-1)!;
    expect(Array.from(final.outcome)).toEqual(Array.from(direct.outcome));
    expect(Array.from(passes[1].outcome)).toEqual(Array.from(direct.outcome));
    const again: BasinPass[] = [];
    const hit = await s.basinMap({ ...softmaxReq, id: 2 }, (p) => again.push(p));
    expect(again).toHaveLength(1);
    expect(hit.id).toBe(2);
    expect(hit.elapsedMs).toBe(0);
    expect(Array.from(hit.outcome)).toEqual(Array.from(direct.outcome));
    expect(Array.from(hit.energy)).toEqual(Array.from(direct.energy));
    // New memories: a fresh computation.
    s.setMemories(uniform(2, 5, 60), 4);
    const fresh: BasinPass[] = [];
    await s.basinMap({ ...softmaxReq, id: 3 }, (p) => fresh.push(p));
    expect(fresh).toHaveLength(2);
  });

  it('a newer map cancels the older; cancelBasin cancels; other calls get through meanwhile', async () => {
    const mem = randomSigns(createRng(5), 4, 200);
    const s = createSession({ basin: { sliceMs: 5 } });
    s.setMemories(mem, 1);
    const older = s.basinMap(slowReq, () => undefined);
    const pings: number[] = [];
    const timer = setInterval(() => pings.push(s.ping()), 1);
    await new Promise((r) => setTimeout(r, 30));
    const newer = s.basinMap({ ...softmaxReq, id: 11, resolution: 32 }, () => undefined);
    await expect(older).rejects.toThrow(/^cancelled$/);
    await expect(newer).resolves.toMatchObject({ id: 11, resolution: 32 });
    clearInterval(timer);
    expect(pings.length).toBeGreaterThan(0);
    const third = s.basinMap({ ...slowReq, id: 12 }, () => undefined);
    await new Promise((r) => setTimeout(r, 10));
    s.cancelBasin(99); // another id: no effect
    s.cancelBasin(12);
    await expect(third).rejects.toThrow('cancelled');
  });

  it('the tfjs engine agrees with the Gram path', async () => {
    const mem = uniform(6, 6, 80);
    const core = createSession();
    const tfjs = createSession({ basin: { engine: 'tfjs' } });
    core.setMemories(mem, 1);
    tfjs.setMemories(mem, 1);
    await tfjs.init({ backend: 'cpu' });
    const req = {
      ...softmaxReq,
      spec: { energy: 'softmax', n: 2, beta: 2 },
      resolution: 32,
    } as const;
    const a = await core.basinMap(req, () => undefined);
    const b = await tfjs.basinMap(req, () => undefined);
    let same = 0;
    for (let c = 0; c < a.outcome.length; c++) if (a.outcome[c] === b.outcome[c]) same++;
    expect(same / a.outcome.length).toBeGreaterThan(0.97);
    expect(Array.from(b.energy)).toEqual(Array.from(a.energy));
  });

  it('basin curves with progress', async () => {
    const mem = randomSigns(createRng(7), 3, 40);
    const s = createSession();
    s.setMemories(mem, 1);
    const req: BasinCurveRequest = {
      id: 1,
      spec: { energy: 'polynomial', n: 3, beta: 1 },
      memories: [0, 1],
      flips: [0, 0.2, 0.4],
      trials: 60,
      maxSteps: 20,
      mode: 'async',
      order: 'random',
      seed: 4,
    };
    const progress: [number, number][] = [];
    const curves = await s.basinCurves(req, (d, t) => progress.push([d, t]));
    expect(progress.at(-1)).toEqual([360, 360]);
    expect(curves).toEqual(computeBasinCurves(req, mem));
  });

  it('says what is wrong', async () => {
    const s = createSession();
    await expect(s.basinMap(softmaxReq, () => undefined)).rejects.toThrow(/no memories/);
    s.setMemories(uniform(1, 3, 10), 1);
    await expect(s.basinMap({ ...softmaxReq, resolution: 1000 }, () => undefined)).rejects.toThrow(
      /resolution/,
    );
    await expect(
      s.basinMap({ ...softmaxReq, plane: { kind: 'memories', a: 0, b: 1, c: 7 } }, () => undefined),
    ).rejects.toThrow(/c = 7/);
  });
});
