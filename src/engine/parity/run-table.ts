/**
 * The whole parity table on each of several tfjs backends in turn, in the realm it runs in (the
 * compute worker in the browser). Loaded lazily by the parity room (room.ts), so the app's
 * worker never fetches it unless an e2e test asks. Puts the backend that was active back.
 */
import { errorMessage } from '../../core/util/error-message';
import { loadBrowserBackends, tf } from '../tf';
import { withTimeout } from '../timeout';
import { PARITY_CASES } from './cases';
import type { BackendParity } from '../../worker-api/parity';
import { runParityCase } from './run-case';

export async function runParityTable(
  backends: readonly string[],
  signal?: AbortSignal,
): Promise<BackendParity[]> {
  const failures = await loadBrowserBackends();
  const previous = tf.getBackend();
  const out: BackendParity[] = [];
  try {
    for (const name of backends) {
      const start = performance.now();
      const entry: BackendParity = {
        requested: name,
        active: '',
        error: null,
        cases: PARITY_CASES.length,
        results: [],
        ms: 0,
      };
      out.push(entry);
      try {
        const ok = await withTimeout(tf.setBackend(name), 30_000, `setBackend('${name}')`);
        if (!ok) throw new Error(`setBackend('${name}') returned false`);
        entry.active = tf.getBackend();
        for (const c of PARITY_CASES) {
          if (signal?.aborted) throw new Error('aborted');
          entry.results.push(await runParityCase(tf, c));
        }
      } catch (err) {
        const load = failures.find((f) => f.startsWith(`${name}:`));
        entry.error = errorMessage(err) + (load ? ` (load: ${load})` : '');
      }
      entry.ms = performance.now() - start;
    }
  } finally {
    if (previous) await tf.setBackend(previous);
  }
  return out;
}
