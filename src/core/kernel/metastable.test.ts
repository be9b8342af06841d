/** Support-size histograms: bins 1 … maxK − 1, the "maxK or more" bin, size 0, mean and single. */
import { describe, expect, it } from 'vitest';
import { supportHistogram } from './metastable';

describe('supportHistogram', () => {
  it('bins sizes, the last bin taking maxK or more (and size 0)', () => {
    const h = supportHistogram([1, 1, 2, 3, 4, 7, 0, 1], 4);
    expect(h.counts).toEqual([3, 1, 1, 3]);
    expect(h.queries).toBe(8);
    expect(h.single).toBe(3 / 8);
    expect(h.mean).toBe(19 / 8);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(h.queries);
  });

  it('is empty without queries, and names what is wrong', () => {
    expect(supportHistogram([], 3)).toEqual({ counts: [0, 0, 0], queries: 0, single: 0, mean: 0 });
    expect(() => supportHistogram([1], 1)).toThrow(/maxK/);
    expect(() => supportHistogram([1, 2.5], 5)).toThrow(/sizes\[1\]/);
  });
});
