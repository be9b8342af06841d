import { describe, expect, it } from 'vitest';
import { createRng } from '../util/random';
import { randomPatterns } from '../data/datasets';
import { computeFields } from './binary-kernel';
import { polyEnergyFromFields } from './interaction';
import type { ModelSpec, Patterns } from './types';
import { stabilityRatio, unitEnergies } from './unit-energy';

/** The true energy E(σ) = −Σ_μ F(ξ^μ·σ), straight from the definition (small n and βN only). */
function directEnergy(spec: ModelSpec, memories: Patterns, sigma: ArrayLike<number>): number {
  const s = computeFields(memories, sigma);
  if (spec.energy === 'exponential') {
    let e = 0;
    for (const f of s) e -= Math.exp(spec.beta * f);
    return e;
  }
  return polyEnergyFromFields(spec.energy === 'rectified', spec.n, s);
}

/** e_i = −σ_i · ½[E(σ_i = −1) − E(σ_i = +1)], flipping one unit at a time. */
function directUnitEnergies(spec: ModelSpec, memories: Patterns, sigma: Int8Array): number[] {
  return Array.from(sigma, (si, i) => {
    const up = Int8Array.from(sigma);
    const down = Int8Array.from(sigma);
    up[i] = 1;
    down[i] = -1;
    return -si * 0.5 * (directEnergy(spec, memories, down) - directEnergy(spec, memories, up));
  });
}

function setup(K: number, N: number, seed: number) {
  const rng = createRng(seed);
  const memories = randomPatterns(K, N, rng);
  const state = Int8Array.from({ length: N }, () => (rng.next() < 0.5 ? -1 : 1));
  return { memories, state };
}

const SPECS: ModelSpec[] = [
  { energy: 'polynomial', n: 2, beta: 1 },
  { energy: 'polynomial', n: 3, beta: 1 },
  { energy: 'rectified', n: 4, beta: 1 },
  { energy: 'exponential', n: 2, beta: 0.3 },
];

describe('unitEnergies', () => {
  it.each(SPECS)('matches the energy difference of one flip ($energy n=$n)', (spec) => {
    const { memories, state } = setup(5, 24, 7);
    // A state near memory 0, so the fields are large and uneven.
    for (let i = 0; i < 18; i++) state[i] = memories.data[i] > 0 ? 1 : -1;
    const got = unitEnergies(spec, memories, state)!;
    const want = directUnitEnergies(spec, memories, state);
    const scale = Math.exp(got.logScale);
    got.e.forEach((e, i) => expect(e * scale).toBeCloseTo(want[i], 6));
  });

  it('is 2N times the classical Hebbian e_i at n = 2 (same stability ratio)', () => {
    const { memories, state } = setup(4, 30, 3);
    const { count: K, dim: N, data } = memories;
    const got = unitEnergies({ energy: 'polynomial', n: 2, beta: 1 }, memories, state)!;
    const hebb = Array.from(state, (si, i) => {
      let h = 0;
      for (let j = 0; j < N; j++) {
        if (j === i) continue;
        let w = 0;
        for (let mu = 0; mu < K; mu++) w += data[mu * N + i] * data[mu * N + j];
        h += (w / N) * state[j];
      }
      return -si * h;
    });
    const scale = Math.exp(got.logScale);
    got.e.forEach((e, i) => expect(e * scale).toBeCloseTo(2 * N * hebb[i], 8));
    expect(stabilityRatio(got.e)).toBeCloseTo(stabilityRatio(hebb), 12);
  });

  it('stays finite at n = 60 and βN far past overflow, and every e_i ≤ 0 at a memory', () => {
    const { memories } = setup(8, 400, 11);
    const memory0 = memories.data.subarray(0, 400);
    for (const spec of [
      { energy: 'polynomial', n: 60, beta: 1 },
      { energy: 'rectified', n: 60, beta: 1 },
      { energy: 'exponential', n: 2, beta: 1000 },
    ] as ModelSpec[]) {
      const r = unitEnergies(spec, memories, memory0)!;
      expect(Number.isFinite(r.logScale)).toBe(true);
      // e^360 (n = 60) and e^400000 (βN): the exponential's true values overflow float64.
      expect(r.logScale).toBeGreaterThan(350);
      for (const e of r.e) {
        expect(Number.isFinite(e)).toBe(true);
        expect(e).toBeLessThan(0);
      }
      const sr = stabilityRatio(r.e);
      expect(sr).toBeGreaterThan(0);
      expect(sr).toBeLessThanOrEqual(1);
    }
  });

  it('is null for the continuous softmax model', () => {
    const { memories, state } = setup(2, 9, 1);
    expect(unitEnergies({ energy: 'softmax', n: 2, beta: 1 }, memories, state)).toBeNull();
  });
});

describe('stabilityRatio', () => {
  it('is min|e| / max|e|, and 0 when every e_i is 0', () => {
    expect(stabilityRatio([-1, -4, -2])).toBe(0.25);
    expect(stabilityRatio([0, 0])).toBe(0);
    expect(stabilityRatio([])).toBe(0);
    expect(stabilityRatio([3, -3])).toBe(1);
  });
});
