/**
 * The page's MNIST decode worker: gunzips the downloaded asset off the main thread and hands the
 * plain bytes back (src/worker-client/mnist-decode.ts starts one per load and ends it after).
 */
import { inflateMnistAsset } from '../src/engine/mnist-inflate';
import { errorMessage } from '../src/core/util/error-message';
import type { MnistDecodeReply, MnistDecodeRequest } from '../src/worker-api/mnist-decode';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (e: MessageEvent<MnistDecodeRequest>) => {
  const t0 = performance.now();
  let reply: MnistDecodeReply;
  try {
    const plain = await inflateMnistAsset(new Uint8Array(e.data));
    reply = { ok: true, plain, ms: performance.now() - t0 };
  } catch (err) {
    reply = { ok: false, error: errorMessage(err) };
  }
  scope.postMessage(reply, reply.ok ? [reply.plain] : []);
};
