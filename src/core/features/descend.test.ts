import { describe, expect, it } from 'vitest';
import { binarize, descend, hamming, MAX_DESCENT_STEPS } from './descend';
import { createDrDam } from './drdam';
import { createFeatureMap } from './feature-maps';
import { mrdamEnergyAndGradient } from './mrdam';
import { binaryPatterns, flipBits } from './patterns';
import { createRng } from '../util/random';

/** E = ½‖x − c‖², ∇E = x − c. */
const bowl = (c: Float64Array) => (x: Float64Array) => {
  const grad = x.map((v, i) => v - c[i]);
  return { energy: 0.5 * grad.reduce((s, g) => s + g * g, 0), grad };
};

describe('descend', () => {
  const c = Float64Array.of(1, -2, 3);
  const x0 = Float64Array.of(0, 0, 0);

  it('follows x ← x − α∇E: each step shrinks x − c by 1 − α', () => {
    const { final, energy, frames } = descend(bowl(c), x0, { alpha: 0.1, steps: 20 });
    expect(energy.length).toBe(21);
    for (let i = 0; i < 3; i++) expect(final[i]).toBeCloseTo(c[i] * (1 - 0.9 ** 20), 12);
    for (let t = 1; t <= 20; t++) expect(energy[t]).toBeCloseTo(energy[t - 1] * 0.81, 12);
    expect(frames).toEqual([]);
  });

  it('keeps clamped coordinates and records frames at step 0, every n, and the last', () => {
    const clamp = Uint8Array.of(0, 1, 0);
    const { final, frames } = descend(bowl(c), x0, { alpha: 0.5, steps: 7, clamp, recordEvery: 3 });
    expect(final[1]).toBe(0);
    expect(final[0]).toBeCloseTo(1 - 0.5 ** 7, 12);
    expect(frames.map((f) => f.step)).toEqual([0, 3, 6, 7]);
    expect(Array.from(frames[3].x)).toEqual(Array.from(final));
  });

  it('stops once the largest move is below tol, with the energies of the steps taken', () => {
    // Each step moves x − c by α(1 − α)^t·|c|: the largest |c| = 3, α = 0.5, so the move at step
    // t (0-based) is 1.5·0.5^t and falls below 1e-3 first at t = 11, leaving x at step 12.
    const r = descend(bowl(c), x0, { alpha: 0.5, steps: 1000, tol: 1e-3, recordEvery: 5 });
    expect(r.stepsTaken).toBe(12);
    expect(r.energy.length).toBe(13);
    expect(r.energy[12]).toBeCloseTo(bowl(c)(r.final).energy, 15);
    expect(r.final[2]).toBeCloseTo(3 * (1 - 0.5 ** 12), 12);
    expect(r.frames.map((f) => f.step)).toEqual([0, 5, 10, 12]);
    const full = descend(bowl(c), x0, { alpha: 0.5, steps: 30 });
    expect(full.stepsTaken).toBe(30);
    // A clamped coordinate's gradient never counts as a move.
    const clamp = Uint8Array.of(1, 1, 0);
    const far = Float64Array.of(100, 100, 3);
    expect(descend(bowl(c), far, { alpha: 0.5, steps: 50, tol: 1e-3, clamp }).stepsTaken).toBe(1);
  });

  it('refuses bad options, naming the field', () => {
    const run = (o: object) => () => descend(bowl(c), x0, { alpha: 0.1, steps: 3, ...o });
    expect(run({ alpha: 0 })).toThrow(/alpha must be finite and > 0, got 0/);
    expect(run({ steps: MAX_DESCENT_STEPS + 1 })).toThrow(
      /steps must be an integer in \[0, 100000\]/,
    );
    expect(run({ clamp: new Uint8Array(2) })).toThrow(/clamp has length 2/);
    expect(run({ recordEvery: 0 })).toThrow(/recordEvery must be an integer ≥ 1/);
    expect(run({ tol: 0 })).toThrow(/tol must be finite and > 0, got 0/);
    expect(run({ signal: { aborted: true } })).toThrow(/cancelled/);
    expect(() => descend(bowl(c), x0, { alpha: 1e308, steps: 3 })).toThrow(/became/);
  });

  it('DrDAM with many features lands where MrDAM does from near queries', () => {
    const D = 20;
    const K = 5;
    // β high enough that MrDAM's fixed points are the memories (at β = 10 they are mixtures here).
    const beta = 40;
    const data = binaryPatterns(K, D, 3);
    const mem = { data, K, D };
    const dr = createDrDam(createFeatureMap({ kind: 'sincos', Y: 4096, D, beta, seed: 4 }));
    for (let k = 0; k < K; k++) dr.add(data.subarray(k * D, (k + 1) * D));
    const rng = createRng(5);
    const t = 0.5 / Math.sqrt(D);
    for (let k = 0; k < K; k++) {
      const q = flipBits(data.slice(k * D, (k + 1) * D), 0.1, rng);
      const opts = { alpha: 0.03, steps: 300 };
      const exact = binarize(
        descend((x) => mrdamEnergyAndGradient(mem, x, beta), q, opts).final,
        t,
      );
      const approx = binarize(descend((x) => dr.energyAndGradient(x), q, opts).final, t);
      expect(hamming(exact, binarize(data.slice(k * D, (k + 1) * D), t))).toBe(0);
      expect(hamming(exact, approx)).toBe(0);
    }
  });
});

describe('binarize and hamming', () => {
  it('threshold strictly, count differences', () => {
    expect(Array.from(binarize(Float64Array.of(0.1, 0.5, 0.6), 0.5))).toEqual([0, 0, 1]);
    expect(hamming(Uint8Array.of(1, 0, 1, 1), Uint8Array.of(0, 0, 1, 0))).toBe(2);
    expect(() => hamming(new Uint8Array(2), new Uint8Array(3))).toThrow(/lengths 2 and 3/);
  });
});
