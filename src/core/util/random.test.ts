import { describe, expect, it } from 'vitest';
import { createRng } from './random';

describe('createRng', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const sa = Array.from({ length: 50 }, () => a.nextUint32());
    const sb = Array.from({ length: 50 }, () => b.nextUint32());
    const sc = Array.from({ length: 50 }, () => c.nextUint32());
    expect(sa).toEqual(sb);
    expect(sa).not.toEqual(sc);
  });

  it('draws floats in [0, 1) with mean near 1/2', () => {
    const rng = createRng(1);
    let sum = 0;
    for (let k = 0; k < 20000; k++) {
      const x = rng.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      sum += x;
    }
    expect(sum / 20000).toBeCloseTo(0.5, 1);
  });

  it('draws integers in range and permutations of every index', () => {
    const rng = createRng(7);
    const counts = new Array(6).fill(0);
    for (let k = 0; k < 6000; k++) counts[rng.int(6)]++;
    counts.forEach((c) => expect(c).toBeGreaterThan(850));
    const p = rng.permutation(100);
    expect([...p].sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(() => rng.int(0)).toThrow(RangeError);
  });

  it('draws normals with unit variance', () => {
    const rng = createRng(3);
    let s = 0;
    let s2 = 0;
    const n = 20000;
    for (let k = 0; k < n; k++) {
      const x = rng.normal();
      s += x;
      s2 += x * x;
    }
    expect(Math.abs(s / n)).toBeLessThan(0.03);
    expect(s2 / n).toBeGreaterThan(0.95);
    expect(s2 / n).toBeLessThan(1.05);
  });
});
