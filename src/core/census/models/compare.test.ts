import { describe, expect, it } from 'vitest';
import { MODEL_KINDS } from '../types';
import { compareModels, rawWeights } from './compare';
import { decisions } from './evaluate';
import type { LinearModel } from './logistic';
import { trainMlp } from './mlp';
import { DEFAULT_CLASSIFIER, type ClassifierOptions } from './options';
import { toySet } from './toy';

const opts: ClassifierOptions = { ...DEFAULT_CLASSIFIER, L: 16 };

describe('compareModels', () => {
  for (const normalise of [true, false]) {
    it(`reaches 100% with every model on a separable toy set (normalise ${normalise})`, async () => {
      // Train and test are different draws, with different N: the quantiles share features.
      const train = toySet({ count: 300, N: 60, normalise, seed: 11 });
      const test = toySet({ count: 200, N: 100, normalise, seed: 12 });
      const { rows, models, rocs } = await compareModels(train, test, opts);
      expect(rows.map((r) => r.kind)).toEqual(MODEL_KINDS);
      expect(models.map((m) => m.kind)).toEqual(MODEL_KINDS);
      for (const row of rows) {
        expect(row.train.accuracy, row.kind).toBe(1);
        expect(row.test.accuracy, row.kind).toBe(1);
        expect(row.auc, row.kind).toBeCloseTo(1, 12);
      }
      for (const r of rocs) expect(r?.auc).toBeCloseTo(1, 12);
    });
  }

  it('gives identical results for a seed', async () => {
    const train = toySet({ count: 200, seed: 1 });
    const test = toySet({ count: 100, seed: 2 });
    const a = await compareModels(train, test, opts);
    const b = await compareModels(train, test, opts);
    expect(b).toEqual(a);
  });

  it('uses the dense trainer it is given', async () => {
    const train = toySet({ count: 100, seed: 1 });
    let calls = 0;
    const { models } = await compareModels(train, train, opts, async (set, o) => {
      calls++;
      return trainMlp(set, { ...o, epochs: 1 });
    });
    expect(calls).toBe(1);
    expect(models[3].kind).toBe('mlp');
  });

  it('refuses sets of different features', async () => {
    const a = toySet({ count: 50, L: 16 });
    await expect(compareModels(a, toySet({ count: 50, L: 8 }), opts)).rejects.toThrow(/features/);
    await expect(compareModels(a, toySet({ count: 50, normalise: false }), opts)).rejects.toThrow(
      /normalised/,
    );
  });

  it('maps the linear weights back to the raw features', async () => {
    const train = toySet({ count: 200, seed: 3 });
    const { models } = await compareModels(train, train, opts);
    for (const m of [models[1], models[2]] as LinearModel[]) {
      const { w, b } = rawWeights(m);
      const want = decisions(m, train);
      for (let r = 0; r < 20; r++) {
        let o = b;
        for (let j = 0; j < train.L; j++) o += w[j] * train.x[r * train.L + j];
        expect(o).toBeCloseTo(want[r], 9);
      }
    }
  });
});
