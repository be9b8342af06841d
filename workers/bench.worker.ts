/**
 * Bench worker (bench.html only, not the app): runs the bench cases on one tfjs backend or on
 * the plain core, in a worker like the app's compute worker.
 */
import { expose } from 'comlink';
import { provideMnist } from '../src/bench/basin-cases';
import { BENCH_CASES, timeCase, type BenchResult } from '../src/bench/cases';
import mnistUrl from '../datasets/mnist-10k-gz.bin?url';
import { inflateMnistAsset } from '../src/engine/mnist-inflate';
import { loadBrowserBackends, tf } from '../src/engine/tf';
import { withTimeout } from '../src/engine/timeout';
import { errorMessage } from '../src/core/util/error-message';

const api = {
  /** `target` is a tfjs backend name, or 'core'. */
  async run(target: string, budgetMs: number): Promise<BenchResult[]> {
    const engine = target === 'core' ? 'core' : 'tfjs';
    const impl = target === 'core' ? 'core (browser)' : target;
    const cases = BENCH_CASES.filter(
      (c) => c.engines.includes(engine) && !c.skipTargets?.includes(target),
    );
    // The basin cases need the MNIST asset; without it they report the error in their row.
    try {
      const res = await fetch(mnistUrl);
      if (res.ok) provideMnist(await inflateMnistAsset(new Uint8Array(await res.arrayBuffer())));
    } catch {
      // reported by the cases that need it
    }
    if (engine === 'tfjs') {
      await loadBrowserBackends();
      try {
        const ok = await withTimeout(tf.setBackend(target), 15_000, `setBackend('${target}')`);
        if (!ok) throw new Error(`setBackend('${target}') returned false`);
      } catch (err) {
        const error = errorMessage(err);
        return cases.map((c) => ({
          caseId: c.id,
          label: c.label,
          impl,
          medianMs: NaN,
          reps: 0,
          warmMs: NaN,
          error,
        }));
      }
    }
    const results: BenchResult[] = [];
    for (const c of cases) results.push(await timeCase(c, engine, impl, budgetMs));
    return results;
  },
};

export type BenchWorkerApi = typeof api;
expose(api);
