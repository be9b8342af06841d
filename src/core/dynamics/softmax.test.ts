import { describe, expect, it } from 'vitest';
import { gaussianNoise } from './corrupt';
import { randomPatterns } from '../data/datasets';
import { createRng } from '../util/random';
import { retrieve } from './retrieve';
import { lse, softmax } from './softmax';
import { softmaxEnergy, softmaxUpdate } from './softmax-update';
import type { Patterns } from './types';

const row = (p: Patterns, mu: number) => Array.from(p.data.slice(mu * p.dim, (mu + 1) * p.dim));
const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  Math.max(...Array.from(a, (v, i) => Math.abs(v - b[i])));

describe('stable softmax and log-sum-exp', () => {
  it('handles equal, huge and tiny inputs without NaN', () => {
    expect(Array.from(softmax(1, [100, 100]))).toEqual([0.5, 0.5]);
    const p = softmax(1, [-1000, 1000]);
    expect(p[0]).toBe(0);
    expect(p[1]).toBe(1);
    expect(lse(1, [1000, 1000])).toBeCloseTo(1000 + Math.log(2), 10);
    expect(lse(1e3, [4096, -4096])).toBe(4096);
    expect(lse(1e-3, [0, 0])).toBeCloseTo(1000 * Math.log(2), 8);
  });
});

describe('continuous modern Hopfield network (Ramsauer et al.)', () => {
  const memories = randomPatterns(20, 64, createRng(2));
  const cue = gaussianNoise(row(memories, 4), 0.4, createRng(3));

  it('retrieves a well-separated pattern in one step at high β', () => {
    const { next, weights } = softmaxUpdate(memories, cue, 8);
    expect(maxDiff(next, row(memories, 4))).toBeLessThan(1e-6);
    expect(weights[4]).toBeGreaterThan(1 - 1e-6);
  });

  it('returns near the mean of all memories at low β', () => {
    const mean = new Float64Array(64);
    for (let mu = 0; mu < 20; mu++) row(memories, mu).forEach((v, i) => (mean[i] += v / 20));
    const { next } = softmaxUpdate(memories, cue, 1e-3);
    expect(maxDiff(next, mean)).toBeLessThan(0.02);
  });

  it('never raises the energy, which stays ≥ 0 and finite across six decades of β', () => {
    for (const beta of [1e-3, 1e-2, 0.1, 1, 10, 100, 1e3]) {
      const trace = retrieve({ energy: 'softmax', n: 2, beta }, memories, cue, {
        mode: 'sync',
        order: 'sequential',
        seed: 0,
        maxSteps: 30,
      });
      const all = [trace.initialEnergy, ...trace.energies];
      all.forEach((e) => {
        expect(Number.isFinite(e)).toBe(true);
        expect(e).toBeGreaterThanOrEqual(-1e-9);
      });
      for (let k = 1; k < all.length; k++) expect(all[k]).toBeLessThanOrEqual(all[k - 1] + 1e-9);
      trace.final.forEach((v) => expect(Number.isFinite(v)).toBe(true));
    }
  });

  it('computes the energy with Ramsauer constants (E = 0 at a stored pattern of max norm, β → ∞)', () => {
    const e = softmaxEnergy(memories, row(memories, 0), 1e3);
    expect(e).toBeGreaterThanOrEqual(0);
    expect(e).toBeLessThan(0.01);
  });
});
