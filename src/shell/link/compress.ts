/** deflate-raw through the platform's CompressionStream (browsers, Node ≥ 18). */

type Pair = ReadableWritablePair<Uint8Array, Uint8Array>;

async function readAll(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      // Counted while inflating: a small link cannot allocate a huge buffer.
      await reader.cancel().catch(() => undefined);
      throw new InflateLimitError(maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

export class InflateLimitError extends Error {
  override name = 'InflateLimitError';
  constructor(readonly maxBytes: number) {
    super(`it inflates past ${Math.round(maxBytes / 2 ** 20)} MB`);
  }
}

const stream = (bytes: Uint8Array) => new Blob([bytes as BlobPart]).stream();

export const deflateRaw = (bytes: Uint8Array): Promise<Uint8Array> =>
  readAll(stream(bytes).pipeThrough(new CompressionStream('deflate-raw') as Pair), Infinity);

/**
 * @throws InflateLimitError once the output passes `maxBytes` (counted while inflating);
 *   Error when the data is not a complete deflate-raw stream.
 */
export async function inflateRaw(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  try {
    return await readAll(
      stream(bytes).pipeThrough(new DecompressionStream('deflate-raw') as Pair),
      maxBytes,
    );
  } catch (err) {
    if (err instanceof InflateLimitError) throw err;
    throw new Error('the compressed data is damaged or incomplete', { cause: err });
  }
}
