/**
 * Gram matrices of ±1 pools: G[a·count + b] = ξ^a·ξ^b. Every entry is an integer of magnitude at
 * most N ≤ 1024, so a float32 engine (tfjs) computes it exactly; this is the typed-array core the
 * engine is tested against (src/engine/gram-batch.ts).
 */

/** Gram matrix of the first `count` rows of `pool` (row-major, N values per row). */
export type GramFn = (pool: Int8Array, count: number, N: number) => Promise<Int32Array>;

/** Largest pool whose Gram matrix is kept (4096² int32 = 64 MiB); larger pools use row dots. */
export const GRAM_MAX = 4096;

export function gramSync(pool: Int8Array, count: number, N: number): Int32Array {
  const g = new Int32Array(count * count);
  for (let a = 0; a < count; a++) {
    const ra = a * N;
    g[a * count + a] = N;
    for (let b = a + 1; b < count; b++) {
      const rb = b * N;
      let acc = 0;
      for (let i = 0; i < N; i++) acc += pool[ra + i] * pool[rb + i];
      g[a * count + b] = acc;
      g[b * count + a] = acc;
    }
  }
  return g;
}

export const coreGram: GramFn = (pool, count, N) => Promise.resolve(gramSync(pool, count, N));
