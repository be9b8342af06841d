/**
 * The random-features view's set-up (DrDAM against the exact MrDAM; Hoover et al. 2024,
 * models.md §6): the feature map, Y as a power of two, β, the seed of S, the descent's step α
 * and step count, and three scenes — the 2-D toy (memories and cue on a plane, both landscapes),
 * the error-against-Y measurement (the core's experiment spec) and MNIST inpainting. Pure: the
 * checks here say in words why a set-up cannot run before the worker is asked.
 */
import {
  EXP_LIMIT,
  MAX_FEATURE_ENTRIES,
  type FeatureMapKind,
} from '../../../core/features/feature-maps';
import type {
  FeaturesExperimentSpec,
  ProjectionKind,
} from '../../../core/features/experiment-types';
import type { RfMnist, RfToy } from '../worker/features-api';

export type { RfMnist, RfToy };

export const MAP_KINDS: readonly FeatureMapKind[] = ['sincos', 'cos', 'exp', 'expexp'];
export const PROJECTIONS: readonly ProjectionKind[] = ['gaussian', 'hadamard'];

export const MAP_LABELS: Record<FeatureMapKind, string> = {
  sincos: 'SinCos (trig)',
  cos: 'Cos (trig, random phase)',
  exp: 'Exp (positive)',
  expexp: 'ExpExp (symmetric positive)',
};

/** Y from 2^8 up; the top is what S (Y·D float32 entries) may allocate for the scene's D. */
export const MIN_LOG_Y = 8;
/** The toy's slider stops here: the landscape costs R²·Y·D per map, and 2^18 is seconds. */
export const TOY_MAX_LOG_Y = 18;

/** The largest Y the dense map allows for dimension D (models.md: MAX_FEATURE_ENTRIES / D). */
export const maxYFor = (D: number): number => Math.floor(MAX_FEATURE_ENTRIES / Math.max(1, D));
export const maxLogYFor = (D: number): number => Math.floor(Math.log2(maxYFor(D)));

export interface FeaturesSetup {
  map: FeatureMapKind;
  projection: ProjectionKind;
  /** Y = 2^logY random features (SinCos and ExpExp then hold 2Y weights). */
  logY: number;
  beta: number;
  seed: number;
  alpha: number;
  steps: number;
  toy: RfToy;
  /** Which curve the error-against-Y panel runs: the 2-D toy's or QUANT1b's. */
  curveKind: 'toy' | 'quant1b';
  curve: FeaturesExperimentSpec;
  /** The toy curve's β values, its largest log₂ Y, and its random queries. */
  toyCurve: { betas: number[]; top: number; queryCount: number };
  mnist: RfMnist;
  /** The preset last loaded (null: edited or from a link). */
  preset: string | null;
}

export const featureCount = (logY: number): number => 2 ** logY;

/** Weights of the distributed memory: 2Y for SinCos and ExpExp, Y for Cos and Exp. */
export const distributedParams = (map: FeatureMapKind, Y: number): number =>
  map === 'sincos' || map === 'expexp' ? 2 * Y : Y;

/** The largest ‖x‖² the toy's landscape and descent meet: a corner of the plane or a memory. */
export function toyMaxSquaredNorm(toy: RfToy): number {
  let m = 2 * toy.extent * toy.extent;
  for (let k = 0; k + 1 < toy.memories.length; k += 2)
    m = Math.max(m, toy.memories[k] ** 2 + toy.memories[k + 1] ** 2);
  return m;
}

/**
 * Why the map cannot be built or its energy read for inputs of squared norm up to `sq` in
 * dimension D — S too big for memory, or (Exp maps) β‖x‖² beyond exp's range — or null.
 */
export function mapProblem(
  map: FeatureMapKind,
  Y: number,
  D: number,
  beta: number,
  sq: number,
): string | null {
  if (Y * D > MAX_FEATURE_ENTRIES)
    return (
      `Y = ${Y.toLocaleString('en')} is too large for memory at D = ${D}: S would hold ` +
      `${(Y * D).toLocaleString('en')} numbers, the cap is ${MAX_FEATURE_ENTRIES.toLocaleString('en')} ` +
      `(Y at most ${maxYFor(D).toLocaleString('en')}).`
    );
  if (!(beta > 0) || !Number.isFinite(beta)) return `β must be a number above 0, got ${beta}.`;
  if ((map === 'exp' || map === 'expexp') && beta * sq >= EXP_LIMIT)
    return (
      `The ${MAP_LABELS[map]} map overflows: β‖x‖² reaches ${Number((beta * sq).toPrecision(3))}, ` +
      `beyond exp's range (${EXP_LIMIT.toFixed(0)}). Lower β or use SinCos.`
    );
  return null;
}

export const toyProblem = (s: FeaturesSetup): string | null =>
  s.toy.memories.length < 2
    ? 'Store at least one memory.'
    : mapProblem(s.map, featureCount(s.logY), 2, s.beta, toyMaxSquaredNorm(s.toy));

/** Binary patterns and near queries are {0,1}^D/√D: ‖x‖² ≤ 1; random queries alike. */
export function curveProblem(c: FeaturesExperimentSpec): string | null {
  if (!c.Ys.length || !c.betas.length) return 'Choose at least one Y and one β.';
  if (!c.queries.length) return 'Choose at least one kind of query.';
  for (const beta of c.betas) {
    const p = mapProblem(c.map, Math.max(...c.Ys), c.D, beta, 1);
    if (p) return p;
  }
  return null;
}

/** MNIST digits scaled by 1/√D have ‖x‖² ≤ 1. */
export const mnistProblem = (m: RfMnist, map: FeatureMapKind): string | null =>
  m.cue >= m.K
    ? `The cue is digit ${m.cue + 1}, but only ${m.K} are stored.`
    : mapProblem(map, featureCount(m.logY), 784, m.beta, 1);
