/**
 * U-Hop+ (Hu, Wu & Liu 2024, Algorithm 1; docs/models.md §7.2): full-batch gradient descent on
 * the separation loss (separation.ts) over the feature map's W (and b when spec.bias), with Adam
 * or SGD with momentum (optimiser.ts). uhopIterations is the training as a generator that yields
 * after each iteration, so a caller can pause or give way between iterations; trainUhop runs it
 * through synchronously.
 *
 * history[k] is the state after k steps (history[0]: the initial map, history[N]: the map
 * returned), with the loss and the smallest angle between two memories' normalised features
 * (over all D_Φ coordinates); points[k] are those features' first min(D_Φ, 3) coordinates.
 * Snapshots of the map are kept at 0, every `snapshotEvery` iterations and at the last.
 */
import type { Patterns } from '../dynamics/types';
import { throwIfAborted, type AbortLike } from '../util/abort';
import { checkMap, cloneMap, firstCoordinates, kaimingMap } from './feature-map';
import { createOptimiser } from './optimiser';
import { minAngleDeg, separationParts } from './separation';
import type { LinearMap, UhopSpec, UhopStep, UhopTrace } from './types';

export const UHOP_LIMITS = {
  dPhi: [2, 256],
  tau: [0.01, 10],
  lr: [0, 10],
  iterations: [0, 500],
} as const;

export interface UhopHooks {
  signal?: AbortLike;
  /** After each history entry, with the memories' normalised features M × min(D_Φ, 3). */
  onStep?: (step: UhopStep, points: Float64Array) => void;
  /** Map snapshots at 0, every this many iterations and the last (default 10). */
  snapshotEvery?: number;
  /** Start from this map instead of kaimingMap(D, dPhi, seed). */
  init?: LinearMap;
}

/** Throws an Error naming the first field of the spec that is out of range. */
export function validateUhopSpec(spec: UhopSpec): void {
  const { dPhi, tau, lr, iterations, seed, optimiser, bias } = spec;
  if (!Number.isInteger(dPhi) || dPhi < UHOP_LIMITS.dPhi[0] || dPhi > UHOP_LIMITS.dPhi[1])
    throw new Error(`dPhi must be an integer in [2, 256], got ${dPhi}`);
  if (!Number.isFinite(tau) || tau < UHOP_LIMITS.tau[0] || tau > UHOP_LIMITS.tau[1])
    throw new Error(`tau must be in [0.01, 10], got ${tau}`);
  if (!Number.isFinite(lr) || lr <= UHOP_LIMITS.lr[0] || lr > UHOP_LIMITS.lr[1])
    throw new Error(`lr must be in (0, 10], got ${lr}`);
  if (
    !Number.isInteger(iterations) ||
    iterations < UHOP_LIMITS.iterations[0] ||
    iterations > UHOP_LIMITS.iterations[1]
  )
    throw new Error(`iterations must be an integer in [0, 500], got ${iterations}`);
  if (!Number.isFinite(seed)) throw new Error(`seed must be a finite number, got ${seed}`);
  if (optimiser !== 'adam' && optimiser !== 'sgd')
    throw new Error(`optimiser must be adam or sgd, got "${String(optimiser)}"`);
  if (typeof bias !== 'boolean') throw new Error(`bias must be true or false, got ${String(bias)}`);
}

function checkMemories(memories: Patterns): void {
  const { count: M, dim: D, data } = memories;
  if (!Number.isInteger(M) || M < 2) throw new Error(`memories: U-Hop+ needs at least 2, got ${M}`);
  if (!Number.isInteger(D) || D < 1) throw new Error(`memories.dim must be ≥ 1, got ${D}`);
  if (data.length !== M * D)
    throw new Error(`memories.data has length ${data.length}, count × dim is ${M * D}`);
  for (let i = 0; i < data.length; i++)
    if (!Number.isFinite(data[i]))
      throw new Error(`memories.data[${i}] = ${data[i]} is not finite`);
}

export type UhopOutcome = UhopTrace & { map: LinearMap };

/** trainUhop, all iterations at once. */
export function trainUhop(spec: UhopSpec, memories: Patterns, hooks: UhopHooks = {}): UhopOutcome {
  const run = uhopIterations(spec, memories, hooks);
  for (;;) {
    const r = run.next();
    if (r.done) return r.value;
  }
}

/** The training one iteration per `next()`: yields the iteration just taken, returns the trace. */
export function* uhopIterations(
  spec: UhopSpec,
  memories: Patterns,
  hooks: UhopHooks = {},
): Generator<number, UhopOutcome, void> {
  validateUhopSpec(spec);
  checkMemories(memories);
  const { dPhi, iterations: N, tau } = spec;
  const M = memories.count;
  const D = memories.dim;
  const every = hooks.snapshotEvery ?? 10;
  if (!Number.isInteger(every) || every < 1)
    throw new Error(`snapshotEvery must be an integer ≥ 1, got ${every}`);
  let map: LinearMap;
  if (hooks.init) {
    checkMap(hooks.init);
    if (hooks.init.D !== D || hooks.init.dPhi !== dPhi)
      throw new Error(
        `init: the map is ${hooks.init.dPhi} × ${hooks.init.D}, the training needs ${dPhi} × ${D}`,
      );
    map = cloneMap(hooks.init);
  } else {
    map = kaimingMap(D, dPhi, spec.seed);
  }
  if (!spec.bias) map.b.fill(0);
  const optW = createOptimiser(spec.optimiser, spec.lr, map.W.length);
  const optB = createOptimiser(spec.optimiser, spec.lr, map.b.length);

  const history: UhopStep[] = [];
  const points: Float64Array[] = [];
  const snapshots: { iteration: number; map: LinearMap }[] = [];
  for (let k = 0; k <= N; k++) {
    throwIfAborted(hooks.signal);
    if (k === 0 || k === N || k % every === 0) snapshots.push({ iteration: k, map: cloneMap(map) });
    const parts = separationParts(map, memories, tau, k < N);
    const step: UhopStep = {
      iteration: k,
      loss: parts.loss,
      minAngleDeg: minAngleDeg(parts.Z, M, dPhi),
    };
    if (!Number.isFinite(step.loss))
      throw new Error(`U-Hop+: the loss is ${step.loss} at iteration ${k}`);
    const pts = firstCoordinates(parts.Z, M, dPhi);
    history.push(step);
    points.push(pts);
    hooks.onStep?.(step, pts);
    if (parts.gW && parts.gb) {
      optW.step(map.W, parts.gW);
      if (spec.bias) optB.step(map.b, parts.gb);
    }
    if (k < N) yield k;
  }
  return { history, points, snapshots, map };
}
