/**
 * Shapes of the DrDAM-vs-MrDAM measurement (Hoover et al. 2024, docs/models.md §6.5 QUANT1b):
 * for each β and Y, how far the distributed energy Ẽ(x; T) is from the exact E_β(x; Ξ) on
 * queries at the memories, near them (a share of bits flipped) and random, and — optionally —
 * whether gradient descent on both reaches the same binarised fixed point.
 *
 * The code is runFeaturesExperiment (experiment.ts); the CLI `dam features`, the lab's worker
 * room and the bench run it.
 */
import type { AbortLike } from '../util/abort';
import type { FeatureMapKind, FeatureMapSpec, ProjectionKind } from './feature-maps';

export type QueryKind = 'stored' | 'near' | 'random';
/** How S is drawn: dense i.i.d. Gaussian (Y·D floats) or structured Hadamard blocks (O(Y)). */
export type { ProjectionKind } from './feature-maps';

export interface FeaturesExperimentSpec {
  /** Pattern dimension. */
  D: number;
  /** Number of memories (unique random {0,1}^D/√D patterns, as in QUANT1b). */
  K: number;
  betas: number[];
  /** Feature counts, each ≥ 1; sorted ascending by the caller or not, points follow this order. */
  Ys: number[];
  map: FeatureMapKind;
  projection: ProjectionKind;
  queries: QueryKind[];
  /** Queries per kind ('stored' uses the first min(queryCount, K) memories). */
  queryCount: number;
  /** Share of bits flipped for 'near' queries (QUANT1b: 0.1). */
  nearFlip: number;
  /**
   * Gradient descent on both energies from each query, then binarise at 0.5/√D; null = skip.
   * tol: stop each descent once α·max|∂E/∂x_i| < tol (converged), steps being the most.
   */
  retrieval: { alpha: number; steps: number; queries: number; tol?: number } | null;
  seed: number;
}

export interface FeaturesPoint {
  beta: number;
  Y: number;
  query: QueryKind;
  /** Mean |Ẽ − E| over the queries, and its standard error. */
  energyMAE: number;
  energySEM: number;
  /** Mean ‖∇Ẽ − ∇E‖₁ / D over the queries. */
  gradMAE: number;
  /** Mean Hamming distance / √D between the binarised fixed points (retrieval only). */
  retrievalHamming?: number;
  /** Share of retrieval queries whose binarised fixed points are identical (retrieval only). */
  retrievalAgree?: number;
  /** Mean steps the DrDAM descents took (below retrieval.steps when tol stopped them). */
  retrievalSteps?: number;
  /**
   * The exact (MrDAM) fixed points, the same at every Y of this β: mean Hamming/√D from the
   * binarised fixed point to its nearest memory (0 = a stored pattern was retrieved, more = a
   * mixture), and the mean over queries of min_i |x_i − 0.5/√D|·√D, the margin by which its
   * closest coordinate clears the threshold in bit units (DrDAM must be that precise to agree).
   */
  retrievalExactToMemory?: number;
  retrievalMargin?: number;
}

export interface FeaturesCurve {
  beta: number;
  query: QueryKind;
  /** Least-squares slope of log energyMAE against log Y (NaN-free: null with < 2 usable points). */
  slope: number | null;
  /** Intercept of the same fit (log energyMAE at log Y = 0). */
  intercept: number | null;
}

export interface FeaturesExperimentResult {
  spec: FeaturesExperimentSpec;
  points: FeaturesPoint[];
  curves: FeaturesCurve[];
  /** Per β: the paper's "random guess" baseline, mean |E(memories) − Ẽ(random queries)|. */
  baselines: { beta: number; randomGuess: number }[];
  /** The largest Y the chosen projection allows for this D: MAX_FEATURE_ENTRIES / D (gaussian), MAX_HADAMARD_Y (hadamard); maxYFor. */
  maxY: number;
  ms: number;
}

export interface FeaturesExperimentHooks {
  signal?: AbortLike;
  /** After each (β, Y) with all its query kinds: done of total (β, Y) pairs. */
  onPoints?: (points: FeaturesPoint[], done: number, total: number) => void;
  /**
   * Builds T = Σ φ(ξ^μ) faster (the worker passes the tfjs engine); the core's own loop when
   * absent. Must return a Float64Array of length map.outputSize.
   */
  buildT?: (spec: FeatureMapSpec, memories: Float64Array, K: number) => Float64Array;
}
