/**
 * ±1 states packed 32 units to a word (bit set = +1): a compact key for deduplication and a fast
 * overlap through popcount (overlap = N − 2·Hamming).
 */

export const wordsFor = (N: number): number => (N + 31) >>> 5;

/** Packs row `row` of a flat ±1 array (or the whole array) into `out`. */
export function packBits(
  bits: Int8Array,
  N: number,
  row = 0,
  out = new Uint32Array(wordsFor(N)),
): Uint32Array {
  out.fill(0);
  const base = row * N;
  for (let i = 0; i < N; i++) if (bits[base + i] > 0) out[i >>> 5] |= 1 << (i & 31);
  return out;
}

/** Every row of a count × N ±1 array packed, count × words. */
export function packRows(bits: Int8Array, N: number, count: number): Uint32Array {
  const W = wordsFor(N);
  const out = new Uint32Array(count * W);
  for (let r = 0; r < count; r++) packBits(bits, N, r, out.subarray(r * W, (r + 1) * W));
  return out;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Integer overlap Σ a_i b_i of two packed states (row ra of a, row rb of b). */
export function packedDot(
  a: Uint32Array,
  ra: number,
  b: Uint32Array,
  rb: number,
  N: number,
): number {
  const W = wordsFor(N);
  let diff = 0;
  const oa = ra * W;
  const ob = rb * W;
  for (let w = 0; w < W; w++) diff += popcount(a[oa + w] ^ b[ob + w]);
  return N - 2 * diff;
}

/** A string key of a packed state (16 bits a character), for a Map. */
export function packedKey(words: Uint32Array): string {
  let s = '';
  for (let w = 0; w < words.length; w++) {
    s += String.fromCharCode(words[w] & 0xffff, words[w] >>> 16);
  }
  return s;
}
