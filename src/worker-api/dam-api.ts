/**
 * The one contract between the UI thread and the compute worker (types only).
 * Only plain data crosses: typed arrays, numbers, strings, small objects.
 * Buffers marked "transferred" are moved, not copied: the caller loses them.
 */
import type {
  BasinCurve,
  BasinCurveRequest,
  BasinPass,
  BasinRequest,
} from '../core/basins/basin-types';
import type { StepperConfig } from '../core/dynamics/stepper';
import type { DynamicsSpec, ModelSpec, Patterns, RetrievalTrace } from '../core/dynamics/types';

export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';
export type BackendPreference = BackendName | 'auto';

/** What happened when one backend was tried at start-up. */
export interface BackendProbe {
  name: BackendName;
  ok: boolean;
  /** Time to initialise the backend, ms. */
  startMs?: number;
  /** Median time of the calibration step (softmax, K=256, N=784, B=64), ms. */
  stepMs?: number;
  /** Why it failed or was skipped, or an adapter description. */
  note: string;
}

export interface BackendInfo {
  name: BackendName;
  /** A sentence for the badge: why this backend was chosen. */
  reason: string;
  probes: BackendProbe[];
}

export interface RetrieveRequest {
  runId: number;
  spec: ModelSpec;
  dynamics: DynamicsSpec;
  /** Starting state, length N (copied). */
  state: Float32Array;
  /** Snapshots recorded per step for animation (1 = one per sweep). */
  framesPerStep?: number;
}

export interface RetrieveResult extends RetrievalTrace {
  runId: number;
}

export interface BatchRequest {
  spec: ModelSpec;
  /** B starting states (transferred). Binary energies run synchronous updates. */
  states: Patterns;
  maxSteps: number;
}

export interface BatchResult {
  finals: Patterns;
  /** Steps each state took until it stopped changing (or maxSteps). */
  steps: Int32Array;
  /** 1 where the state stopped changing within maxSteps (0: still moving, e.g. a sync 2-cycle). */
  converged: Uint8Array;
  energies: Float64Array;
}

/** Starts a live, steppable trajectory on the current memory bank (see core/stepper.ts). */
export interface TrajectoryStart {
  /** Chosen by the caller; several trajectories may run side by side (compare mode). */
  id: number;
  config: StepperConfig;
  seed: number;
  /** Starting state, length N (copied). */
  state: Float32Array;
  /** 1 = neuron never updates. */
  clamp?: Uint8Array;
}

export interface TrajectoryAdvance {
  id: number;
  unit: 'neuron' | 'step';
  count: number;
  /** Record a frame every this many units (default: only the last). */
  frameEvery?: number;
  /** Stop early after this much compute time, ms (default 30). */
  maxMs?: number;
}

/** One recorded point of a live trajectory. */
export interface TrajectoryFrame {
  id: number;
  state: Float32Array;
  energy: number;
  /** Progress in steps (fractional inside an asynchronous sweep). */
  t: number;
  updates: number;
  converged: boolean;
  /** Neurons flipped since the previous frame. */
  flips: number;
  /** Cosine overlap with every memory. */
  overlaps: Float32Array;
  /** Softmax weights over memories (softmax only). */
  weights: Float32Array | null;
}

export interface DamWorkerApi {
  /** Picks a backend (or the one asked for) and reports the choice and every probe. */
  init(prefs: { backend: BackendPreference }): Promise<BackendInfo>;
  /** Replaces the memory bank (data transferred). Later calls use it until replaced. */
  setMemories(memories: Patterns, version: number): Promise<void>;
  /** Runs one state to convergence with the exact core (per-neuron dynamics). */
  retrieve(req: RetrieveRequest): Promise<RetrieveResult>;
  /** Runs many states at once on the tfjs backend. */
  retrieveBatch(req: BatchRequest): Promise<BatchResult>;
  /** Starts (or replaces) trajectory `id` and returns its first frame. */
  startTrajectory(req: TrajectoryStart): Promise<TrajectoryFrame>;
  /** Advances it; stops early at a fixed point or after maxMs. Frames in order, the last is current. */
  advanceTrajectory(req: TrajectoryAdvance): Promise<TrajectoryFrame[]>;
  /** New model, update mode or temperature from the next update on; returns the current frame. */
  configureTrajectory(id: number, config: Partial<StepperConfig>): Promise<TrajectoryFrame>;
  endTrajectory(id: number): Promise<void>;
  /**
   * Basin map on a plane, progressively (coarse passes first, each reported through `onPass`,
   * a comlink-proxied callback). Resolves with the finest pass; rejects with "cancelled" when
   * cancelBasin(id) or a newer basinMap arrives. Yields between chunks so other calls get through.
   */
  basinMap(req: BasinRequest, onPass: (pass: BasinPass) => void): Promise<BasinPass>;
  cancelBasin(id: number): Promise<void>;
  /** Basin-size curves by seeded Monte Carlo; progress as (done, total) trials. */
  basinCurves(
    req: BasinCurveRequest,
    onProgress: (done: number, total: number) => void,
  ): Promise<BasinCurve[]>;
  /** Liveness check for the client's watchdog: resolves with the memories version held. */
  ping(): Promise<number>;
}
