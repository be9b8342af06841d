/**
 * Derived seeds: one user seed fans out into independent streams (a task's prototypes, each
 * group's examples, the probes, each trial of a phase map) so that changing one count never shifts
 * another stream. Each path element is folded in with a murmur3-style finaliser.
 */

/** murmur3's 32-bit finaliser: a bijection on 32-bit words with full avalanche. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A deterministic unsigned 32-bit seed derived from `seed` and a path of integers.
 * subSeed(s) ≠ s in general; subSeed(s, a, b) differs from subSeed(s, b, a).
 */
export function subSeed(seed: number, ...path: number[]): number {
  let h = fmix32(((Number.isFinite(seed) ? Math.trunc(seed) : 0) >>> 0) ^ 0x243f6a88);
  for (const p of path) {
    const word = (Number.isFinite(p) ? Math.trunc(p) : 0) >>> 0;
    h = fmix32((h + 0x9e3779b9) ^ fmix32(word + 0x7f4a7c15));
  }
  return h;
}
