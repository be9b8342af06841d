/**
 * Corruptions that turn a stored pattern into a cue. All randomness comes from the seeded Rng.
 * Each returns a new array; the input is never modified.
 */
import type { Rng } from '../util/random';

/** Flips each ±1 entry independently with probability p (grey values are negated). */
export function flipNoise(state: ArrayLike<number>, p: number, rng: Rng): Float32Array {
  const out = Float32Array.from(state);
  const prob = Math.min(1, Math.max(0, p));
  for (let i = 0; i < out.length; i++) if (rng.next() < prob) out[i] = -out[i];
  return out;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Sets a rectangle of a width-wide image to `fill` (default −1, the background). */
export function maskRect(
  state: ArrayLike<number>,
  width: number,
  rect: Rect,
  fill = -1,
): Float32Array {
  const out = Float32Array.from(state);
  const height = Math.floor(out.length / width);
  const x0 = Math.max(0, Math.floor(rect.x));
  const y0 = Math.max(0, Math.floor(rect.y));
  const x1 = Math.min(width, Math.floor(rect.x + rect.w));
  const y1 = Math.min(height, Math.floor(rect.y + rect.h));
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) out[y * width + x] = fill;
  return out;
}

/** Adds N(0, σ²) noise to every entry (for continuous models). */
export function gaussianNoise(state: ArrayLike<number>, sigma: number, rng: Rng): Float32Array {
  const out = Float32Array.from(state);
  for (let i = 0; i < out.length; i++) out[i] += sigma * rng.normal();
  return out;
}
