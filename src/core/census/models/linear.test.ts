import { describe, expect, it } from 'vitest';
import type { ProfileSet } from '../types';
import { scores } from './evaluate';
import { logisticObjective, trainLogistic } from './logistic';
import { DEFAULT_CLASSIFIER, type ClassifierOptions } from './options';
import { svmObjective, trainSvm } from './svm';
import { toySet } from './toy';

const opts: ClassifierOptions = { ...DEFAULT_CLASSIFIER, L: 16 };
const train = toySet({ count: 300, seed: 1 });
const test = toySet({ count: 200, seed: 2 });
const finite = (a: ArrayLike<number>) => Array.from(a).every(Number.isFinite);
const oneClass = (set: ProfileSet, label: 0 | 1): ProfileSet => ({
  ...set,
  y: new Uint8Array(set.count).fill(label),
});

describe('logistic regression', () => {
  it('separates the toy set perfectly, train and test', () => {
    const m = trainLogistic(train, opts);
    expect(scores(m, train).accuracy).toBe(1);
    expect(scores(m, test).accuracy).toBe(1);
  });

  it('reaches the minimum of its objective (a nudge of any weight does not lower it)', () => {
    const set = toySet({ count: 200, seed: 5, L: 8 });
    // A noisy label makes the optimum interior even with a small ridge.
    set.y[0] = 1 - set.y[0];
    const o = { ...opts, L: 8, l2: 0.01 };
    const m = trainLogistic(set, o);
    const J = logisticObjective(m, set, o.l2);
    for (let j = 0; j < 8; j++) {
      for (const h of [-1e-4, 1e-4]) {
        const w = Float64Array.from(m.w);
        w[j] += h;
        expect(logisticObjective({ ...m, w }, set, o.l2)).toBeGreaterThanOrEqual(J - 1e-12);
      }
    }
  });

  it('is deterministic, and stays finite with λ = 0 and with one class', () => {
    const a = trainLogistic(train, opts);
    const b = trainLogistic(train, opts);
    expect(Array.from(a.w)).toEqual(Array.from(b.w));
    const free = trainLogistic(train, { ...opts, l2: 0 });
    expect(finite(free.w) && Number.isFinite(free.b)).toBe(true);
    for (const label of [0, 1] as const) {
      const m = trainLogistic(oneClass(train, label), opts);
      expect(finite(m.w) && Number.isFinite(m.b)).toBe(true);
      expect(scores(m, oneClass(train, label)).accuracy).toBe(1);
    }
    expect(() =>
      trainLogistic(
        {
          ...train,
          count: 0,
          x: new Float64Array(0),
          y: new Uint8Array(0),
          sr: new Float64Array(0),
        },
        opts,
      ),
    ).toThrow(/no training rows/);
  });
});

describe('linear SVM (Pegasos)', () => {
  it('separates the toy set perfectly, train and test', () => {
    const m = trainSvm(train, opts);
    expect(scores(m, train).accuracy).toBe(1);
    expect(scores(m, test).accuracy).toBe(1);
  });

  it('is identical for a seed and differs for another', () => {
    const a = trainSvm(train, opts);
    const b = trainSvm(train, opts);
    expect(Array.from(a.w)).toEqual(Array.from(b.w));
    expect(a.b).toBe(b.b);
    const c = trainSvm(train, { ...opts, seed: 2 });
    expect(Array.from(c.w)).not.toEqual(Array.from(a.w));
  });

  it('lowers its objective with training, stays in the ball |θ| ≤ 1/√λ', () => {
    const short = trainSvm(train, { ...opts, epochs: 1 });
    const long = trainSvm(train, { ...opts, epochs: 100 });
    expect(svmObjective(long, train, opts.l2)).toBeLessThan(svmObjective(short, train, opts.l2));
    const norm = Math.hypot(...long.w, long.b);
    expect(norm).toBeLessThanOrEqual(1 / Math.sqrt(opts.l2) + 1e-9);
  });

  it('stays finite with λ = 0 and with one class', () => {
    const m = trainSvm(train, { ...opts, l2: 0 });
    expect(finite(m.w) && Number.isFinite(m.b)).toBe(true);
    const one = trainSvm(oneClass(train, 1), opts);
    expect(finite(one.w) && Number.isFinite(one.b)).toBe(true);
    expect(scores(one, oneClass(train, 1)).accuracy).toBe(1);
  });
});
