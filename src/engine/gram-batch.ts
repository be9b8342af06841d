/**
 * Gram matrices of ±1 pools on the tfjs backend, for the capacity lab: G = X Xᵀ in row blocks.
 * Every entry is a sum of N ≤ 1024 products ±1, an integer of magnitude ≤ N, and every partial
 * sum is one too, so float32 (exact to 2^24) gives the core's value (core/capacity/gram.ts) bit
 * for bit on every backend; the parity table checks it.
 */
import type { GramFn } from '../core/capacity/gram';
import { tf } from './tf';

/** Rows per matMul block: 1024 × 4096 float32 = 16 MiB per product. */
const BLOCK = 1024;

export const gramTf: GramFn = async (pool, count, N) => {
  const out = new Int32Array(count * count);
  if (count === 0) return out;
  const x = tf.tensor2d(Float32Array.from(pool.subarray(0, count * N)), [count, N]);
  try {
    for (let r0 = 0; r0 < count; r0 += BLOCK) {
      const rows = Math.min(BLOCK, count - r0);
      const block = tf.tidy(() => tf.matMul(tf.slice(x, [r0, 0], [rows, N]), x, false, true));
      try {
        const values = (await block.data()) as Float32Array;
        for (let j = 0; j < values.length; j++) out[r0 * count + j] = Math.round(values[j]);
      } finally {
        block.dispose();
      }
    }
  } finally {
    x.dispose();
  }
  return out;
};
