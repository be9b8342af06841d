/**
 * Tests in Node: the MNIST asset datasets/mnist-10k-gz.bin (built on install), decoded once
 * by the app's own decoder (src/engine/mnist-inflate.ts) when this module loads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inflateMnistAsset } from '../engine/mnist-inflate';

export const MNIST_ASSET_PATH = fileURLToPath(
  new URL('../../datasets/mnist-10k-gz.bin', import.meta.url),
);

/** The shipped (gzipped) file as it is on disk, or null when it was not built. */
export const mnistAssetFile: Uint8Array | null = existsSync(MNIST_ASSET_PATH)
  ? new Uint8Array(readFileSync(MNIST_ASSET_PATH))
  : null;

const plain = mnistAssetFile ? await inflateMnistAsset(mnistAssetFile) : null;

/** A fresh copy of the asset's plain bytes (callers may transfer or detach it). */
export function mnistAssetBytes(): ArrayBuffer {
  if (!plain) throw new Error(`${MNIST_ASSET_PATH} is missing: run \`npm run data\``);
  return plain.slice(0);
}
