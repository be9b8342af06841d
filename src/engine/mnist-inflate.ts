/**
 * The one decoder of the shipped MNIST asset (datasets/mnist-10k-gz.bin): gunzips it with
 * the platform's DecompressionStream (browsers' workers and Node ≥ 18, no package) into the plain
 * layout of src/core/data/mnist-format.ts. The app runs it in its decode worker
 * (workers/mnist.worker.ts), the bench in its worker, the CLI and the scripts in Node.
 *
 * Bytes that already start with the plain magic are taken as they are: a host that serves the
 * file with `Content-Encoding: gzip` hands the page decompressed bytes.
 */
import { errorMessage } from '../core/util/error-message';
import {
  createMnistAssembler,
  isGzip,
  parseMnistAsset,
  type MnistSet,
} from '../core/data/mnist-format';

/**
 * The asset's plain bytes (header checked before the output is allocated; exactly the length
 * the header implies).
 * @throws Error "MNIST asset …" naming what is wrong (not gzip, truncated, corrupt, too large).
 */
export async function inflateMnistAsset(bytes: Uint8Array): Promise<ArrayBuffer> {
  const out = createMnistAssembler();
  if (!isGzip(bytes)) {
    out.push(bytes);
    return out.finish();
  }
  const plain = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  const reader = plain.getReader();
  for (;;) {
    let step: ReadableStreamReadResult<Uint8Array>;
    try {
      step = await reader.read();
    } catch (err) {
      throw new Error(
        `MNIST asset could not be decompressed: the file is truncated or corrupt (${errorMessage(err)})`,
        { cause: err },
      );
    }
    if (step.done) break;
    try {
      out.push(step.value);
    } catch (err) {
      // Stop inflating at once: nothing past the header's size is kept.
      void reader.cancel().catch(() => undefined);
      throw err;
    }
  }
  return out.finish();
}

/** inflateMnistAsset, then parseMnistAsset. */
export async function loadMnistAsset(bytes: Uint8Array): Promise<MnistSet> {
  return parseMnistAsset(await inflateMnistAsset(bytes));
}
