/**
 * Seeded toy profile sets that every census model separates perfectly (tests and benches).
 * Every profile is negative (a fixed point: e_i < 0). A non-spurious row has every |e_i| in
 * [0.6, 1.5]; a spurious row has one unit at |e_i| = 1.5, a few units weak (|e_i| in
 * [0.02, 0.1]) and the rest in [0.6, 1.5]. So SR ≤ 0.067 against SR ≥ 0.4, and the top quantile
 * of the sorted profile (the weakest unit) separates the classes whether normalised or not.
 */
import { createRng } from '../../util/random';
import type { ProfileSet } from '../types';
import { buildProfileSet } from './features';

export interface ToyOptions {
  count: number;
  N: number;
  L: number;
  normalise: boolean;
  /** Share of spurious rows, 0–1 (rounded to a count). */
  spurious: number;
  seed: number;
}

export const DEFAULT_TOY: ToyOptions = {
  count: 200,
  N: 50,
  L: 16,
  normalise: true,
  spurious: 0.3,
  seed: 7,
};

/** The raw rows: count × N profiles, labels and stability ratios. */
export function toyProfiles(o: ToyOptions) {
  if (o.N < 4) throw new Error('toyProfiles: N must be ≥ 4');
  const rng = createRng(o.seed);
  const { count, N } = o;
  const positives = Math.round(o.spurious * count);
  const spuriousRow = new Uint8Array(count);
  const order = rng.permutation(count);
  for (let k = 0; k < positives; k++) spuriousRow[order[k]] = 1;
  const profiles = new Float64Array(count * N);
  const sr = new Float64Array(count);
  const weakMax = Math.max(1, Math.floor(N / 10));
  for (let r = 0; r < count; r++) {
    const row = profiles.subarray(r * N, (r + 1) * N);
    for (let i = 0; i < N; i++) row[i] = -(0.6 + 0.9 * rng.next());
    if (spuriousRow[r]) {
      const units = rng.permutation(N);
      row[units[0]] = -1.5;
      const weak = 1 + rng.int(weakMax);
      for (let k = 1; k <= weak; k++) row[units[k]] = -(0.02 + 0.08 * rng.next());
    }
    let lo = Infinity;
    let hi = 0;
    for (let i = 0; i < N; i++) {
      lo = Math.min(lo, -row[i]);
      hi = Math.max(hi, -row[i]);
    }
    sr[r] = lo / hi;
  }
  return { profiles, N, y: spuriousRow, sr };
}

export function toySet(options: Partial<ToyOptions> = {}): ProfileSet {
  const o = { ...DEFAULT_TOY, ...options };
  const { profiles, N, y, sr } = toyProfiles(o);
  return buildProfileSet(profiles, N, y, sr, o.L, o.normalise);
}
