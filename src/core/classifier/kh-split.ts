/**
 * The fixed MNIST split of the Krotov–Hopfield lab: per class, the first 80% (floor) of the asset's
 * digits train and the rest test (7,996 / 2,004 on the 10,000-digit asset). Pixels become
 * v = 2·grey − 1 ∈ [−1, 1] (docs/models.md §2.5). Shared by the CLI, the lab worker and the tests.
 */
import type { KhData } from './kh-model';
import { indicesOfClass, type MnistSet } from '../data/mnist-format';

export interface KhSplit {
  train: KhData;
  test: KhData;
  /** Asset indices of the training and test digits, in the order of `train` and `test`. */
  trainIndex: Int32Array;
  testIndex: Int32Array;
}

/** Digits `idx` of the asset as a KhData (images row-major, values 2·grey − 1). */
export function khDataOf(set: MnistSet, idx: ArrayLike<number>): KhData {
  const D = set.rows * set.cols;
  const images = new Float64Array(idx.length * D);
  const labels = new Int32Array(idx.length);
  for (let r = 0; r < idx.length; r++) {
    const base = idx[r] * D;
    for (let p = 0; p < D; p++) images[r * D + p] = (2 * set.pixels[base + p]) / 255 - 1;
    labels[r] = set.labels[idx[r]];
  }
  return { images, labels };
}

/**
 * The fixed split. With `subset`, the training set keeps only the first ⌊subset/10⌋ digits of each
 * class (one more for the first subset mod 10 classes); the test set is always the full 20%.
 */
export function splitMnist(set: MnistSet, subset?: number): KhSplit {
  if (subset !== undefined && (!Number.isInteger(subset) || subset < 1)) {
    throw new RangeError(`subset must be a positive integer (got ${subset})`);
  }
  const train: number[] = [];
  const test: number[] = [];
  for (let d = 0; d < 10; d++) {
    const all = indicesOfClass(set, d);
    const cut = Math.floor(0.8 * all.length);
    const take = subset === undefined ? cut : Math.floor(subset / 10) + (d < subset % 10 ? 1 : 0);
    for (let k = 0; k < Math.min(cut, take); k++) train.push(all[k]);
    for (let k = cut; k < all.length; k++) test.push(all[k]);
  }
  return {
    train: khDataOf(set, train),
    test: khDataOf(set, test),
    trainIndex: Int32Array.from(train),
    testIndex: Int32Array.from(test),
  };
}
