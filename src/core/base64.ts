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

/** @throws Error when the text is not padded base64. */
export function base64ToBytes(text: string): Uint8Array {
  if (text.length % 4 !== 0) throw new Error('base64 text length is not a multiple of 4');
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  const digit = (k: number): number => {
    const ch = text.charCodeAt(k);
    if (ch === 61 && k >= text.length - pad) return 0; // '=' padding at the end only
    const d = ch < 128 ? LOOKUP[ch] : -1;
    if (d < 0) throw new Error(`invalid base64 character at ${k}`);
    return d;
  };
  let o = 0;
  for (let k = 0; k < text.length; k += 4) {
    const v = (digit(k) << 18) | (digit(k + 1) << 12) | (digit(k + 2) << 6) | digit(k + 3);
    out[o++] = (v >> 16) & 255;
    if (o < out.length) out[o++] = (v >> 8) & 255;
    if (o < out.length) out[o++] = v & 255;
  }
  return out;
}
