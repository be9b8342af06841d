/**
 * The error against Y on the 2-D toy (the tutorial's 8 memories; models.md §6.5 benchmark (i)):
 * for each β and Y, the mean |Ẽ − E| at the memories, near them (a seeded offset of 10% of the
 * plane's half-width) and at random points of the plane — the same points and curves as the
 * core's QUANT1b experiment, whose unique binary patterns cannot hold 8 memories in D = 2.
 */
import { createDrDam } from '../../../core/features/drdam';
import type {
  FeaturesCurve,
  FeaturesExperimentResult,
  FeaturesPoint,
  QueryKind,
} from '../../../core/features/experiment-types';
import { createFeatureMap, maxYFor } from '../../../core/features/feature-maps';
import { mrdamEnergy, mrdamEnergyAndGradient } from '../../../core/features/mrdam';
import { logLogFit } from '../../../core/features/slope';
import { throwIfAborted, type AbortLike } from '../../../core/util/abort';
import { createRng } from '../../../core/util/random';
import type { RfToyCurveSpec } from './features-api';

function queriesOf(spec: RfToyCurveSpec): Record<QueryKind, Float64Array[]> {
  const rng = createRng(spec.seed);
  const m = spec.memories;
  const K = m.length / 2;
  const at = (k: number) => Float64Array.of(m[2 * k], m[2 * k + 1]);
  const stored = Array.from({ length: K }, (_, k) => at(k));
  const near = stored.map((x) => {
    const a = 2 * Math.PI * rng.next();
    const r = 0.1 * spec.extent;
    return Float64Array.of(x[0] + r * Math.cos(a), x[1] + r * Math.sin(a));
  });
  const random = Array.from({ length: spec.queryCount }, () =>
    Float64Array.of((2 * rng.next() - 1) * spec.extent, (2 * rng.next() - 1) * spec.extent),
  );
  return { stored, near, random };
}

const meanSem = (v: number[]) => {
  const n = v.length;
  const mean = v.reduce((a, b) => a + b, 0) / n;
  const varc = n > 1 ? v.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1) : 0;
  return { mean, sem: Math.sqrt(varc / n) };
};

export function runToyCurve(
  spec: RfToyCurveSpec,
  signal: AbortLike | undefined,
  onPoints: (points: FeaturesPoint[], done: number, total: number) => void,
): Omit<FeaturesExperimentResult, 'spec'> {
  const t0 = performance.now();
  const mem = { data: Float64Array.from(spec.memories), K: spec.memories.length / 2, D: 2 };
  const queries = queriesOf(spec);
  const points: FeaturesPoint[] = [];
  const total = spec.betas.length * spec.Ys.length;
  const baselines: FeaturesExperimentResult['baselines'] = [];
  let done = 0;
  for (const beta of spec.betas) {
    for (const Y of spec.Ys) {
      throwIfAborted(signal);
      const map = createFeatureMap({
        kind: spec.map,
        Y,
        D: 2,
        beta,
        seed: spec.seed,
        projection: spec.projection,
      });
      const dr = createDrDam(map);
      for (const x of queries.stored) dr.add(x);
      const fresh: FeaturesPoint[] = spec.queries.map((query) => {
        const errs: number[] = [];
        const grads: number[] = [];
        for (const x of queries[query]) {
          const a = dr.energyAndGradient(x);
          const b = mrdamEnergyAndGradient(mem, x, beta);
          errs.push(Math.abs(a.energy - b.energy));
          grads.push((Math.abs(a.grad[0] - b.grad[0]) + Math.abs(a.grad[1] - b.grad[1])) / 2);
        }
        const { mean, sem } = meanSem(errs);
        return { beta, Y, query, energyMAE: mean, energySEM: sem, gradMAE: meanSem(grads).mean };
      });
      points.push(...fresh);
      onPoints(fresh, ++done, total);
    }
    const atMemories = queries.stored.map((x) => mrdamEnergy(mem, x, beta));
    const meanE = atMemories.reduce((a, b) => a + b, 0) / atMemories.length;
    const last = createDrDam(
      createFeatureMap({
        kind: spec.map,
        Y: spec.Ys[spec.Ys.length - 1],
        D: 2,
        beta,
        seed: spec.seed,
        projection: spec.projection,
      }),
    );
    for (const x of queries.stored) last.add(x);
    const guesses = queries.random.map((x) => Math.abs(meanE - last.energy(x)));
    baselines.push({ beta, randomGuess: meanSem(guesses).mean });
  }
  const curves: FeaturesCurve[] = spec.betas.flatMap((beta) =>
    spec.queries.map((query) => {
      const mine = points.filter((p) => p.beta === beta && p.query === query);
      const fit = logLogFit(
        mine.map((p) => p.Y),
        mine.map((p) => p.energyMAE),
      );
      return { beta, query, slope: fit?.slope ?? null, intercept: fit?.intercept ?? null };
    }),
  );
  return {
    points,
    curves,
    baselines,
    maxY: maxYFor(spec.projection, 2),
    ms: performance.now() - t0,
  };
}
