#!/usr/bin/env node
/**
 * Draws the app icon (a digit 3 stored as a 5×5 memory pattern on the ink colour) as
 * public/icons/icon.svg and as PNGs of 192 and 512 px. The pattern sits inside the maskable safe
 * zone, so the 512 px PNG also serves as the maskable icon. The files are checked in; run
 * `node scripts/build-icons.mjs` after changing the design (scripts/build-icons.test.ts checks
 * they match).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const PATTERN = ['#####', '....#', '.###.', '....#', '#####'];
const INK = [0x1a, 0x20, 0x40];
const ON = [0x8e, 0xa2, 0xff];
const OFF = [0x2a, 0x33, 0x62];
export const ICON_SIZES = [192, 512];

/** Cells as [x, y, size, lit] in a 100-unit square. */
function cells() {
  const out = [];
  // 53 units wide: the corners stay inside the maskable safe circle (radius 40).
  const step = 11;
  const size = 9;
  const origin = 50 - (PATTERN.length * step - (step - size)) / 2;
  PATTERN.forEach((row, j) => {
    [...row].forEach((c, i) => out.push([origin + i * step, origin + j * step, size, c === '#']));
  });
  return out;
}

const hex = (rgb) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

export function iconSvg() {
  const rects = cells()
    .map(
      ([x, y, s, lit]) =>
        `<rect x="${x}" y="${y}" width="${s}" height="${s}" rx="1.5" fill="${hex(lit ? ON : OFF)}"/>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="18" fill="${hex(INK)}"/>${rects}</svg>\n`;
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

/** The icon as an RGB PNG of `px` × `px` (full-bleed ink, square cells). */
export function iconPng(px) {
  const rgb = Buffer.alloc(px * px * 3);
  for (let p = 0; p < px * px; p++) rgb.set(INK, p * 3);
  const u = px / 100;
  for (const [x, y, s, lit] of cells()) {
    const [x0, y0, x1, y1] = [x, y, x + s, y + s].map((v) => Math.round(v * u));
    for (let py = y0; py < y1; py++)
      for (let qx = x0; qx < x1; qx++) rgb.set(lit ? ON : OFF, (py * px + qx) * 3);
  }
  const raw = Buffer.alloc(px * (px * 3 + 1));
  for (let row = 0; row < px; row++)
    rgb.copy(raw, row * (px * 3 + 1) + 1, row * px * 3, (row + 1) * px * 3);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(px, 0);
  ihdr.writeUInt32BE(px, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const ICON_DIR = join(
  resolve(dirname(fileURLToPath(import.meta.url)), '..'),
  'public',
  'icons',
);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(join(ICON_DIR, 'icon.svg'), iconSvg());
  for (const px of ICON_SIZES) writeFileSync(join(ICON_DIR, `icon-${px}.png`), iconPng(px));
  console.log(
    `icons: wrote icon.svg and ${ICON_SIZES.map((px) => `icon-${px}.png`).join(', ')} to ${ICON_DIR}`,
  );
}
