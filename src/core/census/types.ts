/**
 * The state census (McAlister, Robins & Szymanski; models.md §8.1): the shapes shared by the
 * core, the census worker room, the CLI and the lab's UI. Plain, cloneable data only.
 *
 * A prototype task draws P prototypes, E noisy examples of each and optional non-examples; a
 * network is trained on the examples (classical Hebbian, or a dense polynomial / rectified energy
 * with the examples as memories); seeded probes relax to fixed points; the distinct stable states
 * are catalogued with their basin share and energy and classified.
 */

/** Random ±1 prototypes of N = side² bits, E examples each, every bit flipped with probability p. */
export interface RandomTaskSpec {
  kind: 'random';
  /** N = side², side 5–20 (N 25–400), so every state draws as a square image. */
  side: number;
  /** Prototypes, 1–40. */
  P: number;
  /** Examples per prototype, 1–100. */
  E: number;
  /** Probability of flipping each bit of a prototype to make an example, 0–0.5. */
  p: number;
  /** Random ±1 states trained alongside the examples ("non-examples"), 0–200. */
  nonExamples: number;
  seed: number;
}

/** Binarised MNIST digits as examples; each class's sign-of-mean is its prototype. */
export interface MnistTaskSpec {
  kind: 'mnist';
  /** 28 (N = 784) or 14 (2×2 mean-pooled, N = 196). */
  side: 14 | 28;
  /** Distinct classes 0–9, 1–10 of them; P = digits.length. */
  digits: number[];
  /** Examples per class, 1–100, a seeded pick among the asset's digits of that class. */
  E: number;
  nonExamples: number;
  seed: number;
}

export type TaskSpec = RandomTaskSpec | MnistTaskSpec;

/**
 * hebbian: w = (1/N) Σ x xᵀ over the examples, zero diagonal (E = −½ σᵀWσ).
 * polynomial / rectified: E = −Σ_μ F(x^μ·σ) with F(m) = m^n or max(m, 0)^n, the examples as
 * memories (the studio's energies), computed scaled by N^−n so n up to 60 never overflows.
 */
export type NetworkKind = 'hebbian' | 'polynomial' | 'rectified';

export interface NetworkSpec {
  kind: NetworkKind;
  /** Interaction power 2–60 (polynomial, rectified); ignored by hebbian. */
  n: number;
}

/** Where the probes start. random + examples + prototypes ≤ 100,000 and ≥ 1. */
export interface ProbeSpec {
  /** Uniform random ±1 states. */
  random: number;
  /** Training examples (cycled through in order), each with `noise` flips. */
  examples: number;
  /** Generating prototypes (cycled through in order), each with `noise` flips. */
  prototypes: number;
  /** Bit-flip probability applied to example and prototype probes, 0–0.5. */
  noise: number;
  seed: number;
}

export interface CensusSpec {
  task: TaskSpec;
  network: NetworkSpec;
  probes: ProbeSpec;
}

/** A realised task. */
export interface Task {
  side: number;
  N: number;
  P: number;
  /** K × N ±1 training states: the examples, grouped by prototype, then the non-examples. */
  examples: Int8Array;
  K: number;
  /** Group (prototype index) of each training state; −1 for a non-example. */
  groupOf: Int16Array;
  /** P × N generating prototypes (MNIST: sign of the class mean over all the asset's digits). */
  prototypes: Int8Array;
  /** P × N majority vote of each group's examples (a tie gives +1). */
  centroids: Int8Array;
  /** One name per group: 'P1' … for random tasks, the digit for MNIST. */
  labels: string[];
}

export type StateClass = 'learned' | 'prototype' | 'inverted' | 'mixture' | 'spurious';
export const STATE_CLASSES: readonly StateClass[] = [
  'learned',
  'prototype',
  'inverted',
  'mixture',
  'spurious',
];

/** A named stored state: a training state (example or non-example) or a group's prototype. */
export interface Named {
  kind: 'example' | 'prototype';
  index: number;
}

/**
 * Why a state got its class. Matching uses the studio's thresholds: the same state when the
 * overlap is ≥ 0.99 (RETRIEVED_OVERLAP), a mixture when sign(±a ± b ± c …) of 3 or 5 prototypes
 * matches with cosine ≥ 0.95 (MIXTURE_OVERLAP). A prototype matches its group's centroid or its
 * generating prototype. Learned is tested first (a presented state is learned even when it is
 * also the prototype).
 */
export type StateDetail =
  | { cls: 'learned'; example: number; overlap: number }
  | { cls: 'prototype'; group: number; overlap: number }
  | { cls: 'inverted'; of: Named; overlap: number }
  | { cls: 'mixture'; components: { group: number; sign: 1 | -1 }[]; score: number }
  | { cls: 'spurious'; nearest: Named; overlap: number };

