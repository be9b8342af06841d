import { describe, expect, it } from 'vitest';
import { createBinaryKernel, computeFields } from './binary-kernel';
import { flipNoise } from './corrupt';
import { randomPatterns } from '../data/datasets';
import { energy } from './energy';
import { exactExpSign, exactPolySign } from './exact-sign';
import { createRng } from '../util/random';
import { runDynamics } from './retrieve';
import type { BinaryEnergy, ModelSpec, Patterns } from './types';
import { referenceRun } from '../../test-utils/reference-dam';

const rowsOf = (p: Patterns) =>
  Array.from({ length: p.count }, (_, mu) =>
    Array.from(p.data.slice(mu * p.dim, (mu + 1) * p.dim)),
  );

/**
 * Memories for neuron 0 of an all-(+1) state of length N = 2m+1:
 *   C: ξ_0 = +1 and a_C = 2 (a small positive term), then A and B: a = N−1 with opposite ξ_0.
 * A and B cancel exactly; the true Δ_0 is C's small term. Summed in float64 in this order,
 * C's term is absorbed by A's and the sum comes out 0.
 */
function cancellingCase(m: number): Patterns {
  const N = 2 * m + 1;
  const C = [1, ...Array.from({ length: N - 1 }, (_, j) => (j < m + 1 ? 1 : -1))];
  const A = new Array(N).fill(1);
  const B = [-1, ...new Array(N - 1).fill(1)];
  return { count: 3, dim: N, data: Float32Array.from([...C, ...A, ...B]) };
}

describe('exact signs where float64 cancels', () => {
  it('polynomial n = 60, N = 4095: a tiny term survives an exact cancellation of 1e216-sized terms', () => {
    const memories = cancellingCase(2047);
    const state = new Float32Array(memories.dim).fill(1);
    const kernel = createBinaryKernel({ energy: 'polynomial', n: 60, beta: 1 }, memories);
    expect(kernel.deltaSign(0, computeFields(memories, state), 1)).toBe(1);
  });

  it('exponential β = 1000: the top terms cancel and the rest underflow, the sign is still exact', () => {
    const memories = cancellingCase(50);
    const state = new Float32Array(memories.dim).fill(1);
    const kernel = createBinaryKernel({ energy: 'exponential', n: 2, beta: 1000 }, memories);
    expect(kernel.deltaSign(0, computeFields(memories, state), 1)).toBe(1);
  });

  it('exact fall-backs agree with hand-computed signs', () => {
    // g(a) = (a+1)^3 − (a−1)^3 = 6a² + 2: 2·g(1) − g(2) = 16 − 26 < 0.
    expect(
      exactPolySign(
        false,
        3,
        new Map([
          [1, 2],
          [2, -1],
        ]),
      ),
    ).toBe(-1);
    expect(
      exactPolySign(
        false,
        2,
        new Map([
          [3, 1],
          [-3, 1],
        ]),
      ),
    ).toBe(0);
    // 1 − 2e^{−β} + e^{−2β} = (1 − e^{−β})² > 0 for every β > 0.
    for (const beta of [1e-3, 0.5, 40, 1e3])
      expect(
        exactExpSign(
          beta,
          new Map([
            [0, 1],
            [1, -2],
            [2, 1],
          ]),
        ),
      ).toBe(1);
    // e^{−β} − 2e^{−2β}: positive iff β > ln 2.
    expect(
      exactExpSign(
        0.69,
        new Map([
          [1, 1],
          [2, -2],
        ]),
      ),
    ).toBe(-1);
    expect(
      exactExpSign(
        0.7,
        new Map([
          [1, 1],
          [2, -2],
        ]),
      ),
    ).toBe(1);
    expect(exactExpSign(1, new Map([[0, 0]]))).toBe(0);
  });
});

describe('extreme settings stay finite and agree with an independent implementation', () => {
  const cases: { spec: ModelSpec & { energy: BinaryEnergy }; N: number; K: number }[] = [
    { spec: { energy: 'polynomial', n: 60, beta: 1 }, N: 4096, K: 6 },
    { spec: { energy: 'rectified', n: 60, beta: 1 }, N: 4096, K: 6 },
    { spec: { energy: 'polynomial', n: 59, beta: 1 }, N: 257, K: 40 },
    { spec: { energy: 'exponential', n: 2, beta: 1e3 }, N: 4096, K: 6 },
    { spec: { energy: 'exponential', n: 2, beta: 1e-3 }, N: 301, K: 40 },
  ];

  it.each(cases)('$spec.energy n=$spec.n β=$spec.beta N=$N K=$K', ({ spec, N, K }) => {
    const rng = createRng(N + K);
    const memories = randomPatterns(K, N, rng);
    const start = flipNoise(memories.data.slice(0, N), 0.35, rng);
    const dynamics = { mode: 'async', order: 'sequential', seed: 0, maxSteps: 4 } as const;
    const ours = runDynamics(spec, memories, start, dynamics);
    const ref = referenceRun({
      ...spec,
      memories: rowsOf(memories),
      state: Array.from(start),
      mode: 'async',
      maxSteps: 4,
    });
    expect(Array.from(ours.final)).toEqual(ref.final);
    expect(ours.steps).toBe(ref.steps);
    expect(ours.converged).toBe(ref.converged);
    [ours.initialEnergy, ...ours.energies].forEach((e) => expect(Number.isFinite(e)).toBe(true));
    expect(Number.isFinite(energy(spec, memories, ours.final))).toBe(true);
  });

  it('gives a finite energy at the largest magnitude: n = 60, N = 4096, K = 10,000 aligned memories', () => {
    const N = 4096;
    const data = new Float32Array(10_000 * N).fill(1);
    const e = energy(
      { energy: 'polynomial', n: 60, beta: 1 },
      { count: 10_000, dim: N, data },
      new Float32Array(N).fill(1),
    );
    expect(Number.isFinite(e)).toBe(true);
    expect(e).toBeLessThan(-1e219);
    const ex = energy(
      { energy: 'exponential', n: 2, beta: 1e3 },
      { count: 10_000, dim: N, data },
      new Float32Array(N).fill(1),
    );
    expect(ex).toBeCloseTo(-(N + Math.log(10_000) / 1e3), 6);
  });
});
