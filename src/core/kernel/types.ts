/**
 * Kernelized Hopfield models and U-Hop+ (Hu, Wu & Liu 2024; docs/models.md §7): the shapes the
 * core, the worker, the CLI and the lab share. Memories are Patterns (row-major M × D, Float64).
 * A linear feature map Φ(x) = W x + b has W row-major D_Φ × D.
 */
export type Normaliser = 'softmax' | 'entmax15' | 'sparsemax';
export const NORMALISERS: readonly Normaliser[] = ['softmax', 'entmax15', 'sparsemax'];

export interface LinearMap {
  D: number;
  dPhi: number;
  /** D_Φ × D, row-major. */
  W: Float64Array;
  /** D_Φ (zeros when the map has no bias). */
  b: Float64Array;
}

export type Optimiser = 'adam' | 'sgd';

/** One U-Hop+ training: full-batch gradient descent on the separation loss (§7.2). */
export interface UhopSpec {
  dPhi: number;
  /** Loss temperature τ. */
  tau: number;
  lr: number;
  /** Adam (β₁ 0.9, β₂ 0.999, ε 1e-8) or SGD with momentum 0.9. */
  optimiser: Optimiser;
  /** 0 … 500 gradient steps. */
  iterations: number;
  /** Seeds the Kaiming-normal W (std √(2/D)); b starts at 0. */
  seed: number;
  /** Whether b is learned (false: b stays 0). */
  bias: boolean;
}

/** The state after `iteration` steps (iteration 0: the initial map). */
export interface UhopStep {
  iteration: number;
  loss: number;
  /** Smallest angle between two memories' normalised features, degrees. */
  minAngleDeg: number;
}

export interface UhopTrace {
  /** iterations + 1 entries, 0 … iterations. */
  history: UhopStep[];
  /**
   * Per entry of history: the memories' normalised features, M × min(D_Φ, 3) row-major (the
   * first three coordinates; the sphere and circle views and the epoch scrubber read these).
   */
  points: Float64Array[];
  /** The map at iterations 0, every `snapshotEvery` and the last, for the scrubber. */
  snapshots: { iteration: number; map: LinearMap }[];
}

/** Kernelized retrieval x ← Ξᵀ normaliser(β Φ(Ξ) Φ(x)) repeated `iterations` times. */
export interface KhmSpec {
  beta: number;
  normaliser: Normaliser;
  iterations: number;
}

/** A basin map on a plane: the memory each grid cell's query reached. */
export interface KernelBasinCells {
  /** Cells per side. */
  R: number;
  /** R × R, row j (y) major: memory index reached (within tol), −1 when none. */
  labels: Int16Array;
  /** Per memory: share of cells that reached it. */
  share: Float64Array;
  /** Share of cells that reached any memory. */
  converged: number;
}

/** How many queries ended with a weight vector of support size k (entries above a threshold). */
export interface SupportHistogram {
  /** counts[k − 1] for k = 1 … maxK − 1; the last entry counts k ≥ maxK. */
  counts: number[];
  queries: number;
  /** Share of queries with support size 1 (a single memory: no metastable state). */
  single: number;
  /** Mean support size. */
  mean: number;
}
