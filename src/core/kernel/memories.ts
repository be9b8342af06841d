/**
 * Synthetic memory banks for the kernel lab (docs/models.md §7.4): Gaussian memories N(0, I)
 * (optionally normalised onto the unit sphere) and unit vectors in 2-D at uniform angles.
 * Float64, drawn from createRng(seed) only.
 */
import type { Patterns } from '../dynamics/types';
import { createRng } from '../util/random';

/** The most entries a synthetic bank may have. */
export const MAX_SYNTHETIC_ENTRIES = 1 << 24;

function checkCount(n: number, name: string): void {
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be an integer ≥ 1, got ${n}`);
}

/**
 * M memories of dimension D, entries N(0, 1) row-major; with `sphere`, each row divided by its
 * norm (a row that is exactly zero, probability 0, is redrawn).
 */
export function gaussianMemories(M: number, D: number, seed: number, sphere: boolean): Patterns {
  checkCount(M, 'M');
  checkCount(D, 'D');
  if (M * D > MAX_SYNTHETIC_ENTRIES)
    throw new Error(`M × D = ${M * D} is over ${MAX_SYNTHETIC_ENTRIES} entries`);
  if (!Number.isFinite(seed)) throw new Error(`seed must be a finite number, got ${seed}`);
  const rng = createRng(seed);
  const data = new Float64Array(M * D);
  for (let mu = 0; mu < M; mu++) {
    const row = mu * D;
    let sq = 0;
    for (let tries = 0; tries < 100 && sq === 0; tries++) {
      for (let i = 0; i < D; i++) data[row + i] = rng.normal();
      for (let i = 0; i < D; i++) sq += data[row + i] * data[row + i];
      if (!sphere) break;
    }
    if (sphere) {
      const n = Math.sqrt(sq);
      for (let i = 0; i < D; i++) data[row + i] /= n;
    }
  }
  return { count: M, dim: D, data };
}

/** M unit vectors (cos θ, sin θ) in 2-D with θ uniform in [0, 2π), seeded. */
export function circleMemories(M: number, seed: number): Patterns {
  checkCount(M, 'M');
  if (M > MAX_SYNTHETIC_ENTRIES) throw new Error(`M = ${M} is over ${MAX_SYNTHETIC_ENTRIES}`);
  if (!Number.isFinite(seed)) throw new Error(`seed must be a finite number, got ${seed}`);
  const rng = createRng(seed);
  const data = new Float64Array(2 * M);
  for (let mu = 0; mu < M; mu++) {
    const t = 2 * Math.PI * rng.next();
    data[2 * mu] = Math.cos(t);
    data[2 * mu + 1] = Math.sin(t);
  }
  return { count: M, dim: 2, data };
}