export interface ClassStats {
  /** Distinct stable states of the class. */
  states: number;
  /** Probes that ended in a state of the class. */
  probes: number;
  /** Share of the catalogued converged probes (basin share of the class), 0–1. */
  share: number;
  /** Stability ratio over the class's distinct states (null when it has none). */
  sr: { mean: number; std: number; min: number; max: number } | null;
  /** Energy over the class's distinct states (null when it has none). */
  energy: { min: number; max: number } | null;
}

export interface CensusResult {
  spec: CensusSpec;
  N: number;
  side: number;
  /** Distinct stable states S, ordered by hits (descending), then by first arrival. */
  states: number;
  /** S × N ±1 states. */
  bits: Int8Array;
  /** Class of each state, an index into STATE_CLASSES. */
  cls: Uint8Array;
  /** Probes that ended in each state. */
  hits: Int32Array;
  /** S × 3 probes per state by source: random, example, prototype. */
  hitsBySource: Int32Array;
  /** Energy of each state (hebbian: −½σᵀWσ; dense: −Σ F(m)/N^n). */
  energy: Float64Array;
  /** Stability ratio min|e_i| / max|e_i| of each state (0 when every e_i is 0). */
  sr: Float64Array;
  details: StateDetail[];
  probes: {
    total: number;
    random: number;
    examples: number;
    prototypes: number;
    /** Probes that had not settled after MAX_SWEEPS sweeps (not catalogued). */
    unconverged: number;
    /** Converged probes whose state was new after MAX_STATES distinct states (counted, not kept). */
    uncatalogued: number;
    /** Mean sweeps to settle over converged probes. */
    meanSweeps: number;
  };
  byClass: Record<StateClass, ClassStats>;
  /** ROC AUC of SR, spurious (low SR) against prototype states; null if either is empty. */
  srAuc: number | null;
  /** ROC AUC of SR, spurious against every other class; null if either side is empty. */
  srAucRest: number | null;
  /** Wall time of the census, ms. */
  ms: number;
}

/** A ROC curve: points from (0, 0) to (1, 1), ascending in fpr, and the area under it. */
export interface Roc {
  fpr: Float64Array;
  tpr: Float64Array;
  auc: number;
}

/** Progress, cancel and the worker's breathing space, for every long computation. */
export interface CensusHooks {
  signal?: { readonly aborted: boolean; readonly reason?: unknown };
  /** Called every chunk (about 20 ms of work) with work done and total, in probes or trials. */
  onProgress?: (done: number, total: number) => void;
  /** Awaited between chunks so the worker reads its messages (a cancel). */
  pause?: () => Promise<void>;
}

/** The phase map of §5 of the issue: P(a prototype is stable) over (E, p). */
export interface PhaseSpec {
  side: number;
  P: number;
  /** Example counts, 1–100 each, at most 16 values. */
  Es: number[];
  /** Flip probabilities, 0–0.5 each, at most 16 values. */
  ps: number[];
  /** Seeded tasks per cell, 1–200. */
  trials: number;
  network: NetworkSpec;
  seed: number;
}

export interface PhaseCell {
  E: number;
  p: number;
  /** Generating prototypes that were fixed points, over every trial. */
  stable: number;
  /** P × trials. */
  total: number;
  /** Our Gaussian signal-to-noise estimate for the hebbian network (null for dense ones). */
  theory: number | null;
}

export interface PhaseResult {
  spec: PhaseSpec;
  cells: PhaseCell[];
  ms: number;
}

/** The classifiers' data: one row per distinct stable state. */
export interface ProfileSet {
  /** Features per row: the sorted energy profile resampled to L quantiles. */
  L: number;
  count: number;
  /** count × L. */
  x: Float64Array;
  /** 1 = spurious, 0 = any other class. */
  y: Uint8Array;
  /** Stability ratio per row (the baseline's score). */
  sr: Float64Array;
  /** Whether each profile was divided by its max |e_i|. */
  normalised: boolean;
}

export type ModelKind = 'sr' | 'logistic' | 'svm' | 'mlp';
export const MODEL_KINDS: readonly ModelKind[] = ['sr', 'logistic', 'svm', 'mlp'];

/** Standardisation fitted on the training rows: z = (x − mean) / scale. */
export interface Standardise {
  mean: Float64Array;
  scale: Float64Array;
}

export type CensusModel =
  | { kind: 'sr'; threshold: number }
  | { kind: 'logistic' | 'svm'; std: Standardise; w: Float64Array; b: number }
  | {
      kind: 'mlp';
      std: Standardise;
      hidden: number;
      /** hidden × L. */
      w1: Float64Array;
      b1: Float64Array;
      w2: Float64Array;
      b2: number;
    };

export interface Scores {
  accuracy: number;
  balancedAccuracy: number;
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export interface ModelRow {
  kind: ModelKind;
  train: Scores;
  test: Scores;
  /** ROC AUC on the test rows (SR: lower is spurious; the others: their decision value). */
  auc: number | null;
}
