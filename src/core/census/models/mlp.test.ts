import { describe, expect, it } from 'vitest';
import { scores } from './evaluate';
import { initMlp, mlpLoss, mlpLossAndGradient, trainMlp } from './mlp';
import { DEFAULT_CLASSIFIER, type ClassifierOptions } from './options';
import { fitStandardise, standardiseSet } from './standardise';
import { toySet } from './toy';

const opts: ClassifierOptions = { ...DEFAULT_CLASSIFIER, L: 16 };
const train = toySet({ count: 300, seed: 1 });
const test = toySet({ count: 200, seed: 2 });

describe('core MLP', () => {
  it('has the gradient of its loss (central differences)', () => {
    const set = toySet({ count: 40, L: 6, N: 20, seed: 4 });
    const std = fitStandardise(set);
    const z = standardiseSet(std, set);
    const m = initMlp(std, 5, 3);
    m.b1.fill(0.1);
    m.b2 = -0.2;
    const l2 = 0.05;
    const P = m.w1.length + 2 * m.hidden + 1;
    const g = new Float64Array(P);
    mlpLossAndGradient(m, z, set.y, l2, g);
    const views = [m.w1, m.b1, m.w2];
    let k = 0;
    const h = 1e-6;
    for (const v of views) {
      for (let i = 0; i < v.length; i++, k++) {
        const keep = v[i];
        v[i] = keep + h;
        const up = mlpLoss(m, set, l2);
        v[i] = keep - h;
        const down = mlpLoss(m, set, l2);
        v[i] = keep;
        expect(g[k]).toBeCloseTo((up - down) / (2 * h), 7);
      }
    }
    const keep = m.b2;
    m.b2 = keep + h;
    const up = mlpLoss(m, set, l2);
    m.b2 = keep - h;
    const down = mlpLoss(m, set, l2);
    expect(g[k]).toBeCloseTo((up - down) / (2 * h), 7);
  });

  it('separates the toy set perfectly, train and test', () => {
    const m = trainMlp(train, opts);
    expect(scores(m, train).accuracy).toBe(1);
    expect(scores(m, test).accuracy).toBe(1);
  });

  it('lowers its loss and is identical for a seed', () => {
    const losses: number[] = [];
    const a = trainMlp(train, opts, (_, loss) => losses.push(loss));
    expect(losses.length).toBe(opts.epochs);
    expect(mlpLoss(a, train, opts.l2)).toBeLessThan(losses[0] / 5);
    const b = trainMlp(train, opts);
    expect(Array.from(b.w1)).toEqual(Array.from(a.w1));
    expect(b.b2).toBe(a.b2);
    expect(Array.from(trainMlp(train, { ...opts, seed: 2 }).w1)).not.toEqual(Array.from(a.w1));
  });

  it('stays finite with one class and refuses an empty set', () => {
    const one = { ...train, y: new Uint8Array(train.count) };
    const m = trainMlp(one, opts);
    expect([...m.w1, ...m.w2, m.b2].every(Number.isFinite)).toBe(true);
    expect(scores(m, one).accuracy).toBe(1);
    const empty = { ...train, count: 0, x: new Float64Array(0), y: new Uint8Array(0) };
    expect(() => trainMlp(empty, opts)).toThrow(/no training rows/);
  });
});
