/**
 * The kernel lab's worker room (api.ts): U-Hop+ trainings (kernel-train.ts: the core's loop for
 * small set-ups, tfjs for large ones) with every iteration reported, a pause that holds the
 * running training between iterations, and what the lab shows on a training — basin maps and
 * energy contours (kernel-views.ts) and the MNIST metastable table (metastable-tf.ts).
 *
 * Every request is validated by src/schema/kernel.ts before anything is allocated. The last KEEP
 * trainings are kept by their set-up's JSON (seeded, so any of them can be rebuilt), so a basin
 * map or a table after a training does not train again; MNIST trainings are dropped when the
 * page sends other digits.
 */
import type { LinearMap } from '../../../core/kernel/types';
import { isAbortError, throwIfAborted } from '../../../core/util/abort';
import { createPause } from '../../../engine/pause';
import type { HostContext } from '../../../engine/room';
import { defineRoom } from '../../../engine/room';
import { mnistOf, notify } from '../../../engine/room-calls';
import {
  parseKernelBasinRequest,
  parseKernelContourRequest,
  parseKernelMetastableRequest,
  parseKernelTraining,
} from '../../../schema/kernel';
import { KERNEL_ROOM, type KernelRoomApi, type KernelTrainingSpec } from './api';
import { createHold } from './hold';
import { kernelMemories, mnistQueries, NO_MNIST } from './kernel-memories';
import { runKernelTraining, type KernelTraining, type TrainHooks } from './kernel-train';
import { kernelBasins, kernelContours, mapAt, rawMap } from './kernel-views';
import { metastableTable } from './metastable-tf';
import type { RoomImpl } from '../../../worker-api/host-api';

/** Trainings kept (the biggest, 1000 digits with 50 snapshots of a 256 × 784 map, is ~90 MB). */
export const KEEP = 4;

export function createKernelCalls(ctx: HostContext) {
  const kept = new Map<string, KernelTraining>();
  const running = new Map<string, Promise<KernelTraining>>();
  const hold = createHold();
  const yieldNow = createPause();
  ctx.onChange((what) => {
    if (what !== 'mnist') return;
    for (const [key, k] of kept) if (k.result.spec.memories.source === 'mnist') kept.delete(key);
  });

  const keptOf = (key: string): KernelTraining | undefined => {
    const have = kept.get(key);
    if (have) {
      kept.delete(key);
      kept.set(key, have);
    }
    return have;
  };

  async function training(
    spec: KernelTrainingSpec,
    hooks: TrainHooks & { keep?: boolean },
  ): Promise<KernelTraining> {
    const key = JSON.stringify(spec);
    const have = keptOf(key);
    if (have) return have;
    const mem = kernelMemories(spec.memories, mnistOf(ctx));
    const run = runKernelTraining(spec, mem, hooks);
    if (hooks.keep === false) return run;
    running.set(key, run);
    try {
      const t = await run;
      kept.set(key, t);
      while (kept.size > KEEP) kept.delete(kept.keys().next().value as string);
      return t;
    } finally {
      if (running.get(key) === run) running.delete(key);
    }
  }

  /**
   * A training another call needs: kept, the one running for the same set-up (a basin map asked
   * for while the page trains), or trained now (yielding, never held). When the running one is
   * cancelled, this call trains it itself.
   */
  async function trainingFor(spec: KernelTrainingSpec, signal: AbortSignal) {
    const run = running.get(JSON.stringify(spec));
    if (run) {
      try {
        return await run;
      } catch (err) {
        if (!isAbortError(err)) throw err;
        throwIfAborted(signal);
      }
    }
    return training(spec, { signal, pause: yieldNow });
  }

  const impl: RoomImpl<KernelRoomApi> = {
    async kernelTrain(signal, spec, onProgress) {
      const s = parseKernelTraining(spec);
      // The hold is the page's: it releases it before a new training and after each one, and a
      // pause it sends before this request arrives holds the training at its first step.
      const have = keptOf(JSON.stringify(s));
      if (have) {
        const { history, points } = have.result;
        const last = history.length - 1;
        notify(onProgress, { step: history[last], points: points[last], done: last, total: last });
        return have.result;
      }
      const t = await training(s, {
        signal,
        pause: hold.pauseFor(signal),
        onProgress: (p) => notify(onProgress, p),
      });
      return t.result;
    },
    async kernelPause() {
      hold.hold();
    },
    async kernelResume() {
      hold.release();
    },
    async kernelBasins(signal, req, onProgress) {
      const r = parseKernelBasinRequest(req);
      const t = await trainingFor(r.training, signal);
      throwIfAborted(signal);
      return kernelBasins(r, t, {
        signal,
        pause: yieldNow,
        onProgress: (d, n) => notify(onProgress, d, n),
      });
    },
    async kernelContours(signal, req) {
      const r = parseKernelContourRequest(req);
      const t = await trainingFor(r.training, signal);
      // A small training saved every iteration; otherwise the shorter training is rebuilt.
      const maps = new Map<number, LinearMap>();
      for (const k of r.at) {
        const saved = mapAt(t, k);
        const spec = { ...r.training, uhop: { ...r.training.uhop, iterations: k } };
        maps.set(k, saved ?? (await training(spec, { signal, pause: yieldNow, keep: false })).map);
      }
      throwIfAborted(signal);
      return kernelContours(r, t, (k) => maps.get(k) as LinearMap, signal);
    },
    async kernelMetastable(signal, req, onProgress) {
      const r = parseKernelMetastableRequest(req);
      const mnist = mnistOf(ctx);
      if (!mnist) throw new Error(NO_MNIST);
      const t = await trainingFor(r.training, signal);
      const queries = mnistQueries(mnist, r.queries, r.training.memories.sphere);
      return metastableTable(
        r,
        t.memories,
        queries,
        { raw: rawMap(r.raw, t), learned: t.map },
        { signal, pause: yieldNow, onProgress: (d, n) => notify(onProgress, d, n) },
      );
    },
  };
  return impl;
}

export default defineRoom<KernelRoomApi>({
  id: KERNEL_ROOM,
  create: (ctx) => createKernelCalls(ctx),
});
