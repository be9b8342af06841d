/**
 * The census's accuracy table: the SR threshold baseline, logistic regression, the linear SVM
 * and the dense network, each trained on one set and scored on another (train on one task, test
 * on another), with each model's test ROC from its decision values.
 */
import { roc } from '../roc';
import type { CensusModel, ModelRow, ProfileSet, Roc } from '../types';
import { decisions, modelRow } from './evaluate';
import { trainLogistic, type LinearModel } from './logistic';
import { trainMlp as trainCoreMlp, type MlpModel } from './mlp';
import type { ClassifierOptions } from './options';
import { trainSrThreshold } from './sr-threshold';
import { trainSvm } from './svm';

export type MlpTrainer = (set: ProfileSet, opts: ClassifierOptions) => Promise<MlpModel>;

export interface Comparison {
  /** One per MODEL_KINDS entry, in that order: sr, logistic, svm, mlp. */
  rows: ModelRow[];
  models: CensusModel[];
  /** Test ROC per model (null when the test set lacks a class). */
  rocs: (Roc | null)[];
}

/**
 * @param trainMlp the dense network's trainer (the worker passes the tfjs one); the float64
 *   core trainer when absent
 */
export async function compareModels(
  train: ProfileSet,
  test: ProfileSet,
  opts: ClassifierOptions,
  trainMlp?: MlpTrainer,
): Promise<Comparison> {
  if (train.L !== test.L) {
    throw new Error(`compareModels: train has ${train.L} features, test has ${test.L}`);
  }
  if (train.normalised !== test.normalised) {
    throw new Error('compareModels: one set is normalised and the other is not');
  }
  const models: CensusModel[] = [
    trainSrThreshold(train),
    trainLogistic(train, opts),
    trainSvm(train, opts),
    trainMlp ? await trainMlp(train, opts) : trainCoreMlp(train, opts),
  ];
  const rows = models.map((m) => modelRow(m.kind, m, train, test));
  const rocs = models.map((m) => roc(decisions(m, test), test.y, false));
  return { rows, models, rocs };
}

/**
 * A linear model's weights on the unstandardised features: o = w_raw·x + b_raw, with
 * w_raw_j = w_j / scale_j and b_raw = b − Σ w_j mean_j / scale_j (for drawing over the profile).
 */
export function rawWeights(model: LinearModel): { w: Float64Array; b: number } {
  const { mean, scale } = model.std;
  const w = new Float64Array(model.w.length);
  let b = model.b;
  for (let j = 0; j < w.length; j++) {
    w[j] = model.w[j] / scale[j];
    b -= w[j] * mean[j];
  }
  return { w, b };
}
