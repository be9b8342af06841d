/** Tests in Node: the bytes of public/datasets/mnist-10k.bin (built on install), read once. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const MNIST_ASSET_PATH = fileURLToPath(
  new URL('../../public/datasets/mnist-10k.bin', import.meta.url),
);

let bytes: ArrayBuffer | null = null;

/** A fresh copy of the asset's bytes (callers may transfer or detach it). */
export function mnistAssetBytes(): ArrayBuffer {
  if (!bytes) {
    const b = readFileSync(MNIST_ASSET_PATH);
    bytes = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  }
  return bytes.slice(0);
}
