import { describe, expect, it } from 'vitest';
import { mrdamEnergy, mrdamEnergyAndGradient, type Memories } from './mrdam';
import { createRng } from '../util/random';

function normals(seed: number, n: number, scale = 1): Float64Array {
  const rng = createRng(seed);
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) v[i] = scale * rng.normal();
  return v;
}

const K = 6;
const D = 5;
const mem: Memories = { data: normals(1, K * D, 0.5), K, D };

function naive(x: Float64Array, beta: number): number {
  let s = 0;
  for (let m = 0; m < K; m++) {
    let d2 = 0;
    for (let i = 0; i < D; i++) d2 += (x[i] - mem.data[m * D + i]) ** 2;
    s += Math.exp(-0.5 * beta * d2);
  }
  return -Math.log(s) / beta;
}

describe('MrDAM exact energy', () => {
  it('equals the direct formula where that is representable', () => {
    const x = normals(2, D, 0.5);
    for (const beta of [0.1, 1, 4, 20])
      expect(mrdamEnergy(mem, x, beta)).toBeCloseTo(naive(x, beta), 12);
  });

  it('stays finite where the direct sum underflows (far query, high β)', () => {
    const x = normals(3, D, 0.5).map((v) => v + 30);
    expect(naive(x, 50)).toBe(Infinity);
    const e = mrdamEnergy(mem, x, 50);
    expect(Number.isFinite(e)).toBe(true);
    // −β^{-1} log Σ e^{a_μ} ≥ −max a_μ / β − log K / β, and ≤ −max a_μ / β.
    expect(e).toBeGreaterThan(0);
  });

  it('at a stored memory with high β the energy is ≈ 0 and the gradient ≈ 0', () => {
    const x = mem.data.slice(2 * D, 3 * D);
    const { energy, grad } = mrdamEnergyAndGradient(mem, x, 200);
    expect(Math.abs(energy)).toBeLessThan(1e-6);
    for (const g of grad) expect(Math.abs(g)).toBeLessThan(1e-6);
  });

  it('gradient matches central finite differences', () => {
    for (const beta of [0.5, 3, 12]) {
      const x = normals(4 + beta, D, 0.5);
      const { energy, grad } = mrdamEnergyAndGradient(mem, x, beta);
      expect(energy).toBeCloseTo(mrdamEnergy(mem, x, beta), 14);
      const h = 1e-5;
      for (let i = 0; i < D; i++) {
        const xp = x.slice();
        const xm = x.slice();
        xp[i] += h;
        xm[i] -= h;
        const fd = (mrdamEnergy(mem, xp, beta) - mrdamEnergy(mem, xm, beta)) / (2 * h);
        expect(Math.abs(grad[i] - fd)).toBeLessThan(1e-7);
      }
    }
  });

  it('refuses bad inputs, naming the field', () => {
    const x = normals(5, D);
    expect(() => mrdamEnergy(mem, x, 0)).toThrow(/^beta must be/);
    expect(() => mrdamEnergy(mem, x, NaN)).toThrow(/^beta must be/);
    expect(() => mrdamEnergy({ data: new Float64Array(0), K: 0, D }, x, 1)).toThrow(/^K must be/);
    expect(() => mrdamEnergy(mem, normals(5, D + 1), 1)).toThrow(/^x has length/);
  });
});
