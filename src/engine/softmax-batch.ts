/**
 * Batched continuous modern Hopfield update (Ramsauer et al., 2020), B states at once:
 *   S = β X Ξᵀ          (B×K similarities; X is B×N, Ξ is K×N)
 *   P = softmax(S)       (row-wise, tf.softmax subtracts the row max)
 *   X' = P Ξ             (B×N)
 * float32 throughout; the exact float64 single-state path is core/softmax-update.ts.
 */
import type { Patterns } from '../core/dynamics/types';
import { tf, type Tensor2D } from './tf';
import { assertSameDim, toPatterns, toTensor } from './tensors';

/** One update of every row of `x` (tensor level; call inside tf.tidy). */
export function softmaxStepT(xi: Tensor2D, x: Tensor2D, beta: number): Tensor2D {
  const s = tf.mul(tf.matMul(x, xi, false, true), beta) as Tensor2D;
  return tf.matMul(tf.softmax(s), xi);
}

/** X ← softmax(β X Ξᵀ) Ξ for all B states. Returns new plain patterns; no tensor outlives the call. */
export async function softmaxStepBatch(
  memories: Patterns,
  states: Patterns,
  beta: number,
): Promise<Patterns> {
  assertSameDim(memories, states);
  const out = tf.tidy(() => softmaxStepT(toTensor(memories), toTensor(states), beta));
  return toPatterns(out);
}
