/** deflate-raw through the platform's CompressionStream (browsers, Node ≥ 18). */

async function pipe(bytes: Uint8Array, stream: GenerateTransformStream): Promise<Uint8Array> {
  const body = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

type GenerateTransformStream = ReadableWritablePair<Uint8Array, Uint8Array>;

export const deflateRaw = (bytes: Uint8Array): Promise<Uint8Array> =>
  pipe(bytes, new CompressionStream('deflate-raw') as GenerateTransformStream);

/** @throws Error when the data is not a complete deflate-raw stream. */
export async function inflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  try {
    return await pipe(bytes, new DecompressionStream('deflate-raw') as GenerateTransformStream);
  } catch (err) {
    throw new Error('the compressed data is damaged or incomplete', { cause: err });
  }
}
