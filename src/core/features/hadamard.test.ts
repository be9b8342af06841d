import { describe, expect, it } from 'vitest';
import { createFeatureMap, MAX_FEATURE_ENTRIES } from './feature-maps';
import { createHadamardProjection, MAX_HADAMARD_Y } from './hadamard';
import { fwht } from './wht';
import { createRng } from '../util/random';

/** The rows of S, read off by projecting the unit vectors. */
function rowsOf(Y: number, D: number, seed: number): Float64Array[] {
  const p = createHadamardProjection(Y, D, seed);
  const rows = Array.from({ length: Y }, () => new Float64Array(D));
  const e = new Float64Array(D);
  const col = new Float64Array(Y);
  for (let i = 0; i < D; i++) {
    e.fill(0);
    e[i] = 1;
    p.apply(e, col);
    for (let y = 0; y < Y; y++) rows[y][i] = col[y];
  }
  return rows;
}

const dot = (a: Float64Array, b: Float64Array): number => a.reduce((s, v, i) => s + v * b[i], 0);

describe('fast Walsh–Hadamard transform', () => {
  it('matches the Sylvester matrix and squares to n·I', () => {
    const n = 8;
    const a = Float64Array.from({ length: n }, (_, i) => i * i - 3);
    const b = Float64Array.from(a);
    fwht(b);
    for (let r = 0; r < n; r++) {
      let s = 0;
      // H[r][c] = (−1)^popcount(r & c)
      for (let c = 0; c < n; c++) {
        let bits = r & c;
        let sign = 1;
        while (bits) {
          sign = -sign;
          bits &= bits - 1;
        }
        s += sign * a[c];
      }
      expect(b[r]).toBe(s);
    }
    fwht(b);
    expect(Array.from(b)).toEqual(Array.from(a, (v) => n * v));
    expect(() => fwht(new Float64Array(6))).toThrow(/power of 2, got 6/);
  });
});

describe('Hadamard projection', () => {
  it('rows of one block are orthogonal; Sᵀ is the transpose, also with a truncated block', () => {
    const rows = rowsOf(16, 16, 4);
    for (let a = 0; a < 16; a++)
      for (let b = a + 1; b < 16; b++) expect(Math.abs(dot(rows[a], rows[b]))).toBeLessThan(1e-9);
    const Y = 70;
    const D = 10;
    const p = createHadamardProjection(Y, D, 8);
    const rng = createRng(1);
    const x = Float64Array.from({ length: D }, () => rng.normal());
    const w = Float64Array.from({ length: Y }, () => rng.normal());
    const Sx = new Float64Array(Y);
    const Stw = new Float64Array(D);
    p.apply(x, Sx);
    p.applyT(w, Stw);
    expect(dot(w, Sx)).toBeCloseTo(dot(Stw, x), 10);
  });

  it("row norms² have the Gaussian rows' mean D and variance 2D (chi rescaling)", () => {
    const D = 16;
    const norms = rowsOf(4096, D, 6).map((r) => dot(r, r));
    const mean = norms.reduce((s, v) => s + v, 0) / norms.length;
    const variance = norms.reduce((s, v) => s + (v - mean) ** 2, 0) / (norms.length - 1);
    expect(Math.abs(mean - D)).toBeLessThan(0.5);
    expect(Math.abs(variance - 2 * D)).toBeLessThan(6);
  });

  it.each(['sincos', 'exp'] as const)('%s: E[φ(x)·φ(x′)] ≈ κ(x, x′) at Y = 2^14', (kind) => {
    const D = 10;
    const beta = 1;
    const rng = createRng(3);
    const x = Float64Array.from({ length: D }, () => 0.25 * rng.normal());
    const x2 = Float64Array.from(x, (v) => v + 0.3 * rng.normal());
    let d2 = 0;
    for (let i = 0; i < D; i++) d2 += (x[i] - x2[i]) ** 2;
    const kappa = Math.exp(-0.5 * beta * d2);
    let est = 0;
    const seeds = [1, 2, 3, 4];
    for (const seed of seeds) {
      const map = createFeatureMap({ kind, Y: 2 ** 14, D, beta, seed, projection: 'hadamard' });
      est += dot(map.phi(x), map.phi(x2)) / seeds.length;
    }
    expect(kappa).toBeGreaterThan(0.2);
    expect(Math.abs(est - kappa)).toBeLessThan(0.02);
  });

  it('the same seed gives the same map, another seed another', () => {
    const spec = { kind: 'sincos' as const, Y: 300, D: 12, beta: 2, seed: 7 };
    const x = Float64Array.from({ length: 12 }, (_, i) => Math.sin(i));
    const a = createFeatureMap({ ...spec, projection: 'hadamard' }).phi(x);
    const b = createFeatureMap({ ...spec, projection: 'hadamard' }).phi(x);
    const c = createFeatureMap({ ...spec, seed: 8, projection: 'hadamard' }).phi(x);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(c));
  });

  it('holds O(Y) bytes; its cap is on Y alone', () => {
    const spec = { kind: 'sincos' as const, Y: 2 ** 14, D: 100, beta: 1, seed: 1 };
    const dense = createFeatureMap(spec);
    const sorf = createFeatureMap({ ...spec, projection: 'hadamard' });
    expect(dense.bytes).toBeGreaterThanOrEqual(4 * spec.Y * spec.D);
    expect(sorf.bytes).toBeLessThan(dense.bytes / 10);
    const Y = 2 * Math.floor(MAX_FEATURE_ENTRIES / 100);
    expect(() => createFeatureMap({ ...spec, Y })).toThrow(/Y at most 671088/);
    expect(createFeatureMap({ ...spec, Y, projection: 'hadamard' }).outputSize).toBe(2 * Y);
    expect(() =>
      createFeatureMap({ ...spec, Y: MAX_HADAMARD_Y + 1, projection: 'hadamard' }),
    ).toThrow(/Y must be an integer in \[1, 4194304\] for 'hadamard', got 4194305/);
  });
});
