/**
 * From the set-up to the worker's requests, and the edits the view offers (add a memory, remove
 * one) as pure functions of the set-up.
 */
import { createRng } from '../../../core/util/random';
import type { RfCurveRequest, RfMnistRequest, RfToyRequest } from '../worker/features-api';
import { toyCurveSpec } from './rf-presets';
import {
  curveProblem,
  featureCount,
  mnistProblem,
  toyProblem,
  type FeaturesSetup,
} from './rf-setup';

/** The most memories the toy holds. */
export const MAX_TOY_MEMORIES = 24;

export const toyRequest = (s: FeaturesSetup): RfToyRequest => ({
  map: s.map,
  projection: s.projection,
  Y: featureCount(s.logY),
  beta: s.beta,
  seed: s.seed,
  alpha: s.alpha,
  steps: s.steps,
  toy: s.toy,
});

export const curveRequest = (s: FeaturesSetup): RfCurveRequest =>
  s.curveKind === 'toy'
    ? { kind: 'toy', spec: toyCurveSpec(s) }
    : { kind: 'quant1b', spec: s.curve };

export const mnistRequest = (s: FeaturesSetup): RfMnistRequest => ({
  map: s.map,
  projection: s.projection,
  seed: s.seed,
  mnist: s.mnist,
});

export function curveSetupProblem(s: FeaturesSetup): string | null {
  if (s.curveKind === 'quant1b')
    return curveProblem({ ...s.curve, map: s.map, projection: s.projection });
  const t = toyCurveSpec(s);
  return toyProblem({ ...s, logY: s.toyCurve.top, beta: Math.max(...t.betas) });
}

export { mnistProblem, toyProblem };

/**
 * The toy with one more memory: a seeded point of the plane (seed and count choose it, so a link
 * replays the same adds), at least a tenth of the half-width from every memory.
 */
export function withMemoryAdded(s: FeaturesSetup): FeaturesSetup['toy'] | null {
  const m = s.toy.memories;
  if (m.length / 2 >= MAX_TOY_MEMORIES) return null;
  const rng = createRng((s.seed * 7919 + m.length) >>> 0);
  const e = 0.9 * s.toy.extent;
  let best: [number, number] = [0, 0];
  let bestGap = -1;
  for (let tries = 0; tries < 16; tries++) {
    const p: [number, number] = [(2 * rng.next() - 1) * e, (2 * rng.next() - 1) * e];
    let gap = Infinity;
    for (let k = 0; k + 1 < m.length; k += 2)
      gap = Math.min(gap, Math.hypot(p[0] - m[k], p[1] - m[k + 1]));
    if (gap > bestGap) [best, bestGap] = [p, gap];
    if (gap > 0.1 * s.toy.extent) break;
  }
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return { ...s.toy, memories: [...m, round(best[0]), round(best[1])] };
}

/** The toy without memory k (the last when k is absent); null when one memory is left. */
export function withMemoryRemoved(s: FeaturesSetup, k?: number): FeaturesSetup['toy'] | null {
  const m = s.toy.memories;
  const K = m.length / 2;
  if (K <= 1) return null;
  const at = k === undefined ? K - 1 : k;
  if (!Number.isInteger(at) || at < 0 || at >= K) return null;
  return { ...s.toy, memories: [...m.slice(0, 2 * at), ...m.slice(2 * at + 2)] };
}
