import { describe, expect, it } from 'vitest';
import { createDrDam } from './drdam';
import { runFeaturesExperiment } from './experiment';
import type { FeaturesExperimentSpec, FeaturesPoint } from './experiment-types';
import { createFeatureMap, maxYFor } from './feature-maps';
import { makeQueries } from './experiment-queries';
import { mrdamEnergy } from './mrdam';

const spec: FeaturesExperimentSpec = {
  D: 16,
  K: 20,
  betas: [4],
  Ys: [64, 512, 4096],
  map: 'sincos',
  projection: 'gaussian',
  queries: ['stored', 'near', 'random'],
  queryCount: 8,
  nearFlip: 0.1,
  retrieval: { alpha: 0.05, steps: 30, queries: 3 },
  seed: 7,
};

describe('runFeaturesExperiment', () => {
  const seen: { n: number; done: number; total: number }[] = [];
  const result = runFeaturesExperiment(spec, {
    onPoints: (p, done, total) => seen.push({ n: p.length, done, total }),
  });

  it('one point per (β, Y, query) in spec order; hooks after each (β, Y)', () => {
    expect(result.points.map((p) => `${p.Y}/${p.query}`)).toEqual(
      spec.Ys.flatMap((Y) => spec.queries.map((q) => `${Y}/${q}`)),
    );
    expect(seen).toEqual([1, 2, 3].map((done) => ({ n: 3, done, total: 3 })));
    expect(result.maxY).toBe(maxYFor('gaussian', 16));
    expect(result.baselines.length).toBe(1);
    expect(result.baselines[0].randomGuess).toBeGreaterThan(0);
  });

  it('energyMAE is the mean |Ẽ − E| over the stored queries, recomputed here', () => {
    const { memories } = makeQueries(spec);
    // Rebuild with the experiment's own map seed: read it back through a hook.
    let mapSeed = NaN;
    runFeaturesExperiment(
      { ...spec, Ys: [512], queries: ['stored'], retrieval: null },
      {
        buildT: (s, data, K) => {
          mapSeed = s.seed;
          const own = createDrDam(createFeatureMap(s));
          for (let k = 0; k < K; k++) own.add(data.subarray(k * 16, (k + 1) * 16));
          return Float64Array.from(own.T);
        },
      },
    );
    const map = createFeatureMap({ kind: 'sincos', Y: 512, D: 16, beta: 4, seed: mapSeed });
    const mine = createDrDam(map);
    for (let k = 0; k < 20; k++) mine.add(memories.subarray(k * 16, (k + 1) * 16));
    let sum = 0;
    for (let k = 0; k < 8; k++) {
      const q = memories.subarray(k * 16, (k + 1) * 16);
      sum += Math.abs(mine.energy(q) - mrdamEnergy({ data: memories, K: 20, D: 16 }, q, 4));
    }
    const point = result.points.find((p) => p.Y === 512 && p.query === 'stored') as FeaturesPoint;
    expect(point.energyMAE).toBeCloseTo(sum / 8, 12);
  });

  it('errors fall with Y; retrieval numbers sit on the near points', () => {
    for (const curve of result.curves) expect(curve.slope).toBeLessThan(-0.2);
    for (const p of result.points) {
      expect(p.retrievalHamming !== undefined).toBe(p.query === 'near');
      if (p.query === 'near') expect(p.retrievalAgree).toBeGreaterThanOrEqual(0);
    }
    const stored = result.points.filter((p) => p.query === 'stored');
    expect(stored[2].gradMAE).toBeLessThan(stored[0].gradMAE);
  });

  it('retrieval with tol stops early; the exact fixed points are described', () => {
    // β = 40 on 4 memories in D = 16: each near query falls back to its stored pattern.
    const sharp: FeaturesExperimentSpec = {
      ...spec,
      K: 4,
      betas: [40],
      Ys: [4096],
      queries: ['near'],
      retrieval: { alpha: 0.05, steps: 5000, queries: 2, tol: 1e-9 },
    };
    const p = runFeaturesExperiment(sharp).points[0];
    expect(p.retrievalSteps).toBeGreaterThan(10);
    expect(p.retrievalSteps).toBeLessThan(5000);
    expect(p.retrievalExactToMemory).toBe(0);
    // At (nearly) a stored pattern every coordinate is ≈ 0 or 1/√D: ≈ 0.5 bit from the threshold.
    expect(p.retrievalMargin).toBeGreaterThan(0.45);
    const flat = runFeaturesExperiment({ ...sharp, betas: [0.5] }).points[0];
    // At β = 0.5 the exact descent settles at a blend of the memories, not one of them.
    expect(flat.retrievalExactToMemory).toBeGreaterThan(0);
    expect(flat.retrievalMargin).toBeLessThan(0.5);
  });

  it('same spec → same numbers; a buildT hook giving the same T changes nothing', () => {
    const again = runFeaturesExperiment(spec, {
      buildT: (s, data, K) => {
        const dr = createDrDam(createFeatureMap(s));
        for (let k = 0; k < K; k++) dr.add(data.subarray(k * s.D, (k + 1) * s.D));
        return Float64Array.from(dr.T);
      },
    });
    expect(again.points).toEqual(result.points);
    expect(again.curves).toEqual(result.curves);
    expect(again.baselines).toEqual(result.baselines);
  });

  it('refuses a bad spec, naming the field', () => {
    const bad = (patch: Partial<FeaturesExperimentSpec>) => () =>
      runFeaturesExperiment({ ...spec, ...patch });
    expect(bad({ D: 0 })).toThrow(/D must be an integer/);
    expect(bad({ K: 70000 })).toThrow(/K = 70000 unique patterns need K ≤ 2\^D = 65536/);
    expect(bad({ betas: [] })).toThrow(/betas must be a non-empty array/);
    expect(bad({ betas: [1, -2] })).toThrow(/betas\[1\] must be finite and > 0, got -2/);
    expect(bad({ Ys: [10, 2.5] })).toThrow(/Ys\[1\] must be an integer ≥ 1, got 2.5/);
    expect(bad({ Ys: [2 ** 23] })).toThrow(/largest Y allowed, 4194304 \(gaussian, D = 16\)/);
    expect(bad({ queries: [] })).toThrow(/queries must be a non-empty array/);
    expect(bad({ queries: ['near', 'near'] })).toThrow(/queries must be unique/);
    expect(bad({ queryCount: 0 })).toThrow(/queryCount must be an integer/);
    expect(bad({ nearFlip: 1.2 })).toThrow(/nearFlip must be in \[0, 1\], got 1.2/);
    expect(bad({ retrieval: { alpha: 0, steps: 3, queries: 1 } })).toThrow(/retrieval.alpha/);
    expect(bad({ retrieval: { alpha: 1, steps: 0, queries: 1 } })).toThrow(/retrieval.steps/);
    expect(bad({ retrieval: { alpha: 1, steps: 3, queries: 0 } })).toThrow(/retrieval.queries/);
    expect(bad({ retrieval: { alpha: 1, steps: 3, queries: 1, tol: -1 } })).toThrow(
      /retrieval.tol must be finite and > 0 when given, got -1/,
    );
    expect(bad({ seed: 1.5 })).toThrow(/seed must be an integer, got 1.5/);
    expect(() => runFeaturesExperiment(spec, { signal: { aborted: true } })).toThrow(/cancelled/);
    expect(() => runFeaturesExperiment(spec, { buildT: () => new Float64Array(3) })).toThrow(
      /β = 4, Y = 64: init.T has length 3, the map outputs 128/,
    );
  });
});
