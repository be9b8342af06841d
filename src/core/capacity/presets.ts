/**
 * One-click set-ups that reproduce the papers' figures (models.md §2.3, §9, §11). Each is a grid,
 * so the lab, `dam capacity --config` and a sharded batch run measure exactly the same points.
 */
import type { CriterionSpec, DataSpec, GridSpec, PointSpec } from './types';

export interface CapacityPreset {
  id: string;
  title: string;
  description: string;
  view: 'curve' | 'scaling' | 'separation';
  grid: GridSpec;
}

export const DEFAULT_DATA: DataSpec = {
  kind: 'uniform',
  N: 100,
  rho: 0,
  block: 10,
  dH: 0,
  base: 'uniform',
  classes: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
};

export const DEFAULT_CRITERION: CriterionSpec = {
  kind: 'fixed',
  eps: 0.01,
  flip: 0.1,
  hamming: 0,
  q: 0.5,
};

export const DEFAULT_POINT: PointSpec = {
  data: DEFAULT_DATA,
  model: { energy: 'polynomial', n: 3, beta: 1 },
  criterion: DEFAULT_CRITERION,
  trials: 20,
  seed: 1,
  kCap: 4096,
};

/** Minimum distances that constrain 64-bit pools (random pairs differ in 32 ± 4 bits). */
const SEPARATIONS = [14, 16, 18, 20, 22, 24];

const poly = (n: number) => ({ model: { energy: 'polynomial' as const, n } });

export const CAPACITY_PRESETS: readonly CapacityPreset[] = [
  {
    id: 'scaling',
    title: 'K_max against N (n = 2, 3, 4)',
    description:
      'Every stored pattern a fixed point, 20 trials of uniform random patterns: K_max grows like N^(n−1) (Krotov & Hopfield 2016, eq. 6).',
    view: 'scaling',
    grid: {
      base: DEFAULT_POINT,
      series: [
        { label: 'n = 2', set: poly(2), sweep: { N: [32, 45, 64, 91, 128] } },
        { label: 'n = 3', set: poly(3), sweep: { N: [32, 45, 64, 91, 128] } },
        { label: 'n = 4', set: poly(4), sweep: { N: [32, 45, 64] } },
      ],
    },
  },
  {
    id: 'curves',
    title: 'P(success) against K at N = 100',
    description:
      'The fraction of trials in which every stored pattern is a fixed point, for n = 2, 3 (20 trials) and 4 (5 trials) at N = 100: compare the crossings with eq. 6 (10.9, 362, 7 238).',
    view: 'curve',
    grid: {
      base: { ...DEFAULT_POINT, data: { ...DEFAULT_DATA, N: 100 }, kCap: 8192 },
      series: [
        { label: 'n = 2', set: poly(2), sweep: {} },
        { label: 'n = 3', set: poly(3), sweep: {} },
        { label: 'n = 4', set: { ...poly(4), trials: 5 }, sweep: {} },
      ],
    },
  },
  {
    id: 'classical',
    title: 'Classical retrieval at N = 500',
    description:
      'The classical network (n = 2) from patterns with 10% of bits flipped: retrieval to within 25 bits fails near K/N ≈ 0.14 (Amit, Gutfreund & Sompolinsky 1985).',
    view: 'curve',
    grid: {
      base: {
        ...DEFAULT_POINT,
        data: { ...DEFAULT_DATA, N: 500 },
        model: { energy: 'polynomial', n: 2, beta: 1 },
        criterion: { ...DEFAULT_CRITERION, kind: 'retrieve', flip: 0.1, hamming: 25, q: 0.5 },
        trials: 10,
        kCap: 400,
      },
      series: [{ label: 'n = 2, N = 500', sweep: {} }],
    },
  },
  {
    id: 'separation',
    title: 'log K_max against d_H for two ρ',
    description:
      'Patterns at least d_H bits apart, drawn with feature correlation ρ = 0 and 0.5: log K_max rises with separation and falls with correlation (Bielmeier & Friedland 2025).',
    view: 'separation',
    grid: {
      base: {
        ...DEFAULT_POINT,
        data: { ...DEFAULT_DATA, kind: 'separated', base: 'correlated', N: 64, block: 8 },
        trials: 10,
      },
      series: [
        { label: 'n = 2', set: poly(2), sweep: { rho: [0, 0.5], dH: SEPARATIONS } },
        { label: 'n = 3', set: poly(3), sweep: { rho: [0, 0.5], dH: SEPARATIONS } },
      ],
    },
  },
];
