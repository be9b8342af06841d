/**
 * Linear feature maps: the Kaiming start's scale and seed, the identity, Φ on one vector and on
 * the memory rows agreeing, unit rows (zero rows stay zero, huge rows do not overflow), points.
 */
import { describe, expect, it } from 'vitest';
import {
  applyMap,
  cloneMap,
  identityMap,
  kaimingMap,
  mapRows,
  normaliseRows,
  pointsOf,
} from './feature-map';
import { gaussianMemories } from './memories';

describe('feature maps', () => {
  it('kaimingMap: std √(2/D), b = 0, seeded', () => {
    const m = kaimingMap(50, 200, 1);
    expect(m.W).toHaveLength(200 * 50);
    expect(Array.from(m.b)).toEqual(new Array(200).fill(0));
    const varc = m.W.reduce((s, x) => s + x * x, 0) / m.W.length;
    expect(Math.abs(varc / (2 / 50) - 1)).toBeLessThan(0.03);
    expect(Array.from(kaimingMap(50, 200, 1).W)).toEqual(Array.from(m.W));
    expect(kaimingMap(50, 200, 2).W[0]).not.toBe(m.W[0]);
    expect(() => kaimingMap(0, 3, 1)).toThrow(/D/);
    expect(() => kaimingMap(3, 2.5, 1)).toThrow(/dPhi/);
  });

  it('applyMap and mapRows agree; identityMap is the identity; cloneMap is deep', () => {
    const memories = gaussianMemories(4, 3, 2, false);
    const map = kaimingMap(3, 5, 7);
    map.b.set([1, 2, 3, 4, 5]);
    const F = mapRows(map, memories);
    for (let m = 0; m < 4; m++) {
      const f = applyMap(map, memories.data.subarray(3 * m, 3 * m + 3));
      f.forEach((v, r) => expect(v).toBe(F[m * 5 + r]));
    }
    expect(Array.from(mapRows(identityMap(3), memories))).toEqual(Array.from(memories.data));
    const c = cloneMap(map);
    c.W[0] += 1;
    c.b[0] += 1;
    expect(c.W[0]).not.toBe(map.W[0]);
    expect(map.b[0]).toBe(1);
    expect(() => applyMap(map, [1, 2])).toThrow(/length 2/);
  });

  it('normaliseRows: unit rows, zero rows stay zero, no overflow; pointsOf: first 3 coordinates', () => {
    const Z = normaliseRows([3, 4, 0, 0, 1e300, 1e300], 3, 2);
    expect(Array.from(Z.subarray(0, 4))).toEqual([0.6, 0.8, 0, 0]);
    expect(Z[4]).toBeCloseTo(Math.SQRT1_2, 15);
    const memories = gaussianMemories(6, 4, 3, false);
    const map = kaimingMap(4, 7, 1);
    const P = pointsOf(map, memories);
    expect(P).toHaveLength(18);
    const full = normaliseRows(mapRows(map, memories), 6, 7);
    for (let m = 0; m < 6; m++)
      for (let r = 0; r < 3; r++) expect(P[m * 3 + r]).toBe(full[m * 7 + r]);
    expect(pointsOf(kaimingMap(4, 2, 1), memories)).toHaveLength(12);
  });
});
