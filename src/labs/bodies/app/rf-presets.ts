/**
 * The random-features view's presets and defaults: the 2-D toy of the authors' tutorial (8
 * memories, β ∈ {0.1, 1, 10}) and QUANT1b at browser scale (D = 100, K = 500, β ∈ {10, 30};
 * Hoover et al. 2024, models.md §6.5), each with its error-against-Y curve.
 */
import type { FeaturesExperimentSpec } from '../../../core/features/experiment-types';
import type { RfToyCurveSpec } from '../worker/features-api';
import type { FeaturesSetup, RfMnist, RfToy } from './rf-setup';

/** Eight memories spread round the origin (the toy2d layout, written out so links stay short). */
export const TOY_MEMORIES: number[] = [
  0.95, 0.12, 0.52, 0.55, -0.05, 0.86, -0.62, 0.5, -0.78, -0.2, -0.45, -0.62, 0.1, -0.74, 0.68,
  -0.52,
];

export const DEFAULT_TOY: RfToy = { memories: TOY_MEMORIES, cue: [0.15, 0.2], extent: 1.25, R: 40 };

/** Y = 2^8, 2^10, … up to 2^top. */
export const ysUpTo = (top: number, from = 8, step = 2): number[] => {
  const out: number[] = [];
  for (let e = from; e <= top; e += step) out.push(2 ** e);
  if (out[out.length - 1] !== 2 ** top) out.push(2 ** top);
  return out;
};

export const QUANT1B_CURVE: FeaturesExperimentSpec = {
  D: 100,
  K: 500,
  betas: [10, 30],
  Ys: ysUpTo(14),
  map: 'sincos',
  projection: 'gaussian',
  queries: ['stored', 'near', 'random'],
  queryCount: 20,
  nearFlip: 0.1,
  // α as the paper; up to its 1000 steps, stopped once no coordinate moves by 1e-8 (MrDAM needs
  // ~600 steps here: after 100 it was still 33–46 bits from its fixed point).
  retrieval: { alpha: 0.03, steps: 1000, queries: 3, tol: 1e-8 },
  seed: 25,
};

export const DEFAULT_MNIST: RfMnist = {
  K: 10,
  cue: 3,
  visible: 0.5,
  logY: 15,
  beta: 20,
  alpha: 0.1,
  steps: 300,
};

export const DEFAULT_FEATURES: FeaturesSetup = {
  map: 'sincos',
  projection: 'gaussian',
  logY: 8,
  beta: 10,
  seed: 7,
  alpha: 0.01,
  steps: 1000,
  toy: DEFAULT_TOY,
  curveKind: 'toy',
  curve: QUANT1B_CURVE,
  toyCurve: { betas: [0.1, 1, 10], top: 14, queryCount: 64 },
  mnist: DEFAULT_MNIST,
  preset: 'toy-10',
};

/** The toy curve's request from the set-up: its memories and map, the chosen β and Y range. */
export function toyCurveSpec(s: FeaturesSetup): RfToyCurveSpec {
  return {
    memories: s.toy.memories,
    extent: s.toy.extent,
    betas: s.toyCurve.betas,
    Ys: ysUpTo(s.toyCurve.top),
    map: s.map,
    projection: s.projection,
    queries: ['stored', 'near', 'random'],
    queryCount: s.toyCurve.queryCount,
    seed: s.seed,
  };
}

export interface FeaturesPreset {
  id: string;
  label: string;
  description: string;
  apply(s: FeaturesSetup): FeaturesSetup;
  /** What the preset runs once loaded. */
  runs: 'toy' | 'curve';
}

const toyAt = (beta: number): FeaturesPreset => ({
  id: `toy-${beta}`,
  label: `2-D toy, β = ${beta}`,
  description: `8 memories on a plane; both landscapes and both descents at β = ${beta}.`,
  runs: 'toy',
  apply: (s) => ({
    ...s,
    beta,
    toy: DEFAULT_TOY,
    alpha: 0.01 * Math.max(1, 1 / beta),
    steps: 1000,
    preset: `toy-${beta}`,
  }),
});

export const FEATURES_PRESETS: readonly FeaturesPreset[] = [
  toyAt(0.1),
  toyAt(1),
  toyAt(10),
  {
    id: 'toy-curve',
    label: '2-D toy: error against Y',
    description: 'The toy’s energy error for β = 0.1, 1 and 10, Y from 2^8 to 2^14.',
    runs: 'curve',
    apply: (s) => ({
      ...s,
      toy: DEFAULT_TOY,
      curveKind: 'toy',
      toyCurve: DEFAULT_FEATURES.toyCurve,
      preset: 'toy-curve',
    }),
  },
  {
    id: 'quant1b',
    label: 'QUANT1b (browser scale)',
    description:
      'D = 100, K = 500 binary patterns, β = 10 and 30, Y from 2^8 to 2^14: the energy error, and whether both memories descend to the same binary fixed point.',
    runs: 'curve',
    apply: (s) => ({ ...s, curveKind: 'quant1b', curve: QUANT1B_CURVE, preset: 'quant1b' }),
  },
];

/** QUANT1b as the paper ran it (models.md §6.5), for the sentence of what the browser cut. */
export const QUANT1B_PAPER = {
  Ds: [30, 100, 500],
  YMax: 500_000,
  betas: [10, 30, 40, 50],
  steps: 1000,
  alpha: 0.03,
} as const;

/** What this measurement cuts compared with the paper's QUANT1b, in words, from its own spec. */
export function paperCuts(c: FeaturesExperimentSpec): string {
  const P = QUANT1B_PAPER;
  const yMax = Math.max(...c.Ys);
  const r = c.retrieval;
  const retrieval = r
    ? `retrieval from ${r.queries} queries for ${r.tol ? `at most ${r.steps} steps (stopped once converged)` : `${r.steps} steps`} at α = ${r.alpha} (paper: ${P.steps} steps, α = ${P.alpha})`
    : `no retrieval (paper: ${P.steps} steps, α = ${P.alpha})`;
  return (
    `Cut from the paper for the browser: Y up to ${yMax.toLocaleString('en')} (paper: ${P.YMax.toLocaleString('en')}), ` +
    `D = ${c.D} (paper: ${P.Ds.join(', ')}), β = ${c.betas.join(', ')} (paper: ${P.betas.join(', ')}), ` +
    `${c.queryCount} queries per kind, ${retrieval}.`
  );
}
