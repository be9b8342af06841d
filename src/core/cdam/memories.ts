/**
 * CDAM's memories and starting states (docs/models.md §10.1): seeded U(0, 1) patterns, letter
 * glyphs as pixel intensities, and the cue ξ^start + noise·(U(0, 1) − 0.5) element-wise.
 */
import { glyphPatterns } from '../data/datasets';
import { createRng } from '../util/random';

/** P × N patterns with entries ~ U(0, 1), seeded. */
export function uniformMemories(P: number, N: number, seed: number): Float64Array {
  const rng = createRng(seed);
  const out = new Float64Array(P * N);
  for (let k = 0; k < out.length; k++) out[k] = rng.next();
  return out;
}

export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * The first P letters of A … Z (then again, shifted one pixel right so no two memories are
 * equal) drawn on a side × side grid, ink 1 and paper 0.
 */
export function letterMemories(P: number, side: number): Float64Array {
  const N = side * side;
  const out = new Float64Array(P * N);
  for (let mu = 0; mu < P; mu++) {
    const round = Math.floor(mu / LETTERS.length);
    const g = glyphPatterns(LETTERS[mu % LETTERS.length], side).data;
    for (let r = 0; r < side; r++)
      for (let c = 0; c < side; c++) {
        const src = c - round;
        out[mu * N + r * side + c] = src >= 0 ? (g[r * side + src] + 1) / 2 : 0;
      }
  }
  return out;
}

/** ξ^start + noise·(U(0, 1) − 0.5), seeded. */
export function noisyStart(
  xi: Float64Array,
  N: number,
  start: number,
  noise: number,
  seed: number,
): Float64Array {
  const rng = createRng(seed);
  const x = new Float64Array(N);
  for (let i = 0; i < N; i++) x[i] = xi[start * N + i] + noise * (rng.next() - 0.5);
  return x;
}
