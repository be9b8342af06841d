/**
 * Seeded random pattern sets for the engine's parity tests and the bench (not used by the app).
 */
import type { Rng } from '../core/util/random';
import type { Patterns } from '../core/dynamics/types';

/** K random ±1 patterns of dimension N. */
export function randomSigns(rng: Rng, count: number, dim: number): Patterns {
  const data = new Float32Array(count * dim);
  for (let i = 0; i < data.length; i++) data[i] = rng.next() < 0.5 ? -1 : 1;
  return { count, dim, data };
}

/** K Gaussian patterns with entries N(0, scale²). */
export function randomNormals(rng: Rng, count: number, dim: number, scale = 1): Patterns {
  const data = new Float32Array(count * dim);
  for (let i = 0; i < data.length; i++) data[i] = scale * rng.normal();
  return { count, dim, data };
}

/** B probes: copies of random memories with each entry sign-flipped with probability p. */
export function noisyProbes(rng: Rng, memories: Patterns, count: number, p: number): Patterns {
  const { dim } = memories;
  const data = new Float32Array(count * dim);
  for (let b = 0; b < count; b++) {
    const mu = rng.int(memories.count);
    for (let i = 0; i < dim; i++) {
      const v = memories.data[mu * dim + i];
      data[b * dim + i] = rng.next() < p ? -v : v;
    }
  }
  return { count, dim, data };
}

/** Row b of a pattern set (a view, not a copy). */
export function row(p: Patterns, b: number): Float32Array | Float64Array {
  return p.data.subarray(b * p.dim, (b + 1) * p.dim);
}
