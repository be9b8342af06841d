/**
 * Standardisation fitted on the training rows, z = (x − mean) / scale, with scale the population
 * standard deviation. A constant feature (spread below 1e-12 of its size) gets scale 1, so it
 * standardises to 0 on the training rows and never divides by zero.
 */
import type { ProfileSet, Standardise } from '../types';

const CONSTANT = 1e-12;

export function fitStandardise(set: ProfileSet): Standardise {
  const { L, count, x } = set;
  const mean = new Float64Array(L);
  const scale = new Float64Array(L).fill(1);
  if (count === 0) return { mean, scale };
  for (let r = 0; r < count; r++) for (let j = 0; j < L; j++) mean[j] += x[r * L + j];
  for (let j = 0; j < L; j++) mean[j] /= count;
  const sq = new Float64Array(L);
  for (let r = 0; r < count; r++) {
    for (let j = 0; j < L; j++) {
      const d = x[r * L + j] - mean[j];
      sq[j] += d * d;
    }
  }
  for (let j = 0; j < L; j++) {
    const sd = Math.sqrt(sq[j] / count);
    scale[j] = sd > CONSTANT * Math.max(1, Math.abs(mean[j])) ? sd : 1;
  }
  return { mean, scale };
}

/** One row standardised (into `out` when given). */
export function standardiseRow(
  std: Standardise,
  row: ArrayLike<number>,
  out = new Float64Array(row.length),
): Float64Array {
  if (row.length !== std.mean.length) {
    throw new Error(`standardise: a row of ${row.length} features, expected ${std.mean.length}`);
  }
  for (let j = 0; j < row.length; j++) out[j] = (row[j] - std.mean[j]) / std.scale[j];
  return out;
}

/** Every row of a set standardised: count × L. */
export function standardiseSet(std: Standardise, set: ProfileSet): Float64Array {
  const { L, count, x } = set;
  if (L !== std.mean.length) {
    throw new Error(`standardise: a set of ${L} features, expected ${std.mean.length}`);
  }
  const z = new Float64Array(count * L);
  for (let r = 0; r < count; r++) {
    for (let j = 0; j < L; j++) z[r * L + j] = (x[r * L + j] - std.mean[j]) / std.scale[j];
  }
  return z;
}
