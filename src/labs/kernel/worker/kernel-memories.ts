/**
 * The kernel lab's memories from their spec (api.ts KernelMemoriesSpec), shared by the room and
 * `dam kernel`: seeded Gaussian points in R^D and unit points on the circle from the core, or the
 * first M training digits of the fixed MNIST split (core/classifier/kh-split, pixels in [−1, 1])
 * with the classes taken in turn (core/classifier/split-index) 0, 1, …, 9, 0, …; and the split's test digits as queries.
 * `sphere` scales every memory to unit length (the circle's already are).
 */
import { khDataOf } from '../../../core/classifier/kh-split';
import type { MnistSet } from '../../../core/data/mnist-format';
import { mnistMemoryIndex, splitIndex } from '../../../core/classifier/split-index';
import type { Patterns } from '../../../core/dynamics/types';
import { circleMemories, gaussianMemories } from '../../../core/kernel/memories';
import type { KernelMemories, KernelMemoriesSpec } from './api';

export const NO_MNIST = 'The MNIST digits have not reached the worker yet.';

/** Rows scaled to unit length in place (a zero row stays zero). */
function toSphere(data: Float64Array, M: number, D: number): void {
  for (let r = 0; r < M; r++) {
    let s = 0;
    for (let i = 0; i < D; i++) s += data[r * D + i] ** 2;
    const k = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let i = 0; i < D; i++) data[r * D + i] *= k;
  }
}

export function kernelMemories(spec: KernelMemoriesSpec, mnist?: MnistSet): KernelMemories {
  const { M, seed, sphere } = spec;
  if (spec.source === 'gaussian') {
    const p = gaussianMemories(M, spec.D, seed, sphere);
    return { M, D: spec.D, data: Float64Array.from(p.data), labels: null };
  }
  if (spec.source === 'circle') {
    const p = circleMemories(M, seed);
    return { M, D: 2, data: Float64Array.from(p.data), labels: null };
  }
  if (!mnist) throw new Error(NO_MNIST);
  const idx = mnistMemoryIndex(mnist, M);
  const { images, labels } = khDataOf(mnist, idx);
  const D = mnist.rows * mnist.cols;
  if (sphere) toSphere(images, M, D);
  return { M, D, data: images, labels: Array.from(labels) };
}

export const patternsOf = (m: KernelMemories): Patterns => ({
  count: m.M,
  dim: m.D,
  data: m.data,
});

/** The first `count` test digits of the fixed split (pixels in [−1, 1]), `sphere` as the memories. */
export function mnistQueries(set: MnistSet, count: number, sphere: boolean): Patterns {
  const { test } = splitIndex(set);
  if (count > test.length)
    throw new Error(`queries: the split has ${test.length} test digits (asked for ${count})`);
  const { images } = khDataOf(set, test.slice(0, count));
  const D = set.rows * set.cols;
  if (sphere) toSphere(images, count, D);
  return { count, dim: D, data: images };
}
