/**
 * The classifiers' features: a state's per-unit energies e_i = −σ_i h_i, sorted ascending,
 * optionally divided by max |e_i|, and resampled to L evenly spaced quantiles (linear
 * interpolation between neighbouring ranks) so that tasks of different N share one feature space.
 */
import { createRng } from '../../util/random';
import type { ProfileSet } from '../types';

/**
 * @param e one state's per-unit energies (any length ≥ 1, finite)
 * @param L quantiles kept (whole number ≥ 1; 1 keeps the median)
 * @param normalise divide by max |e_i| (a profile of zeros stays zeros)
 */
export function profileFeatures(e: ArrayLike<number>, L: number, normalise: boolean): Float64Array {
  const N = e.length;
  if (N < 1) throw new Error('profileFeatures: the profile is empty');
  if (!Number.isInteger(L) || L < 1) throw new Error(`profileFeatures: L must be ≥ 1, got ${L}`);
  const sorted = Float64Array.from(e);
  let peak = 0;
  for (let i = 0; i < N; i++) {
    if (!Number.isFinite(sorted[i])) throw new Error(`profileFeatures: e[${i}] is not finite`);
    peak = Math.max(peak, Math.abs(sorted[i]));
  }
  sorted.sort();
  if (normalise && peak > 0) for (let i = 0; i < N; i++) sorted[i] /= peak;
  const out = new Float64Array(L);
  for (let k = 0; k < L; k++) {
    const at = L === 1 ? (N - 1) / 2 : (k * (N - 1)) / (L - 1);
    const lo = Math.floor(at);
    const hi = Math.min(lo + 1, N - 1);
    const t = at - lo;
    out[k] = t === 0 ? sorted[lo] : sorted[lo] + t * (sorted[hi] - sorted[lo]);
  }
  return out;
}

/**
 * @param profiles count × N per-unit energies, one row per distinct stable state
 * @param y one label per row: 1 = spurious, 0 = any other class
 * @param sr the stability ratio of each row (the baseline's score)
 */
export function buildProfileSet(
  profiles: Float64Array,
  N: number,
  y: Uint8Array,
  sr: Float64Array,
  L: number,
  normalise: boolean,
): ProfileSet {
  const count = y.length;
  if (!Number.isInteger(N) || N < 1) throw new Error(`buildProfileSet: N must be ≥ 1, got ${N}`);
  if (profiles.length !== count * N) {
    throw new Error(`buildProfileSet: ${profiles.length} energies, expected ${count} × ${N}`);
  }
  if (sr.length !== count) throw new Error(`buildProfileSet: ${sr.length} SRs for ${count} rows`);
  const x = new Float64Array(count * L);
  for (let r = 0; r < count; r++) {
    if (y[r] > 1) throw new Error(`buildProfileSet: y[${r}] must be 0 or 1, got ${y[r]}`);
    if (!Number.isFinite(sr[r])) throw new Error(`buildProfileSet: sr[${r}] is not finite`);
    x.set(profileFeatures(profiles.subarray(r * N, (r + 1) * N), L, normalise), r * L);
  }
  return { L, count, x, y: Uint8Array.from(y), sr: Float64Array.from(sr), normalised: normalise };
}

/** The rows `idx` of a set, in that order (copies). */
export function subset(set: ProfileSet, idx: ArrayLike<number>): ProfileSet {
  const { L } = set;
  const count = idx.length;
  const x = new Float64Array(count * L);
  const y = new Uint8Array(count);
  const sr = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const r = idx[k];
    if (!Number.isInteger(r) || r < 0 || r >= set.count) {
      throw new Error(`subset: row ${r} is not in a set of ${set.count}`);
    }
    x.set(set.x.subarray(r * L, (r + 1) * L), k * L);
    y[k] = set.y[r];
    sr[k] = set.sr[r];
  }
  return { L, count, x, y, sr, normalised: set.normalised };
}

/**
 * A seeded split stratified by y: round(testFraction × class size) rows of each class go to the
 * test set; both sets keep the original row order.
 */
export function splitSet(
  set: ProfileSet,
  testFraction: number,
  seed: number,
): { train: ProfileSet; test: ProfileSet } {
  if (!(testFraction >= 0 && testFraction <= 1)) {
    throw new Error(`splitSet: testFraction must be in [0, 1], got ${testFraction}`);
  }
  const rng = createRng(seed);
  const inTest = new Uint8Array(set.count);
  for (const label of [0, 1]) {
    const rows: number[] = [];
    for (let r = 0; r < set.count; r++) if (set.y[r] === label) rows.push(r);
    const order = rng.permutation(rows.length);
    const take = Math.round(testFraction * rows.length);
    for (let k = 0; k < take; k++) inTest[rows[order[k]]] = 1;
  }
  const train: number[] = [];
  const test: number[] = [];
  for (let r = 0; r < set.count; r++) (inTest[r] ? test : train).push(r);
  return { train: subset(set, train), test: subset(set, test) };
}
