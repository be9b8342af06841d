/**
 * Plain, cloneable data shapes shared by the core, the tfjs engine, the worker and the UI.
 * Everything here crosses the worker boundary by structured clone, so: typed arrays, numbers,
 * strings and small objects only.
 */

/** Energies over binary states σ ∈ {−1,+1}^N: E(σ) = −Σ_μ F(ξ^μ·σ). */
export type BinaryEnergy = 'polynomial' | 'rectified' | 'exponential';
/** All energy families; 'softmax' is the continuous modern Hopfield network (Ramsauer et al.). */
export type EnergyKind = BinaryEnergy | 'softmax';

/**
 * A model: the energy family with its interaction power n (polynomial, rectified) and inverse
 * temperature β (exponential: F(x) = exp(βx); softmax: x ← Ξᵀ softmax(βΞx)).
 */
export interface ModelSpec {
  energy: EnergyKind;
  /** Interaction power, an integer in [2, 60]. Ignored by 'exponential' and 'softmax'. */
  n: number;
  /** Inverse temperature in [1e-3, 1e3]. Ignored by 'polynomial' and 'rectified'. */
  beta: number;
}

/**
 * K patterns of dimension N, row-major: pattern μ is data[μN … μN+N).
 * Float32Array in the app and worker; the CLI passes Float64Array so continuous inputs keep
 * every digit. The core reads either.
 */
export interface Patterns {
  count: number;
  dim: number;
  data: Float32Array | Float64Array;
}

export type UpdateMode = 'async' | 'sync';
export type UpdateOrder = 'sequential' | 'random';

/**
 * How to run binary dynamics. One step is one sweep over all N neurons (async) or one
 * simultaneous update of all neurons (sync); for softmax one step is one update of the state.
 */
export interface DynamicsSpec {
  mode: UpdateMode;
  order: UpdateOrder;
  seed: number;
  maxSteps: number;
}

/** A recorded point of a trajectory, for animation. */
export interface Frame {
  /** Progress in steps; fractional inside an asynchronous sweep (neuron updates / N). */
  t: number;
  energy: number;
  state: Float32Array;
}

export interface RetrievalTrace {
  final: Float32Array;
  /** True when a whole step changed nothing (binary) or moved the state by less than the tolerance (softmax). */
  converged: boolean;
  steps: number;
  /** Energy of the starting state. */
  initialEnergy: number;
  /** Energy after each step, one per step. */
  energies: number[];
  /** Neurons flipped in each step (binary); 0 for softmax. */
  flips: number[];
  /** Snapshots for animation, including the start (t = 0) and the end. */
  frames: Frame[];
}

/** What a final state is, relative to the stored memories. */
export type Verdict =
  | { kind: 'retrieved'; memory: number; overlap: number }
  | { kind: 'inverted'; memory: number; overlap: number }
  | { kind: 'mixture'; memories: number[]; overlaps: number[] }
  | { kind: 'spurious'; nearest: number; overlap: number };
