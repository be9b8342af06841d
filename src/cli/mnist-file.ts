/**
 * The MNIST asset of the `dam` commands (datasets/mnist-10k-gz.bin, built by `npm run data`):
 * read and inflated once per command; a missing or broken file is one line naming it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MnistSet } from '../core/data/mnist-format';
import { loadMnistAsset } from '../engine/mnist-inflate';

export const MNIST_ASSET = join(import.meta.dirname, '..', '..', 'datasets', 'mnist-10k-gz.bin');

export async function loadMnistFile(path = MNIST_ASSET): Promise<MnistSet> {
  let b: Buffer;
  try {
    b = readFileSync(path);
  } catch (e) {
    throw new Error(
      `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` +
        ' (run npm run data)',
      { cause: e },
    );
  }
  try {
    return await loadMnistAsset(b);
  } catch (e) {
    throw new Error(`cannot read ${path}: ${(e as Error).message} (run npm run data)`, {
      cause: e,
    });
  }
}
