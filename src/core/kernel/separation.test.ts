/**
 * The separation loss against its definition (pairs μ < ν only) and its gradient against central
 * finite differences in W and b at several temperatures; the angle and cosine helpers.
 */
import { describe, expect, it } from 'vitest';
import type { Patterns } from '../dynamics/types';
import { createRng } from '../util/random';
import { kaimingMap, mapRows, normaliseRows } from './feature-map';
import { gaussianMemories } from './memories';
import { minAngleDeg, separationGrad, separationLoss, similarityMatrix } from './separation';
import type { LinearMap } from './types';

function randomMap(D: number, dPhi: number, seed: number): LinearMap {
  const map = kaimingMap(D, dPhi, seed);
  const rng = createRng(seed + 100);
  for (let r = 0; r < dPhi; r++) map.b[r] = 0.3 * rng.normal();
  return map;
}

/** L straight from the formula, without log-sum-exp (fine at τ ≥ 0.05 here). */
function naiveLoss(map: LinearMap, memories: Patterns, tau: number): number {
  const M = memories.count;
  const Z = normaliseRows(mapRows(map, memories), M, map.dPhi);
  let s = 0;
  for (let a = 0; a < M; a++)
    for (let b = a + 1; b < M; b++) {
      let c = 0;
      for (let r = 0; r < map.dPhi; r++) c += Z[a * map.dPhi + r] * Z[b * map.dPhi + r];
      s += Math.exp(c / tau);
    }
  return Math.log((2 / (M * (M - 1))) * s) / M;
}

describe('separationLoss', () => {
  it('is the formula over the pairs μ < ν (no triu constant terms)', () => {
    const memories = gaussianMemories(7, 5, 3, false);
    for (const tau of [0.05, 0.3, 2]) {
      const map = randomMap(5, 4, 9);
      expect(separationLoss(map, memories, tau)).toBeCloseTo(naiveLoss(map, memories, tau), 12);
    }
    // Two memories: L = ⟨z₁, z₂⟩/(2τ) exactly (with the code's quirk it would not be).
    const two: Patterns = { count: 2, dim: 2, data: Float64Array.of(1, 0, 0.6, 0.8) };
    const id: LinearMap = { D: 2, dPhi: 2, W: Float64Array.of(1, 0, 0, 1), b: new Float64Array(2) };
    expect(separationLoss(id, two, 0.1)).toBeCloseTo(0.6 / 0.2, 13);
  });

  it('stays finite at τ = 0.01 with identical memories (L = 1/(Mτ))', () => {
    const row = [0.3, -1, 2];
    const same: Patterns = {
      count: 40,
      dim: 3,
      data: Float64Array.from({ length: 120 }, (_, i) => row[i % 3]),
    };
    const map = randomMap(3, 3, 1);
    const { loss, gW, gb } = separationGrad(map, same, 0.01);
    expect(loss).toBeCloseTo(1 / (40 * 0.01), 10);
    expect(gW.every(Number.isFinite) && gb.every(Number.isFinite)).toBe(true);
  });

  it('names what is wrong', () => {
    const map = randomMap(5, 4, 1);
    expect(() => separationLoss(map, gaussianMemories(1, 5, 1, true), 0.1)).toThrow(/memories/);
    expect(() => separationLoss(map, gaussianMemories(3, 4, 1, true), 0.1)).toThrow(/dimension/);
    expect(() => separationLoss(map, gaussianMemories(3, 5, 1, true), 0)).toThrow(/tau/);
  });
});

describe('separationGrad', () => {
  const cases: [number, number][] = [
    [0.01, 1e-7],
    [0.05, 1e-6],
    [0.1, 1e-6],
    [1, 1e-5],
    [5, 1e-5],
  ];
  for (const [tau, h] of cases) {
    it(`matches central differences in W and b at τ = ${tau} (relative 1e-5)`, () => {
      const memories = gaussianMemories(6, 5, 17, false);
      const map = randomMap(5, 4, 21);
      const { loss, gW, gb } = separationGrad(map, memories, tau);
      expect(loss).toBeCloseTo(separationLoss(map, memories, tau), 14);
      const fd = (arr: Float64Array, i: number) => {
        const keep = arr[i];
        arr[i] = keep + h;
        const up = separationLoss(map, memories, tau);
        arr[i] = keep - h;
        const down = separationLoss(map, memories, tau);
        arr[i] = keep;
        return (up - down) / (2 * h);
      };
      const numW = Array.from(gW, (_, i) => fd(map.W, i));
      const numB = Array.from(gb, (_, i) => fd(map.b, i));
      const scale = Math.max(...numW.map(Math.abs), ...numB.map(Math.abs));
      expect(scale).toBeGreaterThan(1e-6);
      let err = 0;
      gW.forEach((g, i) => (err = Math.max(err, Math.abs(g - numW[i]))));
      gb.forEach((g, i) => (err = Math.max(err, Math.abs(g - numB[i]))));
      expect(err / scale).toBeLessThan(1e-5);
    });
  }

  it('is zero along the feature scale: scaling W and b leaves L unchanged', () => {
    const memories = gaussianMemories(5, 4, 2, false);
    const map = randomMap(4, 3, 5);
    const { gW, gb } = separationGrad(map, memories, 0.2);
    // d/dt L((1+t)W, (1+t)b) = ⟨gW, W⟩ + ⟨gb, b⟩ = 0.
    let dot = 0;
    gW.forEach((g, i) => (dot += g * map.W[i]));
    gb.forEach((g, i) => (dot += g * map.b[i]));
    expect(Math.abs(dot)).toBeLessThan(1e-12);
  });
});

describe('geometry helpers', () => {
  it('minAngleDeg and similarityMatrix normalise rows themselves', () => {
    // A square in the plane, rows of different lengths: every neighbour at 90°.
    const sq = Float64Array.of(2, 0, 0, 3, -0.5, 0, 0, -7);
    expect(minAngleDeg(sq, 4, 2)).toBeCloseTo(90, 12);
    const C = similarityMatrix(sq, 4, 2);
    expect(C[0]).toBe(1);
    expect(C[0 * 4 + 2]).toBe(-1);
    expect(C[1 * 4 + 0]).toBe(0);
    expect(minAngleDeg(Float64Array.of(1, 0, 1, 1e-9), 2, 2)).toBeLessThan(1e-6);
    expect(minAngleDeg(Float64Array.of(1, 0), 1, 2)).toBe(180);
    expect(minAngleDeg(Float64Array.of(1e200, 0, 0, 1e-200), 2, 2)).toBeCloseTo(90, 12);
  });
});
