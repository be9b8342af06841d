/**
 * Procedural pattern sets: random ±1 patterns of any size, and letter glyphs drawn from a 5×7
 * bitmap font scaled to a square grid. Also grey → ±1 binarisation for image data.
 */
import type { Rng } from '../util/random';
import type { Patterns } from '../dynamics/types';

/** K independent uniform ±1 patterns of length N. */
export function randomPatterns(count: number, dim: number, rng: Rng): Patterns {
  const data = new Float32Array(count * dim);
  for (let j = 0; j < data.length; j++) data[j] = rng.next() < 0.5 ? -1 : 1;
  return { count, dim, data };
}

/** grey in [0, 1] → +1 where grey > threshold (ink), else −1. */
export function binarize(grey: ArrayLike<number>, threshold = 0.5): Float32Array {
  const out = new Float32Array(grey.length);
  for (let i = 0; i < grey.length; i++) out[i] = grey[i] > threshold ? 1 : -1;
  return out;
}

// 5×7 font: seven rows of five bits per letter, most significant bit on the left.
const FONT: Record<string, number[]> = {
  A: [14, 17, 17, 31, 17, 17, 17],
  B: [30, 17, 17, 30, 17, 17, 30],
  C: [14, 17, 16, 16, 16, 17, 14],
  D: [30, 17, 17, 17, 17, 17, 30],
  E: [31, 16, 16, 30, 16, 16, 31],
  F: [31, 16, 16, 30, 16, 16, 16],
  G: [14, 17, 16, 23, 17, 17, 15],
  H: [17, 17, 17, 31, 17, 17, 17],
  I: [14, 4, 4, 4, 4, 4, 14],
  J: [7, 2, 2, 2, 2, 18, 12],
  K: [17, 18, 20, 24, 20, 18, 17],
  L: [16, 16, 16, 16, 16, 16, 31],
  M: [17, 27, 21, 21, 17, 17, 17],
  N: [17, 17, 25, 21, 19, 17, 17],
  O: [14, 17, 17, 17, 17, 17, 14],
  P: [30, 17, 17, 30, 16, 16, 16],
  Q: [14, 17, 17, 17, 21, 18, 13],
  R: [30, 17, 17, 30, 20, 18, 17],
  S: [15, 16, 16, 14, 1, 1, 30],
  T: [31, 4, 4, 4, 4, 4, 4],
  U: [17, 17, 17, 17, 17, 17, 14],
  V: [17, 17, 17, 17, 17, 10, 4],
  W: [17, 17, 17, 21, 21, 21, 10],
  X: [17, 17, 10, 4, 10, 17, 17],
  Y: [17, 17, 10, 4, 4, 4, 4],
  Z: [31, 1, 2, 4, 8, 16, 31],
};

export const GLYPH_LETTERS = Object.keys(FONT).join('');

/**
 * Letters as ±1 patterns on a size×size grid (ink +1), nearest-neighbour scaled with a 1-cell
 * margin from size 10 up. Unknown characters throw.
 */
export function glyphPatterns(letters: string, size = 16): Patterns {
  const chars = [...letters.toUpperCase()];
  const dim = size * size;
  const data = new Float32Array(chars.length * dim).fill(-1);
  const pad = size >= 10 ? 1 : 0;
  const inner = size - 2 * pad;
  chars.forEach((ch, k) => {
    const rows = FONT[ch];
    if (!rows) throw new Error(`no glyph for "${ch}" (available: ${GLYPH_LETTERS})`);
    for (let y = 0; y < inner; y++) {
      const r = rows[Math.floor((y * 7) / inner)];
      for (let x = 0; x < inner; x++) {
        const bit = (r >> (4 - Math.floor((x * 5) / inner))) & 1;
        if (bit) data[k * dim + (y + pad) * size + x + pad] = 1;
      }
    }
  });
  return { count: chars.length, dim, data };
}
