/**
 * Shapes of the basin-of-attraction and energy-landscape computations (models.md §2, §4):
 * a 2-D slice of state space, a grid of starting states on it, and what each one converges to.
 */
import type { ModelSpec, UpdateMode, UpdateOrder } from '../dynamics/types';
import type { AttractorInfo } from './attractors';

/** Which plane of state space to slice. */
export type PlaneSpec =
  /** The plane through three stored memories (by index). */
  | { kind: 'memories'; a: number; b: number; c: number }
  /** The plane through two stored memories and the current cue. */
  | { kind: 'memories-cue'; a: number; b: number }
  /** Through the mean of the bank, spanned by its top two principal components. */
  | { kind: 'pca' };

/** A plane in R^N: point(x, y) = origin + x·u + y·v. */
export interface Plane {
  origin: Float64Array;
  u: Float64Array;
  v: Float64Array;
  /** The region shown, in plane coordinates. */
  extent: { x0: number; x1: number; y0: number; y1: number };
  /** Points worth marking (memories, cue), in plane coordinates. */
  marks: { label: string; x: number; y: number }[];
}

/**
 * What a probe converged to, one Int32 per cell:
 *   0 … K−1      retrieved memory k
 *   K … 2K−1     inverted memory k − K
 *   2K           mixture of memories
 *   2K + 1       spurious state
 *   2K + 2       did not converge within maxSteps
 */
export const outcomeMixture = (K: number) => 2 * K;
export const outcomeSpurious = (K: number) => 2 * K + 1;
export const outcomeUnconverged = (K: number) => 2 * K + 2;

export interface BasinRequest {
  spec: ModelSpec;
  plane: PlaneSpec;
  /** Cells per side: 64 … 512. */
  resolution: number;
  maxSteps: number;
  mode: UpdateMode;
  order: UpdateOrder;
  seed: number;
  /** The current cue (needed by 'memories-cue'), length N. */
  cue?: Float32Array;
}

/** One progressive pass: a full map at `resolution` cells per side (coarse passes first). */
export interface BasinPass {
  resolution: number;
  /** Outcome per cell, row-major, row 0 at y0. */
  outcome: Int32Array;
  /** Steps each probe took. */
  steps: Uint16Array;
  /** Energy of each cell's starting state (the landscape), same layout. */
  energy: Float64Array;
  /**
   * Which distinct mixture or spurious state each cell reached (an index into `attractors`), or
   * NO_ATTRACTOR (−1) for memories and unconverged probes; same layout (attractors.ts).
   */
  attractor: Int32Array;
  /** The distinct non-memory attractors found so far, by id. */
  attractors: AttractorInfo[];
  /** Share of the final map computed so far, 0 … 1. */
  progress: number;
  plane: Plane;
  elapsedMs: number;
}

/** Basin-size curve: P(retrieve k | fraction of bits flipped), seeded Monte Carlo. */
export interface BasinCurveRequest {
  spec: ModelSpec;
  /** Memories to probe (indices). */
  memories: number[];
  /** Flip fractions, e.g. 0, 0.05 … 0.5. */
  flips: number[];
  /** Trials per point, ≥ 200. */
  trials: number;
  maxSteps: number;
  mode: UpdateMode;
  order: UpdateOrder;
  seed: number;
}

export interface BasinCurve {
  memory: number;
  /** Success probability per flip fraction, with a 95% Wilson interval. */
  p: number[];
  lo: number[];
  hi: number[];
  /** Flip fraction where retrieval drops below 50% (interpolated); null if never. */
  radius: number | null;
}
