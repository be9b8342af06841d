/**
 * Patterns for the DrDAM experiments (models.md §6.5): QUANT1b's unique random binary patterns
 * {0,1}^D/√D, 'near' queries with a share of bits flipped, and the 2-D toy of the tutorial.
 */
import { createRng, type Rng } from '../util/random';

/** The most numbers (K·D) binaryPatterns may allocate. */
export const MAX_PATTERN_ENTRIES = 2 ** 24;
/** The most memories of the 2-D toy. */
export const MAX_TOY_K = 256;

/**
 * K unique rows of {0, 1/√D}^D, K×D row-major, each bit a fair coin. Dense requests (K more than a
 * quarter of 2^D) take K distinct codes from a seeded permutation of all 2^D; sparse ones redraw a
 * repeated row (on average fewer than 4/3 draws per row).
 */
export function binaryPatterns(K: number, D: number, seed: number): Float64Array {
  if (!Number.isInteger(D) || D < 1) throw new Error(`D must be an integer ≥ 1, got ${D}`);
  if (!Number.isInteger(K) || K < 1) throw new Error(`K must be an integer ≥ 1, got ${K}`);
  if (K > 2 ** D) throw new Error(`K = ${K} unique patterns need K ≤ 2^D = ${2 ** D} (D = ${D})`);
  if (K * D > MAX_PATTERN_ENTRIES)
    throw new Error(`K·D = ${K * D} is above the cap of ${MAX_PATTERN_ENTRIES} pattern entries`);
  const rng = createRng(seed);
  const one = 1 / Math.sqrt(D);
  const out = new Float64Array(K * D);
  if (4 * K > 2 ** D) {
    // 2^D < 4K ≤ 2^26 here, so every code is a small integer.
    const codes = rng.permutation(2 ** D);
    for (let k = 0; k < K; k++)
      for (let i = 0; i < D; i++) out[k * D + i] = (codes[k] >>> i) & 1 ? one : 0;
    return out;
  }
  const seen = new Set<string>();
  const bits = new Uint8Array(D);
  for (let k = 0; k < K;) {
    for (let i = 0; i < D; i++) bits[i] = rng.nextUint32() >>> 31;
    const key = bits.join('');
    if (seen.has(key)) continue;
    seen.add(key);
    for (let i = 0; i < D; i++) out[k * D + i] = bits[i] ? one : 0;
    k++;
  }
  return out;
}

/**
 * A copy of x (entries 0 or 1/√D) with round(share·D) distinct coordinates flipped, chosen by
 * `rng`; an entry counts as 1 when above 0.5/√D.
 */
export function flipBits(x: Float64Array, share: number, rng: Rng): Float64Array {
  if (!Number.isFinite(share) || share < 0 || share > 1)
    throw new Error(`share must be in [0, 1], got ${share}`);
  const D = x.length;
  const one = 1 / Math.sqrt(D);
  const y = Float64Array.from(x);
  const perm = rng.permutation(D);
  const flips = Math.round(share * D);
  for (let f = 0; f < flips; f++) {
    const i = perm[f];
    y[i] = y[i] > 0.5 * one ? 0 : one;
  }
  return y;
}

/**
 * The 2-D toy (K×2 row-major): memory k at angle 2π(k + u_k)/K, u_k ~ U(−¼, ¼), and radius
 * 0.5 + 0.5·v_k, v_k ~ U(0, 1) — spread round the origin at unit scale, neighbours in angle at
 * least π/K apart, so every memory has its own region of the plane.
 */
export function toy2d(K = 8, seed = 1): Float64Array {
  if (!Number.isInteger(K) || K < 1 || K > MAX_TOY_K)
    throw new Error(`K must be an integer in [1, ${MAX_TOY_K}], got ${K}`);
  const rng = createRng(seed);
  const out = new Float64Array(2 * K);
  for (let k = 0; k < K; k++) {
    const angle = (2 * Math.PI * (k + (rng.next() - 0.5) / 2)) / K;
    const radius = 0.5 + 0.5 * rng.next();
    out[2 * k] = radius * Math.cos(angle);
    out[2 * k + 1] = radius * Math.sin(angle);
  }
  return out;
}
