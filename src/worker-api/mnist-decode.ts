/**
 * Messages of the MNIST decode worker (workers/mnist.worker.ts): the page posts the downloaded,
 * gzipped asset (transferred) and gets the plain asset back (transferred), or a message.
 */

/** Page → worker: the asset's bytes as downloaded. */
export type MnistDecodeRequest = ArrayBuffer;

/** Worker → page. `ms` is the worker's time to decompress and check the asset. */
export type MnistDecodeReply =
  { ok: true; plain: ArrayBuffer; ms: number } | { ok: false; error: string };
