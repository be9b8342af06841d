/** Synthetic memories: seeded, N(0, 1) entries, unit rows on the sphere and on the circle. */
import { describe, expect, it } from 'vitest';
import { circleMemories, gaussianMemories } from './memories';

describe('gaussianMemories', () => {
  it('repeats for a seed, has standard-normal entries, and unit rows with sphere', () => {
    const a = gaussianMemories(200, 50, 9, false);
    expect(Array.from(gaussianMemories(200, 50, 9, false).data)).toEqual(Array.from(a.data));
    expect(gaussianMemories(200, 50, 10, false).data[0]).not.toBe(a.data[0]);
    expect(a.data).toBeInstanceOf(Float64Array);
    const data = Array.from(a.data);
    const n = data.length;
    const mean = data.reduce((s, x) => s + x, 0) / n;
    const varc = data.reduce((s, x) => s + (x - mean) ** 2, 0) / n;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(varc - 1)).toBeLessThan(0.05);
    const s = gaussianMemories(20, 7, 9, true);
    for (let m = 0; m < 20; m++) {
      let sq = 0;
      for (let i = 0; i < 7; i++) sq += s.data[m * 7 + i] ** 2;
      expect(sq).toBeCloseTo(1, 14);
    }
    expect(() => gaussianMemories(0, 3, 1, true)).toThrow(/M/);
    expect(() => gaussianMemories(3, 1.5, 1, true)).toThrow(/D/);
  });
});

describe('circleMemories', () => {
  it('gives seeded unit vectors in 2-D spread over the circle', () => {
    const c = circleMemories(400, 4);
    expect(c.dim).toBe(2);
    expect(Array.from(circleMemories(400, 4).data)).toEqual(Array.from(c.data));
    const quadrants = [0, 0, 0, 0];
    for (let m = 0; m < 400; m++) {
      const [x, y] = [c.data[2 * m], c.data[2 * m + 1]];
      expect(Math.hypot(x, y)).toBeCloseTo(1, 14);
      quadrants[(x >= 0 ? 0 : 1) + (y >= 0 ? 0 : 2)]++;
    }
    quadrants.forEach((q) => expect(q).toBeGreaterThan(70));
  });
});
