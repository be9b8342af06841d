/// <reference types="vite/client" />
/**
 * The single import point for @tensorflow/* (ESLint forbids it elsewhere).
 *
 * Statically this module loads only tfjs-core and the cpu backend, so Node tests (vitest) and any
 * realm without a GPU can import the engine safely. The browser backends (webgl, wasm, webgpu) are
 * loaded on demand by `loadBrowserBackends()`, which only the worker calls: importing them in Node
 * can fail (no OffscreenCanvas, no navigator.gpu) and they add ~300 KB to the worker chunk.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { errorMessage } from '../core/util/error-message';

export { tf };
export type Tensor = tf.Tensor;
export type Tensor1D = tf.Tensor1D;
export type Tensor2D = tf.Tensor2D;

let browserBackends: Promise<string[]> | null = null;

/**
 * Registers webgl, wasm and webgpu (each import registers its backend as a side effect).
 * tfjs-backend-webgpu 4.22 registers 'webgpu' only when `navigator.gpu` exists; its factory then
 * throws if `requestAdapter()` resolves null (headless Chromium without --enable-unsafe-webgpu),
 * which `backend.ts` catches. The wasm binaries are served by Vite from node_modules (`?url`),
 * never from a CDN. Returns the names of the backends that failed to load, with the reason.
 */
export function loadBrowserBackends(): Promise<string[]> {
  browserBackends ??= (async () => {
    const failures: string[] = [];
    const tryLoad = async (name: string, load: () => Promise<unknown>) => {
      try {
        await load();
      } catch (err) {
        failures.push(`${name}: ${errorMessage(err)}`);
      }
    };
    await tryLoad('webgl', () => import('@tensorflow/tfjs-backend-webgl'));
    await tryLoad('webgpu', () => import('@tensorflow/tfjs-backend-webgpu'));
    await tryLoad('wasm', async () => {
      const [wasm, plain, simd, threaded] = await Promise.all([
        import('@tensorflow/tfjs-backend-wasm'),
        import('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url'),
        import('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url'),
        import('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url'),
      ]);
      wasm.setWasmPaths({
        'tfjs-backend-wasm.wasm': plain.default,
        'tfjs-backend-wasm-simd.wasm': simd.default,
        'tfjs-backend-wasm-threaded-simd.wasm': threaded.default,
      });
    });
    return failures;
  })();
  return browserBackends;
}
