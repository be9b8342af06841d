import { describe, expect, it } from 'vitest';
import type { ProfileSet } from '../types';
import { fitStandardise, standardiseRow, standardiseSet } from './standardise';

const set = (rows: number[][]): ProfileSet => ({
  L: rows[0]?.length ?? 2,
  count: rows.length,
  x: Float64Array.from(rows.flat()),
  y: new Uint8Array(rows.length),
  sr: new Float64Array(rows.length),
  normalised: false,
});

describe('standardise', () => {
  it('centres and scales each feature by its population SD', () => {
    const s = set([
      [1, 5],
      [3, 5],
    ]);
    const std = fitStandardise(s);
    expect(Array.from(std.mean)).toEqual([2, 5]);
    // The constant feature keeps scale 1 (no division by zero).
    expect(Array.from(std.scale)).toEqual([1, 1]);
    expect(Array.from(standardiseSet(std, s))).toEqual([-1, 0, 1, 0]);
    expect(Array.from(standardiseRow(std, [4, 6]))).toEqual([2, 1]);
  });

  it('gives mean 0 and scale 1 for an empty set, and refuses rows of the wrong length', () => {
    const std = fitStandardise(set([]));
    expect(Array.from(std.mean)).toEqual([0, 0]);
    expect(Array.from(std.scale)).toEqual([1, 1]);
    expect(() => standardiseRow(std, [1, 2, 3])).toThrow(/3 features, expected 2/);
  });
});
