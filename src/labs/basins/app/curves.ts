/**
 * Basin-size curves: P(retrieve memory k) against the fraction of flipped bits, by seeded Monte
 * Carlo in the basins room, for the current model and optionally the compared models, one model
 * after another. A new request (or closing the view) aborts the one running.
 */
import type { BasinCurve } from '../../../core/basins/basin-types';
import { isBinaryEnergy } from '../../../core/dynamics/model-spec';
import { isAbortError } from '../../../core/util/abort';
import { errorMessage } from '../../../core/util/error-message';
import { describeModel, toSpec, type ModelChoice } from '../../../shell/model/model';
import type { Shell } from '../../../shell/shell';
import { useDamStore, type DamState } from '../../../store';
import type { RoomClient } from '../../../worker-client/connection';
import type { BasinsRoomApi } from '../worker/api';
import type { CurveSet } from './basin-math';
import { modelOf } from './maps';
import { patchResults, type ResultsCache } from './results';

export const CURVE_FLIPS = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];
export const CURVE_TRIALS = 200;
/** Memories probed by the curves (the first ones of the bank). */
const CURVE_MEMORIES = 10;

/** The models the curves compare: the current one, then the compared ones (4 at most). */
export function curveModels(s: DamState, overlay: boolean): ModelChoice[] {
  const out: ModelChoice[] = [modelOf(s)];
  if (overlay) {
    for (const m of s.compare.models) {
      const name = describeModel(m);
      if (!out.some((o) => describeModel(o) === name)) out.push(m);
    }
  }
  return out.slice(0, 4);
}

export interface Curves {
  compute(overlay: boolean): Promise<void>;
  stop(): void;
}

export function createCurves(
  shell: Shell,
  room: RoomClient<BasinsRoomApi>,
  results: ResultsCache,
): Curves {
  let abort = new AbortController();
  return {
    async compute(overlay) {
      const memories = shell.bank.memories();
      if (!memories) return;
      abort.abort();
      abort = new AbortController();
      const { signal } = abort;
      const s = useDamStore.getState();
      const models = curveModels(s, overlay);
      const K = Math.min(CURVE_MEMORIES, memories.patterns.count);
      const mem = Array.from({ length: K }, (_, k) => k);
      const per = K * CURVE_FLIPS.length * CURVE_TRIALS;
      const total = models.length * per;
      const progress = (done: number) => {
        if (!signal.aborted)
          useDamStore.getState().setBasinRun({ curves: { status: 'computing', done, total } });
      };
      progress(0);
      const sets: CurveSet[] = [];
      try {
        if ((await shell.compute.ensureMemories()) === null)
          throw new Error('the worker is not ready');
        for (const [i, model] of models.entries()) {
          const spec = toSpec(model);
          const curves: BasinCurve[] = await room.call(
            'basinCurves',
            [
              {
                spec,
                memories: mem,
                flips: CURVE_FLIPS,
                trials: CURVE_TRIALS,
                maxSteps: s.basin.maxSteps,
                mode: isBinaryEnergy(spec.energy) ? s.params.mode : 'sync',
                order: s.params.order,
                seed: s.params.seed,
              },
              (done: number) => progress(i * per + done),
            ],
            { signal, background: true },
          );
          sets.push({ model: describeModel(model), flips: CURVE_FLIPS, curves });
          patchResults(results, { curves: sets.slice() });
        }
        useDamStore.getState().setBasinRun({ curves: { status: 'done', done: total, total } });
      } catch (err) {
        if (signal.aborted || isAbortError(err)) return;
        useDamStore.getState().setBasinRun({
          curves: {
            status: 'error',
            done: 0,
            total,
            error: `The curves failed: ${errorMessage(err)}`,
          },
        });
      }
    },
    stop: () => abort.abort(),
  };
}
