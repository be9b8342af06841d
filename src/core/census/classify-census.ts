/**
 * The classifiers on a census, as the lab's worker and `dam census` run them: every distinct
 * stable state's energy profile (the network's per-unit energies) becomes a row, spurious = 1;
 * the models are trained on one census and tested on a second one, or on a seeded held-out
 * share of the first. The dense network's trainer is passed in (tfjs in the worker, the float64
 * core on the command line).
 */
import { compareModels, type Comparison, type MlpTrainer } from './models/compare';
import { buildProfileSet, splitSet } from './models/features';
import type { ClassifierOptions } from './models/options';
import type { Network } from './network';
import { profilesOf } from './profile';
import { STATE_CLASSES, type CensusModel, type CensusResult, type ProfileSet } from './types';

/** Share of a census held out for testing when no second census is given. */
export const TEST_FRACTION = 0.3;

const SPURIOUS = STATE_CLASSES.indexOf('spurious');
const MIXTURE = STATE_CLASSES.indexOf('mixture');

export interface CensusAndNet {
  result: CensusResult;
  net: Network;
}

export interface ClassifyOutcome extends Comparison {
  train: { rows: number; spurious: number };
  test: { rows: number; spurious: number };
  split: 'split' | 'task';
}

/** 1 where the state is a target of the classifiers: spurious, and mixtures if they count as spurious. */
export function spuriousLabels(
  result: CensusResult,
  mixtures: ClassifierOptions['mixtures'],
): Uint8Array {
  const y = new Uint8Array(result.states);
  for (let s = 0; s < result.states; s++) {
    const c = result.cls[s];
    y[s] = c === SPURIOUS || (mixtures === 'spurious' && c === MIXTURE) ? 1 : 0;
  }
  return y;
}

/** The census's states as classifier rows (energy profiles resampled to L quantiles). */
export function censusProfileSet(c: CensusAndNet, opts: ClassifierOptions): ProfileSet {
  const { result, net } = c;
  const profiles = profilesOf(net, result.bits, result.states);
  const y = spuriousLabels(result, opts.mixtures);
  return buildProfileSet(profiles, result.N, y, result.sr, opts.L, opts.normalise);
}

const spurious = (set: ProfileSet) => set.y.reduce((a, b) => a + b, 0);

export async function classifyCensus(
  train: CensusAndNet,
  test: CensusAndNet | null,
  opts: ClassifierOptions,
  trainMlp?: MlpTrainer,
): Promise<ClassifyOutcome> {
  const all = censusProfileSet(train, opts);
  const sets = test
    ? { train: all, test: censusProfileSet(test, opts) }
    : splitSet(all, TEST_FRACTION, opts.seed);
  const k = spurious(sets.train);
  if (sets.train.count < 2 || k === 0 || k === sets.train.count)
    throw new Error(
      `The training states number ${sets.train.count}, ${k} of them spurious: a classifier needs both spurious and other states. Use more probes or another task.`,
    );
  const comparison = await compareModels(sets.train, sets.test, opts, trainMlp);
  return {
    ...comparison,
    train: { rows: sets.train.count, spurious: k },
    test: { rows: sets.test.count, spurious: spurious(sets.test) },
    split: test ? 'task' : 'split',
  };
}

/** A model's interpretable part: the linear weights over the sorted profile, or the threshold. */
export function modelWeights(m: CensusModel) {
  switch (m.kind) {
    case 'sr':
      return { kind: m.kind, threshold: m.threshold };
    case 'logistic':
    case 'svm':
      return { kind: m.kind, w: Array.from(m.w), b: m.b };
    case 'mlp':
      return { kind: m.kind, hidden: m.hidden };
  }
}

/** The classifiers' table and the linear models' weights, as `dam census` prints them and the lab's JSON export holds them. */
export function classifierJson(k: ClassifyOutcome, options: ClassifierOptions) {
  return {
    options,
    split: k.split,
    train: k.train,
    test: k.test,
    rows: k.rows,
    weights: k.models.map(modelWeights),
  };
}
