/**
 * The capacity lab's plain data (models.md §1, §2.3, §9, §11): how many seeded patterns a dense
 * associative memory holds under a named criterion, measured over trials. Everything here is
 * structured-clone data; it crosses the worker boundary and is the CLI's JSON.
 */
import type { ModelSpec } from '../dynamics/types';

/** Pattern generators. 'separated' rejects candidates of its `base` generator closer than dH. */
export type DataKind = 'uniform' | 'correlated' | 'separated' | 'mnist';

export interface DataSpec {
  kind: DataKind;
  /** Pattern length, 16–1024 (MNIST: always 784). */
  N: number;
  /** Correlated generator: latent-Gaussian correlation inside a block of features, 0–0.9. */
  rho: number;
  /** Features per correlation block (correlated generator), 2–N. */
  block: number;
  /** Separated: minimum pairwise Hamming distance, 0–N. */
  dH: number;
  /** Separated: the generator whose candidates are filtered. */
  base: 'uniform' | 'correlated';
  /** MNIST: digit classes to draw from (several = mixed); binarised at grey 0.5. */
  classes: number[];
}

/**
 * fixed: every stored pattern is a fixed point (no bit flips under the energy-difference rule;
 *   ties keep);
 * bits: the fraction of unstable bits over the stored patterns is at most eps;
 * retrieve: from each stored pattern with a fraction `flip` of bits flipped, asynchronous dynamics
 *   to convergence end within Hamming distance `hamming` of it, for at least a fraction q;
 * softmax (continuous energy only): one update from the noisy pattern lands within eps
 *   (root-mean-square per component) of it, for at least a fraction q.
 */
export type CriterionKind = 'fixed' | 'bits' | 'retrieve' | 'softmax';

export interface CriterionSpec {
  kind: CriterionKind;
  eps: number;
  flip: number;
  hamming: number;
  q: number;
}

/** One measured point: a dataset, a model and a criterion, over seeded trials. */
export interface PointSpec {
  data: DataSpec;
  model: ModelSpec;
  criterion: CriterionSpec;
  /** Independent trials (pools), 1–200. */
  trials: number;
  seed: number;
  /** Largest K tried (the pool is grown to at most this), 1–10000. */
  kCap: number;
}

export interface Quartiles {
  median: number;
  q1: number;
  q3: number;
}

export interface CurvePoint {
  K: number;
  /** Fraction of trials in which the criterion held at K. */
  pSuccess: number;
  /** 95% Wilson band. */
  lo: number;
  hi: number;
  /** Trials measured at this K. */
  trials: number;
}

export interface PoolReport {
  /** Patterns the generator produced, per trial (the separated generator may give up). */
  reached: number[];
  /** True when the separated generator gave up before kCap in some trial. */
  gaveUp: boolean;
}

export interface DatasetStats {
  /** Patterns the statistics were measured on. */
  count: number;
  /** Mean |off-diagonal Pearson correlation| between features. */
  meanAbsCorr: number;
  minHamming: number;
  meanHamming: number;
  /** Histogram of pairwise Hamming distances: bins of width `binWidth` from 0. */
  hist: number[];
  binWidth: number;
}

export interface PointResult {
  spec: PointSpec;
  /** Largest K at which the criterion held with every smaller K also holding, per trial. */
  kMaxTrials: number[];
  kMax: Quartiles;
  /** Trials whose K_max reached kCap or the pool size (a lower bound only). */
  censored: number;
  /** K at which P(success) crosses 0.5, interpolated in log K; null if it never does. */
  k50: number | null;
  curve: CurvePoint[];
  pool: PoolReport;
  stats: DatasetStats;
  /** How the search ran: 'scan' (every K, criteria fixed/bits) or 'bisect' (doubling, then bisection). */
  search: 'scan' | 'bisect';
}

/** The fields a grid may sweep. */
export type SweepKey = 'N' | 'n' | 'beta' | 'rho' | 'dH';

export interface PointPatch {
  data?: Partial<DataSpec>;
  model?: Partial<ModelSpec>;
  criterion?: Partial<CriterionSpec>;
  trials?: number;
  seed?: number;
  kCap?: number;
}

export interface SeriesSpec {
  label: string;
  set?: PointPatch;
  /** Values per swept field; a series is the cartesian product, in SWEEP_ORDER. */
  sweep: Partial<Record<SweepKey, number[]>>;
}

export interface GridSpec {
  base: PointSpec;
  series: SeriesSpec[];
}

/** One point of an expanded grid: its place, its series and its full spec. */
export interface GridPoint {
  index: number;
  series: string;
  spec: PointSpec;
}

/** A point's result as one JSON line of the CLI and one entry of a result file. */
export interface PointLine extends PointResult {
  index: number;
  series: string;
}

/** What `dam merge` writes and the lab opens. */
export interface ResultFile {
  format: 'dam-capacity';
  version: 1;
  grid: GridSpec;
  points: PointLine[];
}
