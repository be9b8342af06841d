/**
 * The settings every census classifier shares (issue 12 §4): the features (how many quantiles of
 * the sorted energy profile, normalised or not) and the training (epochs, step, ridge, seed).
 * The CLI, the share link and the lab's form read them through src/schema/census-classifier.ts.
 */

export interface ClassifierOptions {
  /** Divide each energy profile by its max |e_i| before resampling. */
  normalise: boolean;
  /** Quantiles of the sorted profile kept as features (tasks of different N share them). */
  L: number;
  /** Hidden units of the dense network. */
  hidden: number;
  /** Passes over the training rows (Newton steps at most for the logistic model). */
  epochs: number;
  /** Adam's step for the dense network. */
  lr: number;
  /** Ridge weight λ on the weights (not the biases) of every model, on the mean loss. */
  l2: number;
  seed: number;
  /**
   * What a mixture state is to the classifiers: one of the "other" states (our five classes), or
   * spurious, as in the paper's three classes (learned, prototype, spurious).
   */
  mixtures: 'other' | 'spurious';
}

export const DEFAULT_CLASSIFIER: Readonly<ClassifierOptions> = Object.freeze({
  normalise: true,
  L: 32,
  hidden: 16,
  epochs: 200,
  lr: 0.02,
  l2: 1e-3,
  seed: 1,
  mixtures: 'other',
});

/** Inclusive ranges of the numeric settings (L, hidden, epochs are whole numbers). */
export const CLASSIFIER_LIMITS = {
  L: { min: 4, max: 256 },
  hidden: { min: 2, max: 128 },
  epochs: { min: 1, max: 2000 },
  lr: { min: 1e-5, max: 1 },
  l2: { min: 0, max: 1 },
} as const;
