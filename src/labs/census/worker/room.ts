/**
 * The census lab's worker room: censuses (the core's runCensus, as `dam census` runs it), the
 * energy profiles of their states, the classifiers on those profiles (the dense network on tfjs)
 * and the prototype phase map. The last few censuses are kept with their networks by set-up, so
 * picking a state or training a classifier does not relax the probes again.
 */
import { runCensus, rebuild } from '../../../core/census/census';
import { classifyCensus } from '../../../core/census/classify-census';
import type { Network } from '../../../core/census/network';
import { runPhaseMap } from '../../../core/census/phase';
import { packDetails } from '../../../core/census/packed-details';
import { srRocs } from '../../../core/census/sr-rocs';
import { profilesOf } from '../../../core/census/profile';
import type { CensusResult, CensusSpec, Task } from '../../../core/census/types';
import { throwIfAborted } from '../../../core/util/abort';
import { createPause } from '../../../engine/pause';
import { defineRoom } from '../../../engine/room';
import { tf } from '../../../engine/tf';
import { CENSUS_ROOM, type CensusRoomApi, type ClassifyResult, type ShownCensus } from './api';
import { trainMlpTf } from './mlp-tf';
import { mnistOf, notify } from '../../../engine/room-calls';

/** Censuses kept with their networks (the biggest, 20,000 states × 784 bits, is ~16 MB). */
export const KEEP = 4;

interface Kept {
  result: CensusResult;
  task: Task;
  net: Network;
}

export default defineRoom<CensusRoomApi>({
  id: CENSUS_ROOM,
  create(ctx) {
    const kept = new Map<string, Kept>();
    const pause = createPause();
    ctx.onChange((what) => {
      if (what !== 'mnist') return;
      for (const [key, k] of kept) if (k.result.spec.task.kind === 'mnist') kept.delete(key);
    });

    async function census(
      spec: CensusSpec,
      signal: AbortSignal,
      onProgress?: (done: number, total: number) => void,
    ): Promise<Kept> {
      const key = JSON.stringify(spec);
      const have = kept.get(key);
      if (have) {
        kept.delete(key);
        kept.set(key, have);
        return have;
      }
      const mnist = mnistOf(ctx);
      // Built once: the census relaxes on the network the room then keeps.
      const { task, net } = rebuild(spec, mnist);
      const result = await runCensus(spec, { signal, pause, onProgress }, mnist, { task, net });
      const k = { result, task, net };
      kept.set(key, k);
      while (kept.size > KEEP) kept.delete(kept.keys().next().value as string);
      return k;
    }

    return {
      async runCensus(signal, spec, onProgress) {
        const k = await census(spec, signal, (d, t) => notify(onProgress, d, t));
        const { details, ...rest } = k.result;
        const shown: ShownCensus = {
          ...rest,
          packed: packDetails(details),
          srRocs: srRocs(k.result),
        };
        return shown;
      },
      async task(signal, spec) {
        return (await census(spec, signal)).task;
      },
      async profiles(signal, spec, states) {
        const k = await census(spec, signal);
        const { result, net } = k;
        const N = result.N;
        const out = new Float64Array(states.length * N);
        states.forEach((s, r) => {
          if (!Number.isInteger(s) || s < 0 || s >= result.states)
            throw new Error(`There is no state ${s + 1}: the census has ${result.states}.`);
          out.set(profilesOf(net, result.bits.subarray(s * N, (s + 1) * N), 1), r * N);
        });
        return out;
      },
      async classify(signal, trainSpec, testSpec, opts, onProgress) {
        const t0 = performance.now();
        // Steps: the training census, the test census, then the dense network's epochs.
        const total = 2 + opts.epochs;
        notify(onProgress, 0, total);
        const a = await census(trainSpec, signal);
        notify(onProgress, 1, total);
        const b = testSpec ? await census(testSpec, signal) : null;
        notify(onProgress, 2, total);
        throwIfAborted(signal);
        const outcome = await classifyCensus(a, b, opts, (set, o) =>
          trainMlpTf(set, o, {
            signal,
            pause,
            onProgress: (epoch) => notify(onProgress, 2 + epoch, total),
          }),
        );
        const out: ClassifyResult = {
          ...outcome,
          mlpBackend: tf.getBackend() ?? 'none',
          ms: performance.now() - t0,
        };
        return out;
      },
      runPhase(signal, spec, onProgress) {
        return runPhaseMap(spec, { signal, pause, onProgress: (d, t) => notify(onProgress, d, t) });
      },
    };
  },
});
