/** Base64 (RFC 4648, with padding) for byte arrays, without DOM or Node globals. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let k = 0; k < ALPHABET.length; k++) LOOKUP[ALPHABET.charCodeAt(k)] = k;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let k = 0; k < bytes.length; k += 3) {
    const b0 = bytes[k];
    const b1 = k + 1 < bytes.length ? bytes[k + 1] : 0;
    const b2 = k + 2 < bytes.length ? bytes[k + 2] : 0;
    chunk +=
      ALPHABET[b0 >> 2] +
      ALPHABET[((b0 & 3) << 4) | (b1 >> 4)] +
      (k + 1 < bytes.length ? ALPHABET[((b1 & 15) << 2) | (b2 >> 6)] : '=') +
      (k + 2 < bytes.length ? ALPHABET[b2 & 63] : '=');
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

/** Whether `text` is padded base64 (alphabet, padding only at the end, length a multiple of 4). */
export function isBase64(text: string): boolean {
  if (text.length % 4 !== 0) return false;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  let bad = 0;
  for (let k = 0; k < text.length - pad; k++) {
    const ch = text.charCodeAt(k);
    bad |= ch | LOOKUP[ch & 127];
  }
  return (bad & ~127) === 0;
}

/** @throws Error when the text is not padded base64. */
export function base64ToBytes(text: string): Uint8Array {
  if (text.length % 4 !== 0) throw new Error('base64 text length is not a multiple of 4');
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  // A tight loop without a call per character: it decodes the shipped run files (megabytes) on
  // the main thread. Bit 7 of `bad` collects invalid characters (LOOKUP −1 has every bit set).
  const body = pad ? text.length - 4 : text.length;
  let o = 0;
  let bad = 0;
  for (let k = 0; k < body; k += 4) {
    const a = LOOKUP[text.charCodeAt(k) & 127];
    const b = LOOKUP[text.charCodeAt(k + 1) & 127];
    const c = LOOKUP[text.charCodeAt(k + 2) & 127];
    const d = LOOKUP[text.charCodeAt(k + 3) & 127];
    bad |=
      a |
      b |
      c |
      d |
      (text.charCodeAt(k) |
        text.charCodeAt(k + 1) |
        text.charCodeAt(k + 2) |
        text.charCodeAt(k + 3));
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = (v >> 16) & 255;
    out[o++] = (v >> 8) & 255;
    out[o++] = v & 255;
  }
  if (bad & ~127) throw new Error(`invalid base64 character in the first ${body} characters`);
  if (pad) {
    const digit = (k: number): number => {
      const ch = text.charCodeAt(k);
      if (ch === 61 && k >= text.length - pad) return 0; // '=' padding at the end only
      const v = ch < 128 ? LOOKUP[ch] : -1;
      if (v < 0) throw new Error(`invalid base64 character at ${k}`);
      return v;
    };
    const k = body;
    const v = (digit(k) << 18) | (digit(k + 1) << 12) | (digit(k + 2) << 6) | digit(k + 3);
    out[o] = (v >> 16) & 255;
    if (o + 1 < out.length) out[o + 1] = (v >> 8) & 255;
  }
  return out;
}

/** base64url without padding (links). */
export const bytesToBase64Url = (bytes: Uint8Array): string =>
  bytesToBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** @throws Error when `text` is not base64url. */
export function base64UrlToBytes(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) {
    throw new Error('not valid base64url');
  }
  const std = text.replace(/-/g, '+').replace(/_/g, '/');
  return base64ToBytes(std + '='.repeat((4 - (std.length % 4)) % 4));
}

/** Packs 0/1 values into bits (most significant first). */
export function packBits(bits: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil(bits.length / 8));
  for (let i = 0; i < bits.length; i++) if (bits[i]) out[i >> 3] |= 0x80 >> (i & 7);
  return out;
}

/** @throws Error when `bytes` does not hold exactly `length` bits (rounded up to bytes). */
export function unpackBits(bytes: Uint8Array, length: number): Uint8Array {
  if (bytes.length !== Math.ceil(length / 8)) {
    throw new Error(`bit mask has ${bytes.length} bytes, expected ${Math.ceil(length / 8)}`);
  }
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = (bytes[i >> 3] >> (7 - (i & 7))) & 1;
  return out;
}
