import { describe, expect, it } from 'vitest';
import type { ProfileSet } from '../types';
import { decision, decisions, modelRow, predict, scores, scoresOf } from './evaluate';
import { balancedAccuracy, trainSrThreshold } from './sr-threshold';

const srSet = (sr: number[], y: number[]): ProfileSet => ({
  L: 1,
  count: sr.length,
  x: new Float64Array(sr.length),
  y: Uint8Array.from(y),
  sr: Float64Array.from(sr),
  normalised: true,
});

describe('SR threshold baseline', () => {
  it('picks the midpoint with the best balanced accuracy', () => {
    const set = srSet([0.1, 0.2, 0.3, 0.5, 0.6, 0.25], [1, 1, 0, 0, 0, 1]);
    const m = trainSrThreshold(set);
    expect(m.threshold).toBeCloseTo(0.275, 12);
    expect(scores(m, set).accuracy).toBe(1);
  });

  it('trades errors by balanced accuracy, not accuracy', () => {
    // One spurious state among many others at high SR: balanced accuracy wants it caught.
    const set = srSet([0.1, 0.2, 0.3, 0.4, 0.5, 0.15], [0, 0, 0, 0, 0, 1]);
    const m = trainSrThreshold(set);
    expect(m.threshold).toBeCloseTo(0.175, 12);
    expect(scores(m, set).balancedAccuracy).toBeCloseTo(0.9, 12);
  });

  it('calls everything the one class there is; ties share a side', () => {
    expect(scores(trainSrThreshold(srSet([0.2, 0.4], [1, 1])), srSet([0.2, 0.4], [1, 1])).tp).toBe(
      2,
    );
    expect(scores(trainSrThreshold(srSet([0.2, 0.4], [0, 0])), srSet([0.2, 0.4], [0, 0])).tn).toBe(
      2,
    );
    const tied = srSet([0.3, 0.3, 0.3], [1, 0, 1]);
    const s = scores(trainSrThreshold(tied), tied);
    expect(s.tp + s.fn).toBe(2);
    expect(s.tp === 2 || s.tp === 0).toBe(true);
    expect(() => trainSrThreshold(srSet([], []))).toThrow(/no training rows/);
  });

  it('balanced accuracy ignores an empty class and is 0 for nothing', () => {
    expect(balancedAccuracy(3, 0, 0, 1)).toBe(0.75);
    expect(balancedAccuracy(0, 0, 0, 0)).toBe(0);
  });
});

describe('evaluate', () => {
  const linear = {
    kind: 'logistic' as const,
    std: { mean: Float64Array.from([1, 0]), scale: Float64Array.from([2, 1]) },
    w: Float64Array.from([1, -1]),
    b: 0.5,
  };

  it('takes threshold − SR for the baseline and w·z + b for a linear model', () => {
    expect(decision({ kind: 'sr', threshold: 0.3 }, new Float64Array(0), 0.1)).toBeCloseTo(0.2);
    expect(decision(linear, Float64Array.from([3, 2]), 0)).toBe(1 - 2 + 0.5);
    expect(predict(linear, Float64Array.from([3, 2]), 0)).toBe(0);
    expect(predict(linear, Float64Array.from([5, 2]), 0)).toBe(1);
  });

  it('counts tp, fp, tn, fn with spurious as positive; an empty set scores 0', () => {
    expect(scoresOf([1, -1, 1, -1, 0], Uint8Array.from([1, 1, 0, 0, 1]))).toEqual({
      accuracy: 0.4,
      balancedAccuracy: (1 / 3 + 1 / 2) / 2,
      tp: 1,
      fp: 1,
      tn: 1,
      fn: 2,
    });
    expect(scoresOf([], new Uint8Array(0))).toMatchObject({ accuracy: 0, balancedAccuracy: 0 });
  });

  it('gives the test AUC of the decision values, null when the test set has one class', () => {
    const set = srSet([0.1, 0.2, 0.3, 0.4], [1, 0, 1, 0]);
    const m = { kind: 'sr' as const, threshold: 0.25 };
    expect(Array.from(decisions(m, set)).map((v) => +v.toFixed(2))).toEqual([
      0.15, 0.05, -0.05, -0.15,
    ]);
    expect(modelRow('sr', m, set, set).auc).toBe(0.75);
    expect(modelRow('sr', m, set, srSet([0.1], [1])).auc).toBeNull();
    expect(() => modelRow('svm', m, set, set)).toThrow(/sr model in the svm row/);
  });
});
