/**
 * Reads the JSON input of a `dam` command, a file or standard input, up to a byte cap (256 MB):
 * a regular file's size is checked before it is read; standard input, pipes and devices stop
 * being read once past the cap. Problems are one-line errors (exit status 1).
 */
import { createReadStream, readFileSync, statSync, type Stats } from 'node:fs';
import { InputError, quote } from '../schema/parse';

export const MAX_INPUT_BYTES = 256 * 2 ** 20;

const MB = 2 ** 20;
const size = (bytes: number) =>
  bytes >= MB ? `${Number((bytes / MB).toFixed(1))} MB` : `${bytes} bytes`;

const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/** All of a stream as UTF-8 text; InputError as soon as it passes `maxBytes`. */
export async function readStreamCapped(
  stream: AsyncIterable<Buffer | string>,
  maxBytes: number,
  what: string,
): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += b.length;
    // Leaving the loop destroys the stream: nothing past the cap is read.
    if (total > maxBytes) throw new InputError(`${what}: more than the ${size(maxBytes)} limit`);
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A file's text, refusing one larger than `maxBytes` before reading it. */
export async function readFileCapped(path: string, maxBytes: number): Promise<string> {
  const name = quote(path);
  let st: Stats;
  try {
    st = statSync(path);
  } catch (e) {
    throw new InputError(`cannot read ${name}: ${code(e)}`);
  }
  if (st.isDirectory()) throw new InputError(`cannot read ${name}: it is a directory`);
  if (!st.isFile()) return readStreamCapped(createReadStream(path), maxBytes, name);
  if (st.size > maxBytes) {
    throw new InputError(`${name}: ${size(st.size)}, more than the ${size(maxBytes)} limit`);
  }
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read ${name}: ${code(e)}`);
  }
}
