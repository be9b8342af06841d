/**
 * Conversions between plain `Patterns` (row-major Float32Array) and tfjs tensors.
 * Tensors never leave the engine: every public engine function returns typed arrays.
 */
import type { Patterns } from '../core/dynamics/types';
import { tf, type Tensor2D } from './tf';

/** A B×N (or K×N) float32 tensor holding the patterns. The caller owns (and disposes) it. */
export function toTensor(p: Patterns): Tensor2D {
  if (p.data.length !== p.count * p.dim) {
    throw new RangeError(
      `patterns: data has ${p.data.length} values, expected ${p.count}×${p.dim}`,
    );
  }
  const data = p.data instanceof Float32Array ? p.data : Float32Array.from(p.data);
  return tf.tensor2d(data, [p.count, p.dim], 'float32');
}

/** Downloads a 2-D tensor into plain patterns and disposes the tensor. */
export async function toPatterns(t: Tensor2D): Promise<Patterns> {
  const [count, dim] = t.shape;
  const data = (await t.data()) as Float32Array;
  t.dispose();
  return { count, dim, data: data.slice() };
}

/** Throws unless every memory is ±1: the batched binary update relies on ξ² = 1. */
export function assertBinaryMemories(memories: Patterns): void {
  const d = memories.data;
  for (let i = 0; i < d.length; i++) {
    if (d[i] !== 1 && d[i] !== -1) {
      throw new RangeError(`binary energies need ±1 memories; value ${d[i]} at index ${i}`);
    }
  }
}

/** Throws when the states do not match the memory dimension. */
export function assertSameDim(memories: Patterns, states: Patterns): void {
  if (memories.dim !== states.dim) {
    throw new RangeError(`states have dimension ${states.dim}, memories ${memories.dim}`);
  }
}
