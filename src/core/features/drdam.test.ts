import { describe, expect, it } from 'vitest';
import { createDrDam } from './drdam';
import { createFeatureMap, type FeatureMapKind } from './feature-maps';
import { mrdamEnergy, type Memories } from './mrdam';
import { createRng } from '../util/random';

/** K random binary patterns {0,1}^D/√D (models.md §6.5 QUANT1b). */
function binaryPatterns(seed: number, K: number, D: number): Memories {
  const rng = createRng(seed);
  const data = new Float64Array(K * D);
  for (let j = 0; j < data.length; j++) data[j] = rng.int(2) / Math.sqrt(D);
  return { data, K, D };
}

const row = (m: Memories, k: number) => m.data.slice(k * m.D, (k + 1) * m.D);

/** A copy of memory k with `flips` distinct bits flipped. */
function near(m: Memories, k: number, flips: number, seed: number): Float64Array {
  const x = row(m, k);
  const perm = createRng(seed).permutation(m.D);
  const one = 1 / Math.sqrt(m.D);
  for (let f = 0; f < flips; f++) x[perm[f]] = x[perm[f]] > 0 ? 0 : one;
  return x;
}

/** Mean |Ẽ − E| over queries near each memory, averaged over map seeds. */
function energyMAE(kind: FeatureMapKind, Y: number, mem: Memories, beta: number): number {
  let sum = 0;
  let n = 0;
  for (const seed of [1, 2, 3, 4]) {
    const dr = createDrDam(createFeatureMap({ kind, Y, D: mem.D, beta, seed }));
    for (let k = 0; k < mem.K; k++) dr.add(row(mem, k));
    for (let k = 0; k < mem.K; k++) {
      const x = near(mem, k, Math.round(0.1 * mem.D), 100 + k);
      sum += Math.abs(dr.energy(x) - mrdamEnergy(mem, x, beta));
      n++;
    }
  }
  return sum / n;
}

describe('DrDAM distributed memory', () => {
  const D = 16;
  const K = 8;
  const beta = 4;
  const mem = binaryPatterns(5, K, D);

  it.each(['sincos', 'cos', 'exp', 'expexp'] as const)(
    '%s: energy error near memories falls as Y grows (2^8 → 2^14)',
    (kind) => {
      const small = energyMAE(kind, 2 ** 8, mem, beta);
      const large = energyMAE(kind, 2 ** 14, mem, beta);
      console.warn(
        `[drdam] ${kind} D=${D} K=${K} β=${beta}: MAE(Y=2^8) = ${small.toExponential(3)}, ` +
          `MAE(Y=2^14) = ${large.toExponential(3)}, ratio = ${(small / large).toFixed(2)} (√64 = 8)`,
      );
      // 1/√Y predicts a factor 8; ask for 3 so seed noise cannot flake it.
      expect(large).toBeLessThan(small / 3);
      expect(large).toBeLessThan(0.05);
    },
  );

  it('add then remove leaves T at zeros and count 0; partial removal equals a rebuild', () => {
    const map = createFeatureMap({ kind: 'sincos', Y: 256, D, beta, seed: 9 });
    const dr = createDrDam(map);
    for (let k = 0; k < K; k++) dr.add(row(mem, k));
    expect(dr.count).toBe(K);
    dr.remove(row(mem, 3));
    dr.remove(row(mem, 6));
    const rebuilt = createDrDam(map);
    for (let k = 0; k < K; k++) if (k !== 3 && k !== 6) rebuilt.add(row(mem, k));
    for (let j = 0; j < dr.T.length; j++)
      expect(Math.abs(dr.T[j] - rebuilt.T[j])).toBeLessThan(1e-12);
    for (let k = 0; k < K; k++) if (k !== 3 && k !== 6) dr.remove(row(mem, k));
    expect(dr.count).toBe(0);
    for (const t of dr.T) expect(Math.abs(t)).toBeLessThan(1e-12);
    expect(() => dr.remove(row(mem, 0))).toThrow(/empty \(count = 0\)/);
    expect(() => dr.energy(row(mem, 0))).toThrow(/empty \(count = 0\)/);
  });

  it('the parameter count is outputSize, whatever K is', () => {
    const dr = createDrDam(createFeatureMap({ kind: 'sincos', Y: 300, D, beta, seed: 1 }));
    expect(dr.params()).toBe(600);
    for (let k = 0; k < K; k++) dr.add(row(mem, k));
    expect(dr.params()).toBe(600);
    expect(dr.T.length).toBe(600);
    const cos = createDrDam(createFeatureMap({ kind: 'cos', Y: 300, D, beta, seed: 1 }));
    expect(cos.params()).toBe(300);
  });

  it('trig estimates are floored at ε; Exp maps refuse an underflowed φ(x)·T', () => {
    const trig = createDrDam(createFeatureMap({ kind: 'sincos', Y: 16, D, beta, seed: 2 }));
    trig.add(row(mem, 0));
    const far = new Float64Array(D).fill(3);
    expect(trig.energy(far)).toBeLessThanOrEqual(-Math.log(1e-5) / beta + 1e-12);
    expect(Number.isFinite(trig.energy(far))).toBe(true);

    const exp = createDrDam(createFeatureMap({ kind: 'exp', Y: 16, D, beta: 40, seed: 2 }));
    // ξ = +1 and x = −1 everywhere: β‖·‖² = 640 < 709, so each φ is representable, but every
    // term of φ(x)·T is exp(√β s·(x + ξ) − β(‖x‖² + ‖ξ‖²)) = exp(−1280) = 0 in float64.
    exp.add(new Float64Array(D).fill(1));
    const x = new Float64Array(D).fill(-1);
    expect(() => exp.energy(x)).toThrow(/φ\(x\)·T = .* underflowed for the exp map/);
  });

  it('refuses β = 0 for an energy', () => {
    const map = createFeatureMap({ kind: 'sincos', Y: 4, D, beta: 0, seed: 1 });
    expect(() => createDrDam(map)).toThrow(/^beta must be > 0/);
  });
});
