/**
 * The kernelized Hopfield model: with Φ the identity its softmax step is the studio's Ramsauer
 * update (core/dynamics softmax-update.ts) and its energy Ramsauer's without the constants; with
 * a learned Φ, step and energy against the formulas written out; sparse normalisers, huge β,
 * support sizes and validation.
 */
import { describe, expect, it } from 'vitest';
import { softmaxEnergy, softmaxUpdate, maxNorm } from '../dynamics/softmax-update';
import { createRng } from '../util/random';
import { applyMap, identityMap, kaimingMap } from './feature-map';
import { createKhm, supportSize } from './khm';
import { gaussianMemories } from './memories';
import { entmax15 } from './normalisers';

const rng = createRng(42);
const randomVec = (n: number, s = 1) => Float64Array.from({ length: n }, () => s * rng.normal());

describe('createKhm with the identity map', () => {
  it('softmax step = the studio softmax update (1e-12), energy = Ramsauer’s minus its constants', () => {
    for (const [M, D, beta] of [
      [5, 3, 1],
      [20, 8, 8],
      [7, 16, 0.3],
    ]) {
      const memories = gaussianMemories(M, D, M + D, false);
      const khm = createKhm(null, memories, beta, 'softmax');
      const viaIdentity = createKhm(identityMap(D), memories, beta, 'softmax');
      for (let t = 0; t < 10; t++) {
        const x = randomVec(D);
        const want = softmaxUpdate(memories, x, beta);
        const got = khm.step(x);
        got.x.forEach((v, i) => expect(Math.abs(v - want.next[i])).toBeLessThan(1e-12));
        got.p.forEach((v, i) => expect(Math.abs(v - want.weights[i])).toBeLessThan(1e-12));
        const ram =
          softmaxEnergy(memories, x, beta) - Math.log(M) / beta - 0.5 * maxNorm(memories) ** 2;
        expect(Math.abs(khm.energy(x) - ram)).toBeLessThan(1e-12 * Math.max(1, Math.abs(ram)));
        expect(Math.abs(viaIdentity.energy(x) - khm.energy(x))).toBeLessThan(1e-12);
      }
    }
  });

  it('retrieves a stored memory from near it, and stops early at a fixed point', () => {
    const memories = gaussianMemories(6, 10, 3, true);
    const khm = createKhm(null, memories, 50, 'sparsemax');
    const xi = memories.data.subarray(20, 30);
    const x0 = Float64Array.from(xi, (v) => v + 0.01 * rng.normal());
    const r = khm.retrieve(x0, 20);
    r.x.forEach((v, i) => expect(v).toBeCloseTo(xi[i], 14));
    expect(r.p[2]).toBe(1);
    expect(supportSize(r.p, 0)).toBe(1);
    expect(r.steps).toBeLessThan(20);
    const zero = khm.retrieve(x0, 0);
    expect(Array.from(zero.x)).toEqual(Array.from(x0));
    expect(zero.steps).toBe(0);
    expect(zero.p).toHaveLength(6);
  });
});

describe('createKhm with a feature map', () => {
  it('step and energy are the formulas with 𝒦(x, y) = ⟨Wx + b, Wy + b⟩', () => {
    const D = 6;
    const memories = gaussianMemories(9, D, 5, true);
    const map = kaimingMap(D, 4, 8);
    map.b.set([0.1, -0.2, 0.05, 0.3]);
    const beta = 3;
    const khm = createKhm(map, memories, beta, 'entmax15');
    const phi = (v: ArrayLike<number>) => applyMap(map, v);
    const K = (a: ArrayLike<number>, b: ArrayLike<number>) => {
      const fa = phi(a);
      const fb = phi(b);
      return fa.reduce((s, v, i) => s + v * fb[i], 0);
    };
    const rows = Array.from({ length: 9 }, (_, m) => memories.data.subarray(m * D, (m + 1) * D));
    for (let t = 0; t < 10; t++) {
      const x = randomVec(D);
      const k = rows.map((r) => K(r, x));
      const p = entmax15(k.map((v) => beta * v));
      const want = new Float64Array(D);
      rows.forEach((r, m) => r.forEach((v, i) => (want[i] += p[m] * v)));
      const got = khm.step(x);
      got.x.forEach((v, i) => expect(v).toBeCloseTo(want[i], 13));
      const lse = Math.log(k.reduce((s, v) => s + Math.exp(beta * v), 0)) / beta;
      expect(khm.energy(x)).toBeCloseTo(0.5 * K(x, x) - lse, 12);
      const s = khm.scores(x);
      s.forEach((v, m) => expect(v).toBeCloseTo(beta * k[m], 12));
    }
  });

  it('stays finite at β·𝒦 of 1e6 for every normaliser', () => {
    const memories = gaussianMemories(8, 4, 1, false);
    for (const n of ['softmax', 'entmax15', 'sparsemax'] as const) {
      const khm = createKhm(kaimingMap(4, 6, 2), memories, 1e4, n);
      const x = randomVec(4, 10);
      const r = khm.retrieve(x, 5);
      expect(r.x.every(Number.isFinite) && r.p.every(Number.isFinite)).toBe(true);
      expect(Number.isFinite(khm.energy(x))).toBe(true);
      expect(Math.abs(r.p.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
    }
  });

  it('names what is wrong', () => {
    const memories = gaussianMemories(3, 4, 1, true);
    expect(() => createKhm(null, memories, 0, 'softmax')).toThrow(/beta/);
    expect(() => createKhm(null, memories, 1, 'max' as never)).toThrow(/normaliser/);
    expect(() => createKhm(kaimingMap(5, 3, 1), memories, 1, 'softmax')).toThrow(/dimension/);
    const khm = createKhm(null, memories, 1, 'softmax');
    expect(() => khm.step(new Float64Array(3))).toThrow(/length 3/);
    expect(() => khm.retrieve(new Float64Array(4), -1)).toThrow(/iterations/);
    expect(() => supportSize([0.5, 0.5], -1)).toThrow(/threshold/);
    expect(supportSize([0.5, 0.009, 0.491], 0.01)).toBe(2);
  });
});
