/**
 * The basins room in the worker's host: progressive passes, cancellation (an aborted request,
 * and a newer map), other calls getting through between slices, the cache, the tfjs engine.
 */
import { describe, expect, it } from 'vitest';
import { computeBasinCurves } from '../../../core/basins/basin-curves';
import {
  outcomeUnconverged,
  type BasinCurveRequest,
  type BasinPass,
  type BasinRequest,
} from '../../../core/basins/basin-types';
import { referenceRun } from '../../../test-utils/reference-dam';
import type { Patterns } from '../../../core/dynamics/types';
import { createRng } from '../../../core/util/random';
import { randomSigns } from '../../../engine/fixtures';
import type { BasinServiceOptions } from './basin-service';
import { createTestHost } from '../../../test-utils/test-host';
import type { BasinsRoomApi } from './api';
import { basinsRoomWith } from './room';

function createSession(opts: BasinServiceOptions = {}) {
  const t = createTestHost([basinsRoomWith(opts)]);
  const room = t.room<BasinsRoomApi>('basins');
  return {
    setMemories: (p: Patterns, v: number) => t.host.setMemories(p, v),
    init: (prefs: { backend: 'cpu' }) => t.host.init(prefs),
    ping: () => t.host.ping(),
    basinMap: room.basinMap,
    basinCurves: room.basinCurves,
    abortLast: () => t.host.abort(t.lastId()),
  };
}

function uniform(seed: number, K: number, N: number): Patterns {
  const rng = createRng(seed);
  const data = new Float32Array(K * N);
  for (let j = 0; j < data.length; j++) data[j] = 2 * rng.next() - 1;
  return { count: K, dim: N, data };
}

/**
 * Every 7th cell of a softmax map against the float64 oracle (reference-dam.ts), from the
 * returned plane: the start origin + x·u + y·v at the cell's centre, its energy
 * −β⁻¹ log Σ exp(β ξ·x) + ½‖x‖² + β⁻¹ log K + ½ max‖ξ‖² written out here, the oracle's step
 * count, and an outcome that is "did not converge" exactly when the oracle did not, else a
 * memory only when the oracle's end state is nearest that memory.
 */
function expectOracleCells(pass: BasinPass, mem: Patterns): void {
  const { count: K, dim: N } = mem;
  const rows = Array.from({ length: K }, (_, mu) =>
    Array.from(mem.data.subarray(mu * N, (mu + 1) * N)),
  );
  const beta = softmaxReq.spec.beta;
  const M2 = Math.max(...rows.map((r) => r.reduce((a, v) => a + v * v, 0)));
  const { origin, u, v, extent } = pass.plane;
  const R = pass.resolution;
  let checked = 0;
  for (let c = 0; c < R * R; c += 7, checked++) {
    const [i, j] = [c % R, Math.floor(c / R)];
    const x = extent.x0 + ((i + 0.5) * (extent.x1 - extent.x0)) / R;
    const y = extent.y0 + ((j + 0.5) * (extent.y1 - extent.y0)) / R;
    const start = Array.from(origin, (o, k) => o + x * u[k] + y * v[k]);
    const sims = rows.map((r) => beta * r.reduce((a, w, k) => a + w * start[k], 0));
    const top = Math.max(...sims);
    const lse = (top + Math.log(sims.reduce((a, z) => a + Math.exp(z - top), 0))) / beta;
    const sq = start.reduce((a, w) => a + w * w, 0);
    const energy = -lse + sq / 2 + Math.log(K) / beta + M2 / 2;
    expect(pass.energy[c]).toBeCloseTo(energy, 9);
    const ref = referenceRun({
      energy: 'softmax',
      n: 2,
      beta,
      memories: rows,
      state: start,
      mode: 'sync',
      maxSteps: softmaxReq.maxSteps,
    });
    expect(pass.steps[c]).toBe(ref.steps);
    expect(pass.outcome[c] === outcomeUnconverged(K)).toBe(!ref.converged);
    if (pass.outcome[c] < K) {
      const dist = rows.map((r) => Math.hypot(...r.map((w, k) => w - ref.final[k])));
      expect(dist.indexOf(Math.min(...dist))).toBe(pass.outcome[c]);
    }
  }
  expect(checked).toBe(Math.ceil((R * R) / 7));
}

const softmaxReq: BasinRequest = {
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
  spec: { energy: 'polynomial', n: 2, beta: 1 },
  resolution: 128,
  maxSteps: 30,
};

describe('basin service', () => {
  it('reports coarse-to-fine passes, resolves with the finest, then serves it from the cache', async () => {
    const mem = uniform(1, 5, 60);
    const s = createSession();
    await s.setMemories(mem, 3);
    const passes: BasinPass[] = [];
    const final = await s.basinMap(softmaxReq, (p) => passes.push(p));
    expect(passes.map((p) => [p.resolution, p.progress])).toEqual([
      [32, 0.25],
      [64, 1],
    ]);
    expect(Array.from(passes[1].outcome)).toEqual(Array.from(final.outcome));
    expectOracleCells(final, mem);
    const again: BasinPass[] = [];
    const hit = await s.basinMap(softmaxReq, (p) => again.push(p));
    expect(again).toHaveLength(1);
    expect(hit.elapsedMs).toBe(0);
    expect(Array.from(hit.outcome)).toEqual(Array.from(final.outcome));
    expect(Array.from(hit.energy)).toEqual(Array.from(final.energy));
    // New memories: a fresh computation.
    await s.setMemories(uniform(2, 5, 60), 4);
    const fresh: BasinPass[] = [];
    await s.basinMap(softmaxReq, (p) => fresh.push(p));
    expect(fresh).toHaveLength(2);
  });

  it('a newer map stops the older; an aborted request stops; other calls get through meanwhile', async () => {
    const mem = randomSigns(createRng(5), 4, 200);
    const s = createSession({ sliceMs: 5 });
    await s.setMemories(mem, 1);
    // Waits on the first (32²) of the three passes of a 128² map: started, far from done.
    const firstPass = () => {
      let report: () => void = () => undefined;
      const reported = new Promise<void>((r) => (report = r));
      return { reported, onPass: () => report() };
    };
    const o = firstPass();
    const older = s.basinMap(slowReq, o.onPass);
    let olderSettled = false;
    older.catch(() => undefined).finally(() => (olderSettled = true));
    await o.reported;
    expect(await s.ping()).toBe(1); // answered between slices …
    expect(olderSettled).toBe(false); // … while the map is still computing
    const newer = s.basinMap({ ...softmaxReq, resolution: 32 }, () => undefined);
    await expect(older).rejects.toMatchObject({ name: 'AbortError' });
    await expect(newer).resolves.toMatchObject({ resolution: 32 });
    const t = firstPass();
    const third = s.basinMap(slowReq, t.onPass);
    await t.reported;
    await s.abortLast();
    await expect(third).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('the tfjs engine agrees with the Gram path', async () => {
    const mem = uniform(6, 6, 80);
    const core = createSession();
    const tfjs = createSession({ engine: 'tfjs' });
    await core.setMemories(mem, 1);
    await tfjs.setMemories(mem, 1);
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
    await s.setMemories(mem, 1);
    const req: BasinCurveRequest = {
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
    await s.setMemories(uniform(1, 3, 10), 1);
    await expect(s.basinMap({ ...softmaxReq, resolution: 1000 }, () => undefined)).rejects.toThrow(
      /resolution/,
    );
    await expect(
      s.basinMap({ ...softmaxReq, plane: { kind: 'memories', a: 0, b: 1, c: 7 } }, () => undefined),
    ).rejects.toThrow(/c = 7/);
  });
});
