/**
 * The capacity lab's worker room: a grid of points measured with the core's measurePoint (the
 * same code path as `dam capacity`), cheapest first, every point checked before any work starts.
 * Finished points are kept by their set-up (pointKey), so a rerun, or a restart after a cancel,
 * reports them at once and measures only what is missing. Gram matrices go to the tfjs engine
 * when the backend is a real accelerator and the matrix is big enough to pay for the transfer
 * (exact either way: integers within 2^24); else to the typed-array core.
 */
import { coreGram, type GramFn } from '../../../core/capacity/gram';
import { expandGrid, pointKey, runOrder } from '../../../core/capacity/grid';
import { checkPoint, measurePoint } from '../../../core/capacity/measure';
import type { PointResult } from '../../../core/capacity/types';
import { throwIfAborted } from '../../../core/util/abort';
import { gramTf } from '../../../engine/gram-batch';
import { defineRoom } from '../../../engine/room';
import { tf } from '../../../engine/tf';
import { CAPACITY_ROOM, type CapacityRoomApi, type GridSummary } from './api';
import { createPause } from '../../../engine/pause';
import { mnistOf, notify } from '../../../engine/room-calls';

/** Points kept (a few KB each); the oldest go first. */
export const CACHE_POINTS = 2048;
/** Multiply-adds (count² · N) from which a Gram matrix goes to the tfjs engine. */
export const TF_GRAM_MIN = 2 ** 22;

export interface CapacityRoomOptions {
  /** The tfjs Gram engine (tests inject one); null: the core only. */
  tfGram?: GramFn | null;
  /** The active tfjs backend's name. */
  backend?: () => string;
}

export function capacityRoomWith(opts: CapacityRoomOptions = {}) {
  const tfGram = opts.tfGram === undefined ? gramTf : opts.tfGram;
  const backend = opts.backend ?? (() => tf.getBackend() ?? 'none');
  return defineRoom<CapacityRoomApi>({
    id: CAPACITY_ROOM,
    create(ctx) {
      const cache = new Map<string, PointResult>();
      const pause = createPause();
      ctx.onChange((what) => {
        // MNIST points were measured on the set held before.
        if (what !== 'mnist') return;
        for (const [key, r] of cache) if (r.spec.data.kind === 'mnist') cache.delete(key);
      });
      const remember = (key: string, r: PointResult) => {
        cache.delete(key);
        cache.set(key, r);
        while (cache.size > CACHE_POINTS) cache.delete(cache.keys().next().value as string);
      };

      return {
        async runGrid(signal, grid, onPoint, onProgress) {
          const t0 = performance.now();
          const mnist = mnistOf(ctx);
          const points = runOrder(expandGrid(grid));
          for (const p of points) {
            const problem = checkPoint(p.spec, mnist !== undefined, mnist);
            if (problem) throw new Error(`Point ${p.index + 1} (${p.series}): ${problem}`);
          }
          const total = points.reduce((a, p) => a + p.spec.trials, 0);
          const used = { tfjs: 0, core: 0 };
          const name = backend();
          const gram: GramFn = (pool, count, N) => {
            if (tfGram && name !== 'cpu' && name !== 'none' && count * count * N >= TF_GRAM_MIN) {
              used.tfjs++;
              return tfGram(pool, count, N);
            }
            used.core++;
            return coreGram(pool, count, N);
          };
          let done = 0;
          let cached = 0;
          notify(onProgress, 0, total);
          for (const p of points) {
            throwIfAborted(signal);
            const key = pointKey(p.spec);
            let result = cache.get(key);
            if (result) {
              cached++;
            } else {
              const before = done;
              result = await measurePoint(p.spec, {
                signal,
                mnist,
                gram,
                pause,
                onTrial: (d) => notify(onProgress, before + d, total),
              });
              remember(key, result);
            }
            done += p.spec.trials;
            notify(onPoint, { ...result, index: p.index, series: p.series });
            notify(onProgress, done, total);
          }
          const summary: GridSummary = {
            points: points.length,
            cached,
            trials: total,
            ms: performance.now() - t0,
            gram: used,
            backend: name,
          };
          return summary;
        },
        clearCache() {
          const n = cache.size;
          cache.clear();
          return Promise.resolve(n);
        },
      };
    },
  });
}

export default capacityRoomWith();
