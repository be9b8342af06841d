import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPARE } from '../../../store/compare-slice';
import type { ModelChoice } from '../../../shell/model/model';
import { nextCompareModel, sameModel } from './next-model';

const poly = (n: number): ModelChoice => ({ energy: 'polynomial', n, beta: 1 });

describe('the model "+ Add model" adds', () => {
  it('goes to the next regime of the last lane: n = 3 lanes get n = 20', () => {
    expect(nextCompareModel([poly(3), poly(3)])).toEqual(poly(20));
    expect(nextCompareModel([poly(3), poly(20)])).toEqual(poly(30));
  });

  it('never copies a lane already there, from the default set-up up to four lanes', () => {
    const models = [...DEFAULT_COMPARE];
    while (models.length < 4) {
      const next = nextCompareModel(models);
      expect(models.some((m) => sameModel(m, next))).toBe(false);
      models.push(next);
    }
    expect(models[3]).toEqual({ energy: 'softmax', n: 2, beta: 1 });
  });

  it('treats classical as polynomial n = 2', () => {
    expect(sameModel({ energy: 'classical', n: 7, beta: 3 }, poly(2))).toBe(true);
    expect(
      sameModel({ energy: 'softmax', n: 3, beta: 8 }, { energy: 'softmax', n: 9, beta: 8 }),
    ).toBe(true);
  });
});
