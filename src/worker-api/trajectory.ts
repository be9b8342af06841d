/**
 * Live, steppable trajectories (core/dynamics/stepper.ts) held in the worker: the studio's lanes
 * and the basins view's probes each keep their own (types only).
 */
import type { StepperConfig } from '../core/dynamics/stepper';

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

/** The trajectory methods a room offers (each room holds its own set of trajectories). */
export interface TrajectoryApi {
  /** Starts (or replaces) trajectory `id` on the current memories; returns its first frame. */
  startTrajectory(req: TrajectoryStart): Promise<TrajectoryFrame>;
  /** Advances it; stops early at a fixed point or after maxMs. Frames in order, the last is current. */
  advanceTrajectory(req: TrajectoryAdvance): Promise<TrajectoryFrame[]>;
  /** New model, update mode or temperature from the next update on; returns the current frame. */
  configureTrajectory(id: number, config: Partial<StepperConfig>): Promise<TrajectoryFrame>;
  endTrajectory(id: number): Promise<void>;
}
