import { describe, expect, it } from 'vitest';
import { randomPatterns } from '../../core/data/datasets';
import { createRng } from '../../core/util/random';
import type { Patterns } from '../../core/dynamics/types';
import { bankStats, effectiveNumber, polynomialCapacity, regime } from './regime';

/** K patterns that share a fraction `shared` of their pixels with a common prototype. */
function correlated(K: number, N: number, shared: number, seed = 1): Patterns {
  const rng = createRng(seed);
  const proto = randomPatterns(1, N, rng).data;
  const data = new Float32Array(K * N);
  for (let mu = 0; mu < K; mu++)
    for (let i = 0; i < N; i++)
      data[mu * N + i] = rng.next() < shared ? proto[i] : rng.next() < 0.5 ? 1 : -1;
  return { count: K, dim: N, data };
}

describe('regime', () => {
  it('computes the Krotov–Hopfield capacity', () => {
    // n = 2: N / (2 ln N); n = 3: N² / (2·3 ln N)
    expect(polynomialCapacity(2, 784)).toBeCloseTo(784 / (2 * Math.log(784)), 6);
    expect(polynomialCapacity(3, 100)).toBeCloseTo(100 ** 2 / (6 * Math.log(100)), 6);
    expect(polynomialCapacity(30, 784)).toBeGreaterThan(1e40);
  });

  it('names n = 2 classical and moves from feature matching to prototype as n grows', () => {
    const stats = bankStats(correlated(30, 400, 0.7));
    expect(regime({ energy: 'classical', n: 20, beta: 1 }, stats).key).toBe('classical');
    expect(regime({ energy: 'polynomial', n: 2, beta: 1 }, stats).title).toContain('0.14 N');
    expect(regime({ energy: 'polynomial', n: 3, beta: 1 }, stats).key).toBe('feature');
    const high = regime({ energy: 'polynomial', n: 40, beta: 1 }, stats);
    expect(high.key).toBe('prototype');
    expect(high.detail).toContain('N = 400');
  });

  it('judges softmax β from the bank: global average, metastable subset, single pattern', () => {
    const stats = bankStats(correlated(20, 256, 0.5, 3));
    const soft = (beta: number) => regime({ energy: 'softmax', n: 2, beta }, stats).key;
    expect(soft(1e-3)).toBe('global');
    expect(soft(1)).toBe('single');
    // somewhere in between the weights spread over a few memories
    const keys = [0.003, 0.005, 0.008, 0.01, 0.015, 0.02].map(soft);
    expect(keys).toContain('metastable');
  });

  it('effective number is K for equal weights and 1 for a spike', () => {
    expect(effectiveNumber(1, [0, 0, 0, 0])).toBeCloseTo(4, 9);
    expect(effectiveNumber(100, [0, 1, 0])).toBeCloseTo(1, 6);
  });
});
