/**
 * Parser for the compact MNIST asset built by scripts/build-mnist.mjs (public/datasets/mnist-10k.bin).
 *
 * Layout, little-endian:
 *   0–3 magic "MNSD" · 4–7 u32 version (1) · 8–11 u32 count · 12–13 u16 rows · 14–15 u16 cols
 *   then u8 labels[count] (0–9), then u8 pixels[count·rows·cols] (grey 0–255, row-major per digit).
 * The generated asset is class-major: all 0s, then all 1s, … then all 9s.
 */

export const MNIST_MAGIC = 'MNSD';
export const MNIST_VERSION = 1;
export const MNIST_HEADER_BYTES = 16;

export interface MnistSet {
  count: number;
  rows: number;
  cols: number;
  /** Digit class of each image, length count. */
  labels: Uint8Array;
  /** Grey levels 0–255, image i is pixels[i·rows·cols … (i+1)·rows·cols). */
  pixels: Uint8Array;
}

/**
 * Validates and wraps an asset buffer (no copy: the views share `buf`).
 * @throws Error with a message naming what is wrong (magic, version, dimensions, length, label).
 */
export function parseMnistAsset(buf: ArrayBuffer): MnistSet {
  if (buf.byteLength < MNIST_HEADER_BYTES) {
    throw new Error(
      `MNIST asset is ${buf.byteLength} bytes, shorter than its ${MNIST_HEADER_BYTES}-byte header`,
    );
  }
  const view = new DataView(buf);
  const magic = String.fromCharCode(...new Uint8Array(buf, 0, 4));
  if (magic !== MNIST_MAGIC) {
    throw new Error(`MNIST asset has bad magic "${magic}" (expected "${MNIST_MAGIC}")`);
  }
  const version = view.getUint32(4, true);
  if (version !== MNIST_VERSION) {
    throw new Error(`MNIST asset version ${version} is not supported (expected ${MNIST_VERSION})`);
  }
  const count = view.getUint32(8, true);
  const rows = view.getUint16(12, true);
  const cols = view.getUint16(14, true);
  if (count === 0 || rows === 0 || cols === 0) {
    throw new Error(`MNIST asset has empty dimensions (count ${count}, ${rows}×${cols})`);
  }
  const expected = MNIST_HEADER_BYTES + count + count * rows * cols;
  if (buf.byteLength !== expected) {
    throw new Error(
      `MNIST asset is ${buf.byteLength} bytes but its header (${count} images of ${rows}×${cols}) ` +
        `implies ${expected}; the file is truncated or corrupt`,
    );
  }
  const labels = new Uint8Array(buf, MNIST_HEADER_BYTES, count);
  for (let i = 0; i < count; i++) {
    if (labels[i] > 9) throw new Error(`MNIST asset label ${labels[i]} at image ${i} is not 0–9`);
  }
  const pixels = new Uint8Array(buf, MNIST_HEADER_BYTES + count, count * rows * cols);
  return { count, rows, cols, labels, pixels };
}

function checkIndex(set: MnistSet, i: number): void {
  if (!Number.isInteger(i) || i < 0 || i >= set.count) {
    throw new RangeError(`MNIST image index ${i} is outside 0–${set.count - 1}`);
  }
}

/** Image i as grey levels in [0, 1], length rows·cols. */
export function digitGrey(set: MnistSet, i: number): Float32Array {
  checkIndex(set, i);
  const size = set.rows * set.cols;
  const out = new Float32Array(size);
  const base = i * size;
  for (let p = 0; p < size; p++) out[p] = set.pixels[base + p] / 255;
  return out;
}

/** Image i as a ±1 pattern: +1 where grey > threshold (ink), −1 elsewhere. */
export function digitPattern(set: MnistSet, i: number, threshold = 0.5): Float32Array {
  const grey = digitGrey(set, i);
  const out = new Float32Array(grey.length);
  for (let p = 0; p < grey.length; p++) out[p] = grey[p] > threshold ? 1 : -1;
  return out;
}

/** Indices of every image of class d, in asset order. */
export function indicesOfClass(set: MnistSet, d: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < set.count; i++) if (set.labels[i] === d) out.push(i);
  return out;
}
