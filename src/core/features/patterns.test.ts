import { describe, expect, it } from 'vitest';
import { binaryPatterns, flipBits, toy2d } from './patterns';
import { logLogFit } from './slope';
import { createRng } from '../util/random';

const rowKeys = (data: Float64Array, D: number) =>
  Array.from({ length: data.length / D }, (_, k) =>
    Array.from(data.subarray(k * D, (k + 1) * D), (v) => (v > 0 ? 1 : 0)).join(''),
  );

describe('binaryPatterns', () => {
  it('unique rows of {0, 1/√D}, about half ones, seeded', () => {
    const D = 12;
    const data = binaryPatterns(500, D, 1);
    const one = 1 / Math.sqrt(D);
    expect(data.every((v) => v === 0 || v === one)).toBe(true);
    expect(new Set(rowKeys(data, D)).size).toBe(500);
    const ones = data.filter((v) => v > 0).length / data.length;
    expect(Math.abs(ones - 0.5)).toBeLessThan(0.03);
    expect(Array.from(binaryPatterns(500, D, 1))).toEqual(Array.from(data));
    expect(Array.from(binaryPatterns(500, D, 2))).not.toEqual(Array.from(data));
  });

  it('K = 2^D gives every pattern once; K > 2^D is refused', () => {
    expect(new Set(rowKeys(binaryPatterns(16, 4, 3), 4)).size).toBe(16);
    expect(() => binaryPatterns(17, 4, 3)).toThrow(/K = 17 unique patterns need K ≤ 2\^D = 16/);
    expect(() => binaryPatterns(0, 4, 3)).toThrow(/K must be an integer ≥ 1, got 0/);
  });
});

describe('flipBits and toy2d', () => {
  it('flips exactly round(share·D) distinct bits', () => {
    const D = 100;
    const x = binaryPatterns(1, D, 4);
    const y = flipBits(x, 0.1, createRng(1));
    expect(x.reduce((n, v, i) => n + (v !== y[i] ? 1 : 0), 0)).toBe(10);
    expect(() => flipBits(x, 1.5, createRng(1))).toThrow(/share must be in \[0, 1\], got 1.5/);
  });

  it('spreads K memories at radius 0.5…1 in their own angular sectors', () => {
    const K = 8;
    const m = toy2d(K, 2);
    for (let k = 0; k < K; k++) {
      const r = Math.hypot(m[2 * k], m[2 * k + 1]);
      expect(r).toBeGreaterThanOrEqual(0.5);
      expect(r).toBeLessThanOrEqual(1);
      let a = Math.atan2(m[2 * k + 1], m[2 * k]);
      if (a < -Math.PI / K) a += 2 * Math.PI;
      expect(Math.abs(a - (2 * Math.PI * k) / K)).toBeLessThanOrEqual(Math.PI / (2 * K) + 1e-12);
    }
  });
});

describe('logLogFit', () => {
  it('recovers y = 3 x^−0.5 and skips unusable points', () => {
    const xs = [1, 10, 100, 1000, -1, 5];
    const ys = xs.map((x) => 3 * x ** -0.5);
    ys[5] = 0;
    const fit = logLogFit(xs, ys);
    expect(fit?.slope).toBeCloseTo(-0.5, 12);
    expect(fit?.intercept).toBeCloseTo(Math.log(3), 12);
    expect(logLogFit([1, 2], [1, 0])).toBeNull();
    expect(logLogFit([2, 2], [1, 3])).toBeNull();
  });
});
