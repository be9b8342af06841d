/**
 * Sequential learning in the Krotov–Hopfield classifier (McAlister, Robins & Szymanski 2025;
 * docs/models.md §8.2–8.3): the shapes the core, the lab's worker, `dam train --tasks` and the lab
 * share. A sequence is 2–5 tasks cut from the fixed MNIST split (core/classifier/kh-split), each
 * trained for some epochs in turn by one method; after every epoch the classifier is scored on
 * every task's test digits, so forgetting can be read off.
 */
import type { KhOptions } from '../classifier/kh-model';

/**
 * - 'class': class-incremental — the ten digits cut into `tasks` consecutive groups
 *   ({0,1}, {2,3}, … for 5 tasks; {0–4}, {5–9} for 2), scored over all ten outputs;
 * - 'permuted': every task holds all ten classes with its pixels permuted by a seeded
 *   permutation (task 0 keeps the pixels as they are).
 */
export type TaskKind = 'class' | 'permuted';
export const TASK_KINDS: readonly TaskKind[] = ['class', 'permuted'];

export interface TaskSpec {
  kind: TaskKind;
  /** 2 … 5. */
  tasks: number;
  /** Training digits per class taken from the split (≤ 799 on the asset; the test set is full). */
  perClass: number;
  /** Seeds the permutations. */
  seed: number;
}

/** How a run keeps earlier tasks. */
export type SeqMethod = 'naive' | 'rehearsal' | 'pseudo' | 'ewc';
export const SEQ_METHODS: readonly SeqMethod[] = ['naive', 'rehearsal', 'pseudo', 'ewc'];

export interface MethodSpec {
  method: SeqMethod;
  /** rehearsal: stored examples from earlier tasks, kept class-balanced or drawn at random. */
  buffer: number;
  selection: 'balanced' | 'random';
  /** pseudo: items generated before each new task, and relaxation steps for each. */
  pseudoItems: number;
  pseudoSteps: number;
  /** ewc: penalty strength λ, and training digits the diagonal Fisher is estimated on. */
  lambda: number;
  fisherSamples: number;
}

/** One run of a sequential comparison. */
export interface SeqRunSpec {
  id: number;
  /** The classifier (D = 784, C = 10 filled in); its seed seeds memories and minibatch orders. */
  options: KhOptions;
  method: MethodSpec;
  /** Epochs per task. */
  epochs: number;
  /**
   * The authors' normalised DAM (§8.3): F((β/D) ξ·x) with β = 1/T and D = 794 neurons, i.e. the
   * options' T is read in units of 1/794 (the classifier trains at T·794).
   */
  normalised: boolean;
}

export interface SeqRequest {
  tasks: TaskSpec;
  /** 1 … 4 runs in lockstep on the same tasks (same data, same seed unless a run's options differ). */
  runs: SeqRunSpec[];
}

/** After one epoch of one run. */
export interface SeqEpochEvent {
  id: number;
  /** Task being trained (0-based) and the epoch within it (1-based). */
  task: number;
  epochInTask: number;
  /** Epochs done over the whole sequence. */
  epoch: number;
  /** Test accuracy on every task (length = tasks), in [0, 1]. */
  accuracy: number[];
  trainLoss: number;
  /** K × 794 memories after the epoch (a copy the receiver owns). */
  memories: Float32Array;
}

export interface SeqRunResult {
  id: number;
  /** R[i][j]: accuracy on task j after training task i (tasks × tasks). */
  matrix: number[][];
  /** Mean of the last row. */
  finalAccuracy: number;
  /** Mean over j < last of (best accuracy on j before the last task − final accuracy on j). */
  forgetting: number;
  /** Every epoch's accuracies, for the forgetting curves. */
  curve: { epoch: number; task: number; accuracy: number[] }[];
  /** Training time, ms (the minibatches alone). */
  ms: number;
}
