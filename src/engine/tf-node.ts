/**
 * Node-only backend set-up for the CLI: registers tfjs's wasm backend and points it at the .wasm
 * files in node_modules (the browser path is `loadBrowserBackends()` in tf.ts, whose Vite `?url`
 * imports Node cannot resolve). Kept out of the worker build and its tsconfig.
 *
 * This is the one file besides tf.ts that may import @tensorflow/* (a narrow ESLint exception):
 * the wasm package registers its backend with the same tfjs-core instance tf.ts loads.
 */
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { tf } from './tf';

export type NodeBackend = 'wasm' | 'cpu';

/** setWasmPaths throws once the wasm backend has started, so it is called only once. */
let wasmPathsSet = false;

/**
 * Makes `name` the current tfjs backend. Also sets tfjs's PROD flag, which silences its console
 * banners (the cpu backend's "running TensorFlow.js in Node.js" note would otherwise land on
 * the CLI's stderr). Rejects with one sentence when the backend does not start.
 */
export async function selectNodeBackend(name: NodeBackend): Promise<void> {
  tf.env().set('PROD', true);
  if (name === 'wasm' && !wasmPathsSet) {
    wasmPathsSet = true;
    const require = createRequire(import.meta.url);
    const wasmFile = require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm');
    setWasmPaths(dirname(wasmFile) + '/');
  }
  if (!(await tf.setBackend(name))) throw new Error(`the tfjs ${name} backend failed to start`);
  await tf.ready();
}
