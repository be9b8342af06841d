/**
 * Parser for the compact MNIST asset built by scripts/build-mnist.mjs.
 *
 * Layout, little-endian:
 *   0–3 magic "MNSD" · 4–7 u32 version (1) · 8–11 u32 count · 12–13 u16 rows · 14–15 u16 cols
 *   then u8 labels[count] (0–9), then u8 pixels[count·rows·cols] (grey 0–255, row-major per digit).
 * The generated asset is class-major: all 0s, then all 1s, … then all 9s. It ships gzipped
 * (datasets/mnist-10k-gz.bin); src/engine/mnist-inflate.ts decompresses it into this layout.
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

/** Upper bounds a header must respect before any buffer is sized from it. */
export const MNIST_LIMITS = { maxCount: 70_000, maxSide: 64 } as const;

export interface MnistHeader {
  count: number;
  rows: number;
  cols: number;
  /** Length of the whole (uncompressed) asset the header implies, header included. */
  totalBytes: number;
}

/**
 * Reads and checks the 16-byte header (magic, version, dimensions within MNIST_LIMITS).
 * @throws Error naming what is wrong.
 */
export function readMnistHeader(head: Uint8Array): MnistHeader {
  if (head.byteLength < MNIST_HEADER_BYTES) {
    throw new Error(
      `MNIST asset is ${head.byteLength} bytes, shorter than its ${MNIST_HEADER_BYTES}-byte header`,
    );
  }
  const view = new DataView(head.buffer, head.byteOffset, MNIST_HEADER_BYTES);
  const magic = String.fromCharCode(...head.subarray(0, 4));
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
  const { maxCount, maxSide } = MNIST_LIMITS;
  if (count > maxCount || rows > maxSide || cols > maxSide) {
    throw new Error(
      `MNIST asset header claims ${count} images of ${rows}×${cols}, more than the ` +
        `${maxCount} images of at most ${maxSide}×${maxSide} this app reads`,
    );
  }
  return { count, rows, cols, totalBytes: MNIST_HEADER_BYTES + count + count * rows * cols };
}

/**
 * Validates and wraps an asset buffer (no copy: the views share `buf`).
 * @throws Error with a message naming what is wrong (magic, version, dimensions, length, label).
 */
export function parseMnistAsset(buf: ArrayBuffer): MnistSet {
  const { count, rows, cols, totalBytes } = readMnistHeader(new Uint8Array(buf));
  if (buf.byteLength !== totalBytes) {
    throw new Error(
      `MNIST asset is ${buf.byteLength} bytes but its header (${count} images of ${rows}×${cols}) ` +
        `implies ${totalBytes}; the file is truncated or corrupt`,
    );
  }
  const labels = new Uint8Array(buf, MNIST_HEADER_BYTES, count);
  for (let i = 0; i < count; i++) {
    if (labels[i] > 9) throw new Error(`MNIST asset label ${labels[i]} at image ${i} is not 0–9`);
  }
  const pixels = new Uint8Array(buf, MNIST_HEADER_BYTES + count, count * rows * cols);
  return { count, rows, cols, labels, pixels };
}

export interface MnistAssembler {
  /** Appends decoded bytes; throws as soon as the header is bad or the data runs past it. */
  push(chunk: Uint8Array): void;
  /** The whole asset (exactly the length the header implies); throws when it is short. */
  finish(): ArrayBuffer;
}

/**
 * Collects an asset that arrives in pieces (a decompression stream). The output buffer is sized
 * from the header, after readMnistHeader has checked it against MNIST_LIMITS, and never grows.
 */
export function createMnistAssembler(): MnistAssembler {
  const head = new Uint8Array(MNIST_HEADER_BYTES);
  let headLen = 0;
  let out: Uint8Array | null = null;
  let header: MnistHeader | null = null;
  let len = 0;
  return {
    push(chunk) {
      let c = chunk;
      if (!out) {
        const take = Math.min(MNIST_HEADER_BYTES - headLen, c.byteLength);
        head.set(c.subarray(0, take), headLen);
        headLen += take;
        c = c.subarray(take);
        if (headLen < MNIST_HEADER_BYTES) return;
        header = readMnistHeader(head);
        out = new Uint8Array(header.totalBytes);
        out.set(head);
        len = MNIST_HEADER_BYTES;
      }
      if (len + c.byteLength > out.byteLength) {
        throw new Error(
          `MNIST asset holds more than the ${out.byteLength} bytes its header implies; the file is corrupt`,
        );
      }
      out.set(c, len);
      len += c.byteLength;
    },
    finish() {
      if (!out || !header) {
        throw new Error(
          `MNIST asset is ${headLen} bytes, shorter than its ${MNIST_HEADER_BYTES}-byte header`,
        );
      }
      if (len !== out.byteLength) {
        throw new Error(
          `MNIST asset is ${len} bytes but its header (${header.count} images of ` +
            `${header.rows}×${header.cols}) implies ${out.byteLength}; the file is truncated or corrupt`,
        );
      }
      return out.buffer as ArrayBuffer;
    },
  };
}

/** True when the bytes start like a gzip stream (1f 8b), not like a plain asset ("MNSD"). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.byteLength >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
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
