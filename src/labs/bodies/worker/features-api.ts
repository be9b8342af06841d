/**
 * The random-features view's worker calls (types only): DrDAM against the exact MrDAM (Hoover
 * et al. 2024, models.md §6) on the 2-D toy (both landscapes and both descents from one cue),
 * the error-against-Y measurement (the core's runFeaturesExperiment, points as they come) and
 * MNIST inpainting with the top rows clamped.
 */
import type {
  FeaturesCurve,
  FeaturesExperimentSpec,
  FeaturesPoint,
  ProjectionKind,
} from '../../../core/features/experiment-types';
import type { FeatureMapKind } from '../../../core/features/feature-maps';

export interface RfToy {
  /** 2-D memories as x, y pairs. */
  memories: number[];
  cue: [number, number];
  /** The plane shown is [−extent, extent]². */
  extent: number;
  /** Landscape cells per side. */
  R: number;
}

export interface RfMnist {
  /** Digits stored (the first K of the MNIST bank, pixels/√D). */
  K: number;
  /** Which stored digit the cue is made from. */
  cue: number;
  /** Share of rows from the top that stay visible and clamped. */
  visible: number;
  logY: number;
  beta: number;
  alpha: number;
  steps: number;
}

/** What a map needs besides its scene: the map, Y, β and the seed of S. */
export interface RfMapChoice {
  map: FeatureMapKind;
  projection: ProjectionKind;
  Y: number;
  beta: number;
  seed: number;
}

export interface RfToyRequest extends RfMapChoice {
  alpha: number;
  steps: number;
  toy: RfToy;
}

/** One descent: states (D numbers per frame) and energies per recorded frame. */
export interface RfDescent {
  states: Float64Array;
  energy: Float64Array;
}

export interface RfToyResult {
  Y: number;
  K: number;
  /** Weights of the distributed memory (2Y for SinCos) and of the exact one (K·D). */
  params: number;
  exactParams: number;
  /** How T came to be: built from all memories, or one φ(ξ) added to or subtracted from T. */
  update: 'built' | 'added' | 'removed' | 'kept';
  grid: { R: number; lo: number; hi: number; exact: Float64Array; distributed: Float64Array };
  /** Mean |Ẽ − E| over the landscape's cells (finite on both) and at the memories. */
  gridError: number;
  memoryError: number;
  every: number;
  exact: RfDescent;
  distributed: RfDescent;
  /** ‖x_MrDAM − x_DrDAM‖ per recorded frame. */
  distance: Float64Array;
  ms: number;
}

export interface RfMnistRequest {
  map: FeatureMapKind;
  projection: ProjectionKind;
  seed: number;
  mnist: RfMnist;
}

export interface RfMnistResult {
  D: number;
  K: number;
  Y: number;
  params: number;
  exactParams: number;
  /** Image side (28) and the clamped rows from the top. */
  side: number;
  clampedRows: number;
  /** The cue (its bottom rows blanked), pixels/√D. */
  cue: Float64Array;
  target: Float64Array;
  every: number;
  exact: RfDescent;
  distributed: RfDescent;
  /** ‖x_MrDAM − x_DrDAM‖ at the end, and each one's distance to the stored digit. */
  finalDistance: number;
  exactToTarget: number;
  distributedToTarget: number;
  /** Where the batched descent ran (the tfjs backend), or 'loops'. */
  backend: string;
  ms: number;
}

/** The error against Y on the 2-D toy's own memories (not binary patterns). */
/** The curve on the 2-D toy: the experiment's sweep (queryCount: random queries on the plane; stored and near take one per memory) over the toy's memories. */
export type RfToyCurveSpec = Pick<
  FeaturesExperimentSpec,
  'betas' | 'Ys' | 'map' | 'projection' | 'queries' | 'queryCount' | 'seed'
> & {
  memories: number[];
  extent: number;
};

export type RfCurveRequest =
  { kind: 'quant1b'; spec: FeaturesExperimentSpec } | { kind: 'toy'; spec: RfToyCurveSpec };

export interface RfCurveResult {
  kind: RfCurveRequest['kind'];
  points: FeaturesPoint[];
  curves: FeaturesCurve[];
  baselines: { beta: number; randomGuess: number }[];
  /** The largest Y the map allows for the curve's D. */
  maxY: number;
  ms: number;
  /** What built T: the tfjs backend's name, or 'loops'. */
  builtBy: string;
  /** The projection the curve used, and the bytes its map holds at the largest Y (FeatureMap.bytes). */
  projection: ProjectionKind;
  mapBytes: number;
}

export interface RfBenchRequest {
  /** Building T: K memories of dimension D, Y features. */
  build: { K: number; D: number; Y: number };
  /** One gradient step of one state: dimension D, Y features (K memories in T). */
  step: { K: number; D: number; Y: number; repeats: number };
  seed: number;
}

export interface RfBenchResult {
  backend: string;
  /** buildTfT's time, S drawn beforehand (drawMs), and the core's loop for the same T. */
  build: { ms: number; drawMs: number; coreMs: number | null };
  /**
   * Median and least of `repeats` gradients of one state (energyAndGradient, B = 1: the work of
   * one step), the per-step time inside a 10-step descend, and the upload of S and T.
   */
  step: { medianMs: number; minMs: number; inDescentMs: number; uploadMs: number };
}

export type RfProgress = (done: number, total: number) => void;
export type RfPoints = (points: FeaturesPoint[], done: number, total: number) => void;

export interface FeaturesRoomApi {
  /** Both landscapes and both descents on the 2-D toy; T is updated, not rebuilt, by one memory. */
  rfToy(req: RfToyRequest, onProgress: RfProgress): Promise<RfToyResult>;
  /** The error against Y (runFeaturesExperiment with the engine's T), points as each (β, Y) ends. */
  rfCurve(req: RfCurveRequest, onPoints: RfPoints): Promise<RfCurveResult>;
  /** MNIST inpainting by both memories from one cue. */
  rfMnist(req: RfMnistRequest, onProgress: RfProgress): Promise<RfMnistResult>;
  /** Times of the tfjs engine inside the worker (building T, one gradient step), for the bench. */
  rfBench(req: RfBenchRequest): Promise<RfBenchResult>;
}
