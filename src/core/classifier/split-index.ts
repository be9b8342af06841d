/**
 * Digits of the fixed MNIST split (kh-split.ts: the first ⌊0.8·n⌋ of each class train, the rest
 * test) by asset index, without converting every digit as splitMnist does: the labs that take
 * "the first M training digits, classes in turn" share this.
 */
import { indicesOfClass, type MnistSet } from '../data/mnist-format';

/**
 * The fixed split's asset indices per class, by splitMnist's rule (the first ⌊0.8·n⌋ of each
 * class train, the rest test) without converting every digit as splitMnist does.
 */
export function splitIndex(set: MnistSet): { train: number[][]; test: number[] } {
  const train: number[][] = [];
  const test: number[] = [];
  for (let d = 0; d < 10; d++) {
    const all = Array.from(indicesOfClass(set, d));
    const cut = Math.floor(0.8 * all.length);
    train.push(all.slice(0, cut));
    test.push(...all.slice(cut));
  }
  return { train, test };
}

/** The asset indices of the first M training digits, classes in turn (0, 1, …, 9, 0, …). */
export function mnistMemoryIndex(set: MnistSet, M: number): number[] {
  const byClass = splitIndex(set).train;
  const out: number[] = [];
  const next = new Array<number>(10).fill(0);
  for (let r = 0; out.length < M; r++) {
    const d = r % 10;
    if (next[d] < byClass[d].length) out.push(byClass[d][next[d]++]);
    else if (byClass.every((c, k) => next[k] >= c.length))
      throw new Error(`the MNIST training split has only ${out.length} digits (asked for ${M})`);
  }
  return out;
}
