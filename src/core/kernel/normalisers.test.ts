/**
 * The normalisers against independent solutions: sparsemax against a brute-force Euclidean
 * projection onto the simplex (every face tried), 1.5-entmax against its KKT form, a sort-based
 * closed-form solver and its variational objective; extreme scores and ties.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '../util/random';
import { entmax15, normalise, softmax, sparsemax } from './normalisers';

const sum = (p: ArrayLike<number>) => Array.from(p).reduce((s, x) => s + x, 0);

/** argmin_{p ∈ simplex} ‖p − z‖² by trying the affine projection onto every face. */
function bruteProjection(z: number[]): number[] {
  const n = z.length;
  let best: number[] | null = null;
  let bestD = Infinity;
  for (let mask = 1; mask < 1 << n; mask++) {
    const S = z.map((_, i) => i).filter((i) => mask & (1 << i));
    const tau = (S.reduce((s, i) => s + z[i], 0) - 1) / S.length;
    const p = z.map((zi, i) => (mask & (1 << i) ? zi - tau : 0));
    if (p.some((x) => x < -1e-15)) continue;
    const d = p.reduce((s, x, i) => s + (x - z[i]) ** 2, 0);
    if (d < bestD) {
      bestD = d;
      best = p;
    }
  }
  return best!;
}

/** 1.5-entmax by the sorted closed form (largest k whose threshold keeps u_(k) in the support). */
function entmaxSorted(z: number[]): number[] {
  const u = z.map((x) => x / 2);
  const s = [...u].sort((a, b) => b - a);
  let tau = NaN;
  let s1 = 0;
  let s2 = 0;
  for (let k = 1; k <= s.length; k++) {
    s1 += s[k - 1];
    s2 += s[k - 1] ** 2;
    const mean = s1 / k;
    const t = mean - Math.sqrt(Math.max(0, mean * mean - (s2 - 1) / k));
    if (s[k - 1] > t) tau = t;
  }
  return u.map((x) => Math.max(0, x - tau) ** 2);
}

/** ⟨p, z⟩ + Tsallis-1.5 entropy (4/3)·Σ(p − p^{3/2}): 1.5-entmax maximises it over the simplex. */
const entmaxObjective = (p: ArrayLike<number>, z: number[]) =>
  z.reduce((s, zi, i) => s + p[i] * zi + (4 / 3) * (p[i] - p[i] ** 1.5), 0);

function randomScores(rng: ReturnType<typeof createRng>, n: number, scale: number): number[] {
  return Array.from({ length: n }, () => scale * rng.normal());
}

describe('sparsemax', () => {
  it('is the Euclidean projection onto the simplex (brute force over faces)', () => {
    const rng = createRng(7);
    for (let t = 0; t < 300; t++) {
      const z = randomScores(rng, 1 + rng.int(7), [0.1, 1, 5][t % 3]);
      const got = sparsemax(z);
      const want = bruteProjection(z);
      got.forEach((x, i) => expect(Math.abs(x - want[i])).toBeLessThan(1e-12));
      expect(Math.abs(sum(got) - 1)).toBeLessThan(1e-14);
    }
  });

  it('zeroes far scores, splits ties evenly, and survives huge and tiny scores', () => {
    expect(Array.from(sparsemax([3, 0, 0]))).toEqual([1, 0, 0]);
    expect(Array.from(sparsemax([1, 1, 1, 1]))).toEqual([0.25, 0.25, 0.25, 0.25]);
    const tie = sparsemax([2, 2, -5]);
    expect(tie[0]).toBe(tie[1]);
    expect(tie[0]).toBeCloseTo(0.5, 15);
    for (const z of [
      [1e6, -1e6, 1e6 - 0.5],
      [1e300, -1e300, 0],
      [1e-300, 0, -1e-300],
      [-1e6, -1e6 - 0.25],
    ]) {
      const p = sparsemax(z);
      expect(p.every((x) => Number.isFinite(x) && x >= 0)).toBe(true);
      expect(Math.abs(sum(p) - 1)).toBeLessThan(1e-15);
    }
    const p = sparsemax([1e6, -1e6, 1e6 - 0.5]);
    expect(p[0]).toBeCloseTo(0.75, 9);
    expect(p[2]).toBeCloseTo(0.25, 9);
  });
});

