/**
 * Decodes the downloaded MNIST asset in a short-lived worker (workers/mnist.worker.ts), so the
 * 7.85 MB of pixels are inflated and checked off the main thread. One worker per call; it ends
 * when it has answered or failed.
 */
import type { MnistDecodeReply } from '../worker-api/mnist-decode';

export interface DecodedMnist {
  /** The plain asset (src/core/data/mnist-format.ts layout). */
  plain: ArrayBuffer;
  /** Time the worker spent decoding, ms. */
  ms: number;
}

/** Transfers `bytes` (it is detached afterwards). Rejects with the worker's message. */
export function decodeMnistInWorker(bytes: ArrayBuffer): Promise<DecodedMnist> {
  const worker = new Worker(new URL('../../workers/mnist.worker.ts', import.meta.url), {
    type: 'module',
    name: 'mnist-decode',
  });
  return new Promise<DecodedMnist>((resolve, reject) => {
    worker.addEventListener('message', (e: MessageEvent<MnistDecodeReply>) => {
      const reply = e.data;
      if (reply.ok) resolve({ plain: reply.plain, ms: reply.ms });
      else reject(new Error(reply.error));
    });
    worker.addEventListener('error', (e) =>
      reject(new Error(`the decode worker failed: ${e.message || 'it did not load'}`)),
    );
    worker.addEventListener('messageerror', () =>
      reject(new Error('the decode worker sent a message that could not be read')),
    );
    worker.postMessage(bytes, [bytes]);
  }).finally(() => worker.terminate());
}
