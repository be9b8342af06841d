/**
 * Every census model as one decision value per row, higher = more spurious: the linear models'
 * w·z + b, the network's logit, and threshold − SR for the baseline. A row is called spurious
 * when its decision value is > 0; the ROC of the decision values is each model's curve.
 */
import { roc } from '../roc';
import type { CensusModel, ModelKind, ModelRow, ProfileSet, Scores } from '../types';
import { mlpLogit } from './mlp';
import { balancedAccuracy } from './sr-threshold';
import { standardiseRow } from './standardise';

/** The decision value of one row: its L features and its stability ratio. */
export function decision(model: CensusModel, x: Float64Array, sr: number): number {
  if (model.kind === 'sr') return model.threshold - sr;
  const z = standardiseRow(model.std, x);
  if (model.kind === 'mlp') return mlpLogit(model, z);
  let o = model.b;
  for (let j = 0; j < z.length; j++) o += model.w[j] * z[j];
  return o;
}

/** 1 = spurious. */
export const predict = (model: CensusModel, x: Float64Array, sr: number): 0 | 1 =>
  decision(model, x, sr) > 0 ? 1 : 0;

/** The decision value of every row of a set. */
export function decisions(model: CensusModel, set: ProfileSet): Float64Array {
  const { L } = set;
  const out = new Float64Array(set.count);
  for (let r = 0; r < set.count; r++) {
    out[r] = decision(model, set.x.subarray(r * L, (r + 1) * L), set.sr[r]);
  }
  return out;
}

/** Counts from decision values (spurious = positive). An empty set scores 0 throughout. */
export function scoresOf(values: ArrayLike<number>, y: Uint8Array): Scores {
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (let r = 0; r < y.length; r++) {
    const call = values[r] > 0;
    if (y[r] && call) tp++;
    else if (y[r]) fn++;
    else if (call) fp++;
    else tn++;
  }
  const n = y.length;
  return {
    accuracy: n ? (tp + tn) / n : 0,
    balancedAccuracy: balancedAccuracy(tp, fp, tn, fn),
    tp,
    fp,
    tn,
    fn,
  };
}

export const scores = (model: CensusModel, set: ProfileSet): Scores =>
  scoresOf(decisions(model, set), set.y);

/** A table row: scores on both sets, and the test ROC's area (null when a class is empty). */
export function modelRow(
  kind: ModelKind,
  model: CensusModel,
  train: ProfileSet,
  test: ProfileSet,
): ModelRow {
  if (model.kind !== kind) throw new Error(`modelRow: a ${model.kind} model in the ${kind} row`);
  const values = decisions(model, test);
  return {
    kind,
    train: scores(model, train),
    test: scoresOf(values, test.y),
    auc: roc(values, test.y, false)?.auc ?? null,
  };
}
