/**
 * Recognises an image file from its first bytes and reads its pixel size from the header, so an
 * oversized picture can be refused before anything decodes it. Pure: bytes in, facts out.
 */

export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'svg';

export interface ImageHeader {
  format: ImageFormat;
  /** Pixel size from the header; null for SVG (vector) or when the header is cut short. */
  width: number | null;
  height: number | null;
}

const u16be = (b: Uint8Array, i: number) => (b[i] << 8) | b[i + 1];
const u16le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u24le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16);
const u32be = (b: Uint8Array, i: number) =>
  ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
const ascii = (b: Uint8Array, i: number, n: number) =>
  String.fromCharCode(...Array.from(b.subarray(i, i + n)));

function png(b: Uint8Array): ImageHeader {
  const ok = b.length >= 24 && ascii(b, 12, 4) === 'IHDR';
  return { format: 'png', width: ok ? u32be(b, 16) : null, height: ok ? u32be(b, 20) : null };
}

function gif(b: Uint8Array): ImageHeader {
  const ok = b.length >= 10;
  return { format: 'gif', width: ok ? u16le(b, 6) : null, height: ok ? u16le(b, 8) : null };
}

const isSof = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

function jpeg(b: Uint8Array): ImageHeader {
  let i = 2;
  while (i + 3 < b.length) {
    if (b[i] !== 0xff) break; // not a marker: damaged stream
    const m = b[i + 1];
    if (m === 0xff) {
      i++; // fill byte
      continue;
    }
    if (m === 0xd8 || m === 0x01 || (m >= 0xd0 && m <= 0xd7)) {
      i += 2;
      continue;
    }
    if (isSof(m)) {
      if (i + 9 > b.length) break;
      return { format: 'jpeg', height: u16be(b, i + 5), width: u16be(b, i + 7) };
    }
    i += 2 + u16be(b, i + 2);
  }
  return { format: 'jpeg', width: null, height: null };
}

function webp(b: Uint8Array): ImageHeader {
  const none: ImageHeader = { format: 'webp', width: null, height: null };
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8 ' && b.length >= 30 && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) {
    return { format: 'webp', width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  }
  if (chunk === 'VP8L' && b.length >= 25 && b[20] === 0x2f) {
    const bits = (b[21] | (b[22] << 8) | (b[23] << 16) | (b[24] << 24)) >>> 0;
    return { format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X' && b.length >= 30) {
    return { format: 'webp', width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  }
  return none;
}

function looksLikeSvg(b: Uint8Array): boolean {
  const head = ascii(b, 0, Math.min(b.length, 4096))
    .replace(/^\uFEFF|^ï»¿/, '')
    .trimStart();
  return head.startsWith('<') && /<svg[\s>]/i.test(head);
}

/**
 * The format from the magic bytes (never from the file name), and the size where the header has
 * it. Null when the bytes are not one of PNG, JPEG, GIF, WebP or SVG.
 */
export function readImageHeader(bytes: Uint8Array): ImageHeader | null {
  const b = bytes;
  if (b.length >= 8 && u32be(b, 0) === 0x89504e47 && u32be(b, 4) === 0x0d0a1a0a) return png(b);
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return jpeg(b);
  if (b.length >= 6 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) return gif(b);
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return webp(b);
  if (looksLikeSvg(b)) return { format: 'svg', width: null, height: null };
  return null;
}
