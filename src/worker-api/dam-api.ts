/**
 * The one contract between the UI thread and the compute worker (types only).
 * Only plain data crosses: typed arrays, numbers, strings, small objects.
 * Buffers marked "transferred" are moved, not copied: the caller loses them.
 */
import type { DynamicsSpec, ModelSpec, Patterns, RetrievalTrace } from '../core/types';

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

export interface DamWorkerApi {
  /** Picks a backend (or the one asked for) and reports the choice and every probe. */
  init(prefs: { backend: BackendPreference }): Promise<BackendInfo>;
  /** Replaces the memory bank (data transferred). Later calls use it until replaced. */
  setMemories(memories: Patterns, version: number): Promise<void>;
  /** Runs one state to convergence with the exact core (per-neuron dynamics). */
  retrieve(req: RetrieveRequest): Promise<RetrieveResult>;
  /** Runs many states at once on the tfjs backend. */
  retrieveBatch(req: BatchRequest): Promise<BatchResult>;
  /** Liveness check for the client's watchdog: resolves with the memories version held. */
  ping(): Promise<number>;
}
