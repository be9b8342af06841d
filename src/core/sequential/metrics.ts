/**
 * Scores of a sequence (docs/models.md §8.2): the classifier's test accuracy on a task, and the
 * summary of an accuracy matrix R (R[i][j]: accuracy on task j after training task i).
 * Accuracy is the one-step classifier's argmax over all C outputs (core/classifier/kh-pass), so
 * in a class-incremental sequence the earlier tasks' digits compete with every label.
 */
import type { KhConfig, KhData, KhModel } from '../classifier/kh-model';
import { khPass } from '../classifier/kh-pass';

/** Rows per pass (bounds the outputs buffer). */
const CHUNK = 1024;

/** A model reading `memories` (K × (D + C)) at temperature T, without copying float64 input. */
export function modelOf(memories: ArrayLike<number>, config: KhConfig, T: number): KhModel {
  const len = config.K * (config.D + config.C);
  if (memories.length !== len) {
    throw new RangeError(`memories hold ${memories.length} values, expected K × (D + C) = ${len}`);
  }
  const xi = memories instanceof Float64Array ? memories : Float64Array.from(memories);
  return { config, memories: xi, T };
}

/** argmax_α of row r of outputs (N × C), the first on ties. */
export function argmaxRow(outputs: Float64Array, r: number, C: number): number {
  let best = 0;
  for (let al = 1; al < C; al++) if (outputs[r * C + al] > outputs[r * C + best]) best = al;
  return best;
}

/** Fraction of `data` the classifier labels right (0 for an empty set). */
export function accuracyOn(
  memories: ArrayLike<number>,
  config: KhConfig,
  T: number,
  data: KhData,
): number {
  const model = modelOf(memories, config, T);
  const { D, C } = config;
  const N = data.labels.length;
  if (data.images.length !== N * D) throw new RangeError('images and labels do not match D');
  if (N === 0) return 0;
  const outputs = new Float64Array(N * C);
  let right = 0;
  for (let from = 0; from < N; from += CHUNK) {
    const to = Math.min(from + CHUNK, N);
    khPass(model, data.images, null, null, from, to, outputs, null);
    for (let r = from; r < to; r++) if (argmaxRow(outputs, r, C) === data.labels[r]) right++;
  }
  return right / N;
}

/**
 * The summary SeqRunResult documents, of a matrix with L ≥ 1 rows:
 *  - finalAccuracy: the mean of the last row;
 *  - forgetting: the mean over j < L − 1 of (max over rows i < L − 1 of R[i][j]) − R[L−1][j],
 *    i.e. the best accuracy task j had before the last task minus its final one (may be
 *    negative when a later task helps); 0 with one row.
 * Empty matrix: both 0.
 */
export function seqSummary(matrix: readonly (readonly number[])[]): {
  finalAccuracy: number;
  forgetting: number;
} {
  const L = matrix.length;
  if (L === 0) return { finalAccuracy: 0, forgetting: 0 };
  const last = matrix[L - 1];
  const finalAccuracy = last.length ? last.reduce((a, b) => a + b, 0) / last.length : 0;
  const cols = Math.min(L - 1, last.length);
  if (cols === 0) return { finalAccuracy, forgetting: 0 };
  let sum = 0;
  for (let j = 0; j < cols; j++) {
    let best = -Infinity;
    for (let i = 0; i < L - 1; i++) best = Math.max(best, matrix[i][j]);
    sum += best - last[j];
  }
  return { finalAccuracy, forgetting: sum / cols };
}
