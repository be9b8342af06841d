/**
 * Loads the MNIST asset once and keeps it outside the store (7.8 MB of pixels are not state; the
 * store only records the load status). Pixels are reached through the accessors below.
 */
import {
  digitGrey,
  digitPattern,
  indicesOfClass,
  parseMnistAsset,
  type MnistSet,
} from '../../core/data/mnist-format';

export const MNIST_URL = `${import.meta.env.BASE_URL}datasets/mnist-10k.bin`;

let set: MnistSet | null = null;
let byClass: number[][] = [];

/** Fetches and validates the asset; rejects with a message a user can act on. */
export async function loadMnist(): Promise<MnistSet> {
  if (set) return set;
  let res: Response;
  try {
    res = await fetch(MNIST_URL);
  } catch (err) {
    throw new Error(`Could not download the MNIST digits (${MNIST_URL}): ${String(err)}`, {
      cause: err,
    });
  }
  if (!res.ok) {
    throw new Error(
      `Could not download the MNIST digits (${MNIST_URL}: HTTP ${res.status}). ` +
        'Run `npm run data` to build public/datasets/mnist-10k.bin.',
    );
  }
  const parsed = parseMnistAsset(await res.arrayBuffer());
  installMnist(parsed);
  return parsed;
}

/** Installs an already parsed set (tests in Node, where there is no fetch of the asset). */
export function installMnist(parsed: MnistSet): void {
  byClass = Array.from({ length: 10 }, (_, d) => indicesOfClass(parsed, d));
  set = parsed;
}

/** The loaded set, or null before loading. */
export function mnistSet(): MnistSet | null {
  return set;
}

/** Asset indices of every example of class d, ascending ([] before loading). */
export function classIndices(d: number): readonly number[] {
  return byClass[d] ?? [];
}

/** Number of examples of class d (0 before loading). */
export function classSize(d: number): number {
  return byClass[d]?.length ?? 0;
}

/** Index in the asset of the `pick`-th example of class d. */
export function exampleIndex(d: number, pick: number): number {
  const list = byClass[d];
  if (!list || list.length === 0) throw new Error('MNIST digits are not loaded yet');
  return list[pick % list.length];
}

/**
 * The pattern stored for the `pick`-th example of class d: ±1 (grey > 0.5 is ink) for the binary
 * energies, or grey·2 − 1 in [−1, 1] when `continuous` (softmax keeps the anti-aliased strokes).
 */
export function examplePattern(d: number, pick: number, continuous = false): Float32Array {
  if (!set) throw new Error('MNIST digits are not loaded yet');
  const i = exampleIndex(d, pick);
  if (!continuous) return digitPattern(set, i, 0.5);
  const grey = digitGrey(set, i);
  for (let p = 0; p < grey.length; p++) grey[p] = grey[p] * 2 - 1;
  return grey;
}

export const MNIST_SIDE = 28;
