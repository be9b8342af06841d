/**
 * The studio's worker room (types only): live trajectories for its lanes, plus whole runs of
 * one state (exact core) or of many states at once (tfjs).
 */
import type {
  DynamicsSpec,
  ModelSpec,
  Patterns,
  RetrievalTrace,
} from '../../../core/dynamics/types';
import type { TrajectoryApi } from '../../../worker-api/trajectory';

export const STUDIO_ROOM = 'studio';

export interface RetrieveRequest {
  spec: ModelSpec;
  dynamics: DynamicsSpec;
  /** Starting state, length N (copied). */
  state: Float32Array;
  /** Snapshots recorded per step for animation (1 = one per sweep). */
  framesPerStep?: number;
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

export interface StudioRoomApi extends TrajectoryApi {
  /** Runs one state to convergence with the exact core (per-neuron dynamics). */
  retrieve(req: RetrieveRequest): Promise<RetrievalTrace>;
  /** Runs many states at once on the tfjs backend. */
  retrieveBatch(req: BatchRequest): Promise<BatchResult>;
}
