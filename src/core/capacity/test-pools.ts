/** Small hand-built pools for the capacity tests (not shipped in any bundle). */
import type { Pool } from './pool';

/** A fixed pool of the given ±1 rows. */
export function fixedPool(rows: number[][]): Pool {
  const N = rows[0].length;
  const data = Int8Array.from(rows.flat());
  return {
    N,
    count: rows.length,
    data,
    exhausted: true,
    grow: (target) => Math.min(target, rows.length),
  };
}

/** The 2^k × 2^k Sylvester–Hadamard matrix: mutually orthogonal ±1 rows. */
export function hadamard(k: number): number[][] {
  let h = [[1]];
  for (let j = 0; j < k; j++)
    h = [...h.map((r) => [...r, ...r]), ...h.map((r) => [...r, ...r.map((x) => -x)])];
  return h;
}
