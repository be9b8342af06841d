/**
 * Digits of the lab's test split (per class, the last 20% of the asset's digits; see
 * src/core/kh-split.ts) for trying the trained memory on real handwriting: the k-th pick cycles
 * through the classes (0, 1, … 9, 0, …) and then through each class's test digits.
 */
import type { GreyImage } from '../../../core/data/images';
import type { MnistData } from '../../../shell/bank/mnist-data';

export interface TestDigit {
  image: GreyImage;
  label: number;
  /** Index in the asset. */
  index: number;
}

/** The k-th test digit (k ≥ 0), or null before the digits are loaded. */
export function testDigit(mnist: MnistData, k: number): TestDigit | null {
  const set = mnist.set();
  if (!set) return null;
  const label = ((k % 10) + 10) % 10;
  const all = mnist.classIndices(label);
  const test = all.slice(Math.floor(0.8 * all.length));
  if (!test.length) return null;
  const index = test[Math.floor(Math.abs(k) / 10) % test.length];
  const size = set.rows * set.cols;
  const pixels = set.pixels.slice(index * size, (index + 1) * size);
  return { image: { width: set.cols, height: set.rows, pixels }, label, index };
}