describe('1.5-entmax', () => {
  it('has the KKT form p = max(0, z/2 − τ)² with Σp = 1, as the sorted closed form', () => {
    const rng = createRng(11);
    for (let t = 0; t < 300; t++) {
      const n = 1 + rng.int(12);
      const z = randomScores(rng, n, [0.2, 1, 4, 20][t % 4]);
      const p = entmax15(z);
      expect(Math.abs(sum(p) - 1)).toBeLessThan(1e-14);
      // One τ reproduces every entry of the support; entries off it have z_i/2 ≤ τ.
      const i0 = p.indexOf(Math.max(...p));
      const tau = z[i0] / 2 - Math.sqrt(p[i0]);
      z.forEach((zi, i) => {
        expect(Math.abs(p[i] - Math.max(0, zi / 2 - tau) ** 2)).toBeLessThan(1e-12);
      });
      const want = entmaxSorted(z);
      p.forEach((x, i) => expect(Math.abs(x - want[i])).toBeLessThan(1e-12));
    }
  });

  it('maximises ⟨p, z⟩ + Tsallis entropy: no nearby point of the simplex does better', () => {
    const rng = createRng(5);
    for (let t = 0; t < 40; t++) {
      const z = randomScores(rng, 5, 2);
      const p = entmax15(z);
      const f = entmaxObjective(p, z);
      for (let k = 0; k < 200; k++) {
        // A random move inside the simplex: towards a random vertex mix.
        const w = Array.from({ length: 5 }, () => rng.next());
        const sw = w.reduce((s, x) => s + x, 0);
        const e = 1e-3 * rng.next();
        const q = Array.from(p, (x, i) => (1 - e) * x + (e * w[i]) / sw);
        expect(entmaxObjective(q, z)).toBeLessThanOrEqual(f + 1e-15);
      }
    }
  });

  it('splits ties evenly and survives huge and tiny scores', () => {
    expect(Array.from(entmax15([0.3, 0.3, 0.3]))).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(Array.from(entmax15([5, 0]))).toEqual([1, 0]);
    // Two points, both in the support: a = 0.2 − τ, b = −τ with a − b = 0.2 and a² + b² = 1,
    // so p₁ − p₂ = a² − b² = 0.2·√(2 − 0.04) = 0.28.
    const two = entmax15([0.4, 0]);
    expect(two[0] - two[1]).toBeCloseTo(0.28, 14);
    for (const z of [
      [1e6, -1e6, 1e6 - 1],
      [1e300, -1e300, 1e300],
      [1e-300, 0, -1e-300],
      Array.from({ length: 1000 }, (_, i) => 1e6 * Math.sin(i)),
    ]) {
      const p = entmax15(z);
      expect(p.every((x) => Number.isFinite(x) && x >= 0)).toBe(true);
      expect(Math.abs(sum(p) - 1)).toBeLessThan(1e-12);
    }
  });
});

describe('softmax and normalise', () => {
  it('softmax is exp(z)/Σexp(z), finite at ±1e6', () => {
    const z = [0.5, -1, 2];
    const e = z.map(Math.exp);
    const s = e.reduce((a, b) => a + b, 0);
    softmax(z).forEach((x, i) => expect(x).toBeCloseTo(e[i] / s, 15));
    const p = softmax([1e6, -1e6, 1e6 - 1]);
    expect(p[0]).toBeCloseTo(1 / (1 + Math.exp(-1)), 14);
    expect(p[1]).toBe(0);
    expect(Math.abs(sum(p) - 1)).toBeLessThan(1e-15);
  });

  it('dispatches on the kind, writes into out, and rejects bad input naming it', () => {
    const z = [1, 0.2, -0.4];
    const out = new Float64Array(3);
    expect(normalise('sparsemax', z, out)).toBe(out);
    expect(Array.from(out)).toEqual(Array.from(sparsemax(z)));
    expect(Array.from(normalise('entmax15', z))).toEqual(Array.from(entmax15(z)));
    expect(Array.from(normalise('softmax', z))).toEqual(Array.from(softmax(z)));
    expect(() => normalise('bogus' as never, z)).toThrow(/normaliser/);
    expect(() => sparsemax([1, NaN])).toThrow(/z\[1\]/);
    expect(() => entmax15([])).toThrow(/empty/);
    expect(() => softmax([1, 2], new Float64Array(3))).toThrow(/out/);
  });
});
