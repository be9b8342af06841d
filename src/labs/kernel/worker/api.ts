/**
 * The kernel lab's worker room (types only): U-Hop+ training of a linear feature map on tfjs,
 * and what the lab shows with the raw and the learned map side by side (basin maps on a plane,
 * 2-D energy contours, the MNIST metastable table). Every call carries the whole set-up; the room
 * keeps the last trainings by set-up (seeded, so any of them can be rebuilt), so a basin map or a
 * table after a training does not train again.
 */
import type { Plane } from '../../../core/basins/basin-types';
import type {
  KernelBasinCells,
  KhmSpec,
  Normaliser,
  SupportHistogram,
  UhopSpec,
  UhopStep,
} from '../../../core/kernel/types';
import type { Progress } from '../../../worker-api/progress';

export const KERNEL_ROOM = 'kernel';

export type { Progress };

/**
 * Where the memories come from:
 *  - 'gaussian': M points ~ N(0, I) in R^D (seeded), as the paper's synthetic runs;
 *  - 'circle': M unit memories in the plane (D = 2) at seeded random angles, the 2-D toy;
 *  - 'mnist': the first M training digits of the fixed split (core/classifier/kh-split), D = 784,
 *    pixels in [−1, 1], classes taken in turn (0, 1, …, 9, 0, …).
 * `sphere`: each memory scaled to unit length before use (the paper's synthetic runs do).
 */
export interface KernelMemoriesSpec {
  source: 'gaussian' | 'circle' | 'mnist';
  M: number;
  /** Used by 'gaussian' only ('circle' is 2, 'mnist' 784). */
  D: number;
  sphere: boolean;
  seed: number;
}

/** A training is its memories and its U-Hop+ set-up. */
export interface KernelTrainingSpec {
  memories: KernelMemoriesSpec;
  uhop: UhopSpec;
}

export interface KernelMemories {
  M: number;
  D: number;
  /** M × D row-major. */
  data: Float64Array;
  /** MNIST classes, or null. */
  labels: number[] | null;
}

export interface KernelTrainProgress {
  step: UhopStep;
  /** The memories' normalised features now: M × min(D_Φ, 3) row-major. */
  points: Float64Array;
  done: number;
  total: number;
}

export interface KernelTrainResult {
  spec: KernelTrainingSpec;
  memories: KernelMemories;
  /**
   * history and points per iteration (core/kernel/types UhopTrace). The map snapshots stay in the
   * room (the contours read them): at M = 100 MNIST, D_Φ = 200 they are 64 MB, whose copy to the
   * page blocked its main thread for 200 ms.
   */
  history: UhopStep[];
  points: Float64Array[];
  /** Pairwise cosine similarities of the normalised features, M × M, before and after. */
  similarityBefore: Float64Array;
  similarityAfter: Float64Array;
  /** The Tammes optimum for M points on S^(D_Φ−1) when known (D_Φ = 2 or 3), degrees. */
  tammesDeg: number | null;
  /** Proposition 3.1 bounds on the minimum separation, as angles in degrees (null if D_Φ < 2). */
  boundsDeg: { lower: number; upper: number } | null;
  /** The tfjs backend the training ran on, or 'core' when it ran in the core's loops. */
  backend: string;
  ms: number;
}

/** A basin map with the raw (identity, or the initial map) and the learned Φ on the same plane. */
export interface KernelBasinRequest {
  training: KernelTrainingSpec;
  /**
   * 'memories': the plane through memories a, b, c (core/basins/basin-plane makePlane);
   * 'identity': the memories' own plane (D = 2 only, the 2-D toy), extent ±`extent`.
   */
  plane:
    { kind: 'identity'; extent: number } | { kind: 'memories'; a: number; b: number; c: number };
  /** Cells per side, 8 … 160. */
  R: number;
  khm: KhmSpec;
  /** A query has converged to memory μ when ‖x − ξ_μ‖ ≤ tol. */
  tol: number;
  /** 'identity': Φ(x) = x before training (the studio's softmax model); 'initial': the seeded W₀. */
  raw: 'identity' | 'initial';
  /**
   * 'memory': the KHM as models.md §7.1 gives it (similarities in feature space, the state in
   * memory space). 'feature': the paper's Fig. 2 — plain retrieval among the normalised features
   * Φ̂(ξ), queries on the feature plane (the 2-D toy with D_Φ = 2 only). Default 'memory'.
   */
  space?: 'memory' | 'feature';
}

export interface KernelBasinResult {
  plane: Plane;
  /** The memories projected on the plane: for 'feature', the raw Φ's normalised features. */
  marks: { x: number; y: number }[];
  /** The memories the after map retrieves: `marks` in memory space, the learned Φ̂(ξ) in feature space. */
  marksAfter: { x: number; y: number }[];
  before: KernelBasinCells;
  after: KernelBasinCells;
  ms: number;
}

/** Energy E(x) = ½𝒦(x,x) − lse(β, 𝒦(Ξ, x)) on the 2-D toy's plane after given iterations. */
export interface KernelContourRequest {
  training: KernelTrainingSpec;
  /** Iteration counts to show (each ≤ training.uhop.iterations), e.g. [0, 1, 2, 5]. */
  at: number[];
  extent: number;
  /** Cells per side, 8 … 160. */
  R: number;
  beta: number;
}

export interface KernelContourResult {
  R: number;
  extent: number;
  /** Per entry of `at`: R × R energies (row j major). */
  grids: { iteration: number; energy: Float64Array }[];
  ms: number;
}

/**
 * MNIST test digits as queries against the training's memories: the support size of the final
 * weight vector with the raw and the learned Φ, per normaliser.
 */
export interface KernelMetastableRequest {
  training: KernelTrainingSpec;
  /** Test digits used as queries (the first of the fixed split's test set), 1 … 2004. */
  queries: number;
  khm: Omit<KhmSpec, 'normaliser'>;
  normalisers: Normaliser[];
  /** Entries above this count toward the support (the paper: 0.01 for softmax). */
  threshold: number;
  /** Support sizes from 1 to maxK − 1, then "maxK or more". */
  maxK: number;
  raw: 'identity' | 'initial';
}

export interface KernelMetastableRow {
  normaliser: Normaliser;
  phi: 'raw' | 'learned';
  histogram: SupportHistogram;
}

export interface KernelMetastableResult {
  rows: KernelMetastableRow[];
  queries: number;
  M: number;
  /**
   * The memories' mean squared feature length ‖Φ(ξ)‖² with the raw and the learned Φ. The
   * separation loss ignores length, but the retrieval's β multiplies it: a learned map that grew
   * sharpens every normaliser by itself, whatever it did to the angles.
   */
  featureSq: { raw: number; learned: number };
  backend: string;
  ms: number;
}

export interface KernelRoomApi {
  /** Trains (or returns the kept training of) `spec`, reporting every iteration. */
  kernelTrain(
    spec: KernelTrainingSpec,
    onProgress: (p: KernelTrainProgress) => void,
  ): Promise<KernelTrainResult>;
  /** Holds the running training after its current iteration; resume continues it exactly. */
  kernelPause(): Promise<void>;
  kernelResume(): Promise<void>;
  kernelBasins(req: KernelBasinRequest, onProgress: Progress): Promise<KernelBasinResult>;
  kernelContours(req: KernelContourRequest): Promise<KernelContourResult>;
  kernelMetastable(
    req: KernelMetastableRequest,
    onProgress: Progress,
  ): Promise<KernelMetastableResult>;
}
