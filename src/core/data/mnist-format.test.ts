import { describe, expect, it } from 'vitest';
import { mnistAssetBytes, mnistAssetFile } from '../../test-utils/mnist-asset';
import {
  MNIST_HEADER_BYTES,
  createMnistAssembler,
  digitGrey,
  digitPattern,
  indicesOfClass,
  isGzip,
  parseMnistAsset,
  readMnistHeader,
} from './mnist-format';

/** A tiny asset: `labels.length` images of rows×cols, pixel p of image i = (i·7 + p·13) mod 256. */
function makeAsset(labels: number[], rows = 2, cols = 3, magic = 'MNSD', version = 1) {
  const count = labels.length;
  const buf = new ArrayBuffer(MNIST_HEADER_BYTES + count + count * rows * cols);
  const bytes = new Uint8Array(buf);
  const view = new DataView(buf);
  for (let k = 0; k < 4; k++) bytes[k] = magic.charCodeAt(k);
  view.setUint32(4, version, true);
  view.setUint32(8, count, true);
  view.setUint16(12, rows, true);
  view.setUint16(14, cols, true);
  bytes.set(labels, MNIST_HEADER_BYTES);
  const base = MNIST_HEADER_BYTES + count;
  for (let i = 0; i < count; i++) {
    for (let p = 0; p < rows * cols; p++)
      bytes[base + i * rows * cols + p] = (i * 7 + p * 13) % 256;
  }
  return buf;
}

describe('parseMnistAsset', () => {
  it('round-trips a small synthetic asset', () => {
    const set = parseMnistAsset(makeAsset([3, 0, 3, 9]));
    expect(set.count).toBe(4);
    expect([set.rows, set.cols]).toEqual([2, 3]);
    expect(Array.from(set.labels)).toEqual([3, 0, 3, 9]);
    expect(set.pixels.length).toBe(24);
    expect(set.pixels[6 + 1]).toBe((7 + 13) % 256);
    expect(indicesOfClass(set, 3)).toEqual([0, 2]);
    expect(indicesOfClass(set, 5)).toEqual([]);
  });

  it('reads grey levels in [0, 1] and binarises them to ±1', () => {
    const set = parseMnistAsset(makeAsset([1, 2]));
    const grey = digitGrey(set, 1);
    expect(grey[2]).toBeCloseTo((7 + 26) / 255, 6);
    for (const g of grey) expect(g >= 0 && g <= 1).toBe(true);
    const pattern = digitPattern(set, 1, 0.1);
    expect(Array.from(pattern)).toEqual(Array.from(grey, (g) => (g > 0.1 ? 1 : -1)));
  });

  it('rejects a truncated buffer', () => {
    const buf = makeAsset([1, 2, 3]);
    expect(() => parseMnistAsset(buf.slice(0, buf.byteLength - 1))).toThrow(/truncated/);
    expect(() => parseMnistAsset(buf.slice(0, 8))).toThrow(/shorter than its 16-byte header/);
  });

  it('rejects bad magic, an unknown version and empty dimensions', () => {
    expect(() => parseMnistAsset(makeAsset([1], 2, 3, 'XXXX'))).toThrow(/bad magic "XXXX"/);
    expect(() => parseMnistAsset(makeAsset([1], 2, 3, 'MNSD', 2))).toThrow(/version 2/);
    expect(() => parseMnistAsset(makeAsset([1], 0, 3))).toThrow(/empty dimensions/);
  });

  it('rejects a label outside 0–9', () => {
    expect(() => parseMnistAsset(makeAsset([1, 12]))).toThrow(/label 12 at image 1/);
  });

  it('rejects an index out of range', () => {
    const set = parseMnistAsset(makeAsset([1, 2]));
    expect(() => digitGrey(set, 2)).toThrow(RangeError);
  });
});

describe('createMnistAssembler', () => {
  const asset = new Uint8Array(makeAsset([3, 0, 3, 9]));

  it('collects an asset that arrives in pieces of any size into the same bytes', () => {
    for (const size of [1, 5, 16, 17, asset.length]) {
      const out = createMnistAssembler();
      for (let k = 0; k < asset.length; k += size) out.push(asset.subarray(k, k + size));
      expect(new Uint8Array(out.finish())).toEqual(asset);
    }
  });

  it('refuses bytes past the length the header implies, and a short asset', () => {
    const long = createMnistAssembler();
    long.push(asset);
    expect(() => long.push(new Uint8Array(1))).toThrow(/more than the 44 bytes its header implies/);
    const short = createMnistAssembler();
    short.push(asset.subarray(0, asset.length - 3));
    expect(() => short.finish()).toThrow(/41 bytes .* implies 44; the file is truncated/);
    const tiny = createMnistAssembler();
    tiny.push(asset.subarray(0, 5));
    expect(() => tiny.finish()).toThrow(/5 bytes, shorter than its 16-byte header/);
  });

  it('checks the header against the limits before sizing any buffer', () => {
    const head = new Uint8Array(makeAsset([1]).slice(0, MNIST_HEADER_BYTES));
    new DataView(head.buffer).setUint32(8, 4_000_000_000, true);
    expect(() => readMnistHeader(head)).toThrow(/claims 4000000000 images of 2×3, more than/);
    expect(() => createMnistAssembler().push(head)).toThrow(/more than the 70000 images/);
    new DataView(head.buffer).setUint32(8, 1, true);
    new DataView(head.buffer).setUint16(12, 1000, true);
    expect(() => readMnistHeader(head)).toThrow(/1000×3/);
  });

  it('tells gzip from a plain asset by the first two bytes', () => {
    expect(isGzip(new Uint8Array([0x1f, 0x8b, 8]))).toBe(true);
    expect(isGzip(asset)).toBe(false);
  });
});

describe.runIf(mnistAssetFile)('generated mnist-10k-gz.bin', () => {
  it('holds 10,000 28×28 digits with about 1,000 per class, class-major', () => {
    const set = parseMnistAsset(mnistAssetBytes());
    expect(set.count).toBe(10_000);
    expect([set.rows, set.cols]).toEqual([28, 28]);
    for (let d = 0; d < 10; d++) {
      const idx = indicesOfClass(set, d);
      expect(idx.length).toBeGreaterThan(800);
      expect(idx.length).toBeLessThan(1200);
      expect(idx[idx.length - 1] - idx[0] + 1).toBe(idx.length);
    }
    const ink = digitPattern(set, 0).filter((v) => v === 1).length;
    expect(ink).toBeGreaterThan(50);
    expect(ink).toBeLessThan(400);
  });
});
