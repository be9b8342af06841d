/**
 * Seeded test and bench fixtures for the hidden-neuron network: unit-norm random memories, a
 * noisy start near one of them, and a default spec (docs/models.md §5 playground values).
 */
import { createRng } from '../util/random';
import type { HiddenMemories, HiddenNetSpec } from './types';

/** K Gaussian memories of dimension N, each row scaled to unit norm. */
export function unitMemories(seed: number, K: number, N: number): HiddenMemories {
  const rng = createRng(seed);
  const data = new Float64Array(K * N);
  for (let mu = 0; mu < K; mu++) {
    let sq = 0;
    for (let i = 0; i < N; i++) {
      const x = rng.normal();
      data[mu * N + i] = x;
      sq += x * x;
    }
    const s = 1 / Math.sqrt(sq);
    for (let i = 0; i < N; i++) data[mu * N + i] *= s;
  }
  return { data, K, N };
}

/** scale·ξ_μ plus Gaussian noise of norm about `noise`. */
export function noisyStart(
  mem: HiddenMemories,
  mu: number,
  scale: number,
  noise: number,
  seed: number,
): Float64Array {
  const rng = createRng(seed);
  const { N, data } = mem;
  const v = new Float64Array(N);
  const sd = noise / Math.sqrt(N);
  for (let i = 0; i < N; i++) v[i] = scale * data[mu * N + i] + sd * rng.normal();
  return v;
}

export function hiddenSpec(overrides: Partial<HiddenNetSpec> = {}): HiddenNetSpec {
  return { model: 'A', F: 'power', n: 3, beta: 4, tauF: 1, tauH: 0.1, dt: 0.01, ...overrides };
}
