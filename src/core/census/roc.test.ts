import { describe, expect, it } from 'vitest';
import { roc } from './roc';

/** Mann–Whitney by brute force: P(pos ranks first) + ½ P(tie). */
function pairs(scores: number[], pos: boolean[], lower: boolean): number {
  let win = 0;
  let total = 0;
  for (let a = 0; a < scores.length; a++)
    for (let b = 0; b < scores.length; b++) {
      if (!pos[a] || pos[b]) continue;
      total++;
      const d = lower ? scores[b] - scores[a] : scores[a] - scores[b];
      win += d > 0 ? 1 : d === 0 ? 0.5 : 0;
    }
  return win / total;
}

describe('roc', () => {
  it('is 1 for a perfect ranking and 0 for a reversed one', () => {
    expect(roc([0.1, 0.2, 0.8, 0.9], [1, 1, 0, 0], true)!.auc).toBe(1);
    expect(roc([0.1, 0.2, 0.8, 0.9], [1, 1, 0, 0], false)!.auc).toBe(0);
  });
  it('matches the pairwise count with ties', () => {
    const s = [0.3, 0.3, 0.1, 0.5, 0.5, 0.2, 0.9, 0.3];
    const p = [true, false, true, false, true, false, false, true];
    expect(roc(s, p, true)!.auc).toBeCloseTo(pairs(s, p, true), 12);
    expect(roc(s, p, false)!.auc).toBeCloseTo(pairs(s, p, false), 12);
  });
  it('runs from (0,0) to (1,1) ascending', () => {
    const r = roc([3, 1, 2, 5, 4], [0, 1, 0, 1, 0], false)!;
    expect([r.fpr[0], r.tpr[0]]).toEqual([0, 0]);
    expect([r.fpr.at(-1), r.tpr.at(-1)]).toEqual([1, 1]);
    for (let i = 1; i < r.fpr.length; i++) expect(r.fpr[i]).toBeGreaterThanOrEqual(r.fpr[i - 1]);
  });
  it('is null when a class is empty and refuses bad input', () => {
    expect(roc([1, 2], [1, 1], true)).toBeNull();
    expect(() => roc([1, 2], [1], false)).toThrow(/one label per score/);
    expect(() => roc([NaN, 2], [1, 0], false)).toThrow(/not finite/);
  });
});
