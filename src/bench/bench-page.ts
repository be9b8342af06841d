/**
 * bench.html: exposes `window.__bench(target, budgetMs)` for scripts/bench.mjs. Each call runs the
 * bench cases in a fresh worker (one tfjs backend, or 'core') and resolves with the results.
 * `window.__damInit(pref)` runs the app's real compute worker and its backend selection once.
 */
import { wrap } from 'comlink';
import type { BenchWorkerApi } from '../../workers/bench.worker';
import type { BackendInfo, BackendPreference } from '../worker-api/backend';
import { createConnection } from '../worker-client/connection';
import type { BenchResult } from './cases';

declare global {
  interface Window {
    __bench: (target: string, budgetMs: number) => Promise<BenchResult[]>;
    __benchReady: boolean;
    /** Backend selection exactly as the app's compute worker does it. */
    __damInit: (pref: BackendPreference) => Promise<BackendInfo>;
  }
}

window.__bench = async (target, budgetMs) => {
  const worker = new Worker(new URL('../../workers/bench.worker.ts', import.meta.url), {
    type: 'module',
  });
  try {
    return await wrap<BenchWorkerApi>(worker).run(target, budgetMs);
  } finally {
    worker.terminate();
  }
};
window.__damInit = async (pref) => {
  const client = createConnection({ pingIntervalMs: 0 });
  try {
    return await client.init(pref);
  } finally {
    client.terminate();
  }
};
window.__benchReady = true;
document.body.textContent = 'bench page ready: call window.__bench(target, budgetMs)';
