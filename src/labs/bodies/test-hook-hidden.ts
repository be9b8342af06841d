/**
 * The hidden-neuron view's part of window.__dam (every key starts with "bodies"): the job, the
 * run shown as numbers (energies, rises, distance, hidden activity), handles to set the set-up,
 * run, play and read the exports.
 */
import type { Shell } from '../../shell/shell';
import { useDamStore } from '../../store';
import { distanceSummary, energyVerdict, hiddenMatrix } from './app/hidden-derive';
import { framesCsv, hiddenJson, stepsCsv } from './app/hidden-export';
import type { BodiesRuntime } from './app/runtime';
import type { HiddenSetup } from './worker/api';

/** The largest step-to-step increase of a series (≤ 0 when it never rose). */
function largestRise(x: Float64Array): number {
  let r = -Infinity;
  for (let k = 1; k < x.length; k++) r = Math.max(r, x[k] - x[k - 1]);
  return r;
}

export function installHidden(runtime: () => BodiesRuntime, _shell: Shell) {
  return {
    bodiesHidden() {
      const s = useDamStore.getState();
      const shown = runtime().hidden.shown.get();
      const run = shown?.run;
      const f = shown ? hiddenMatrix(shown) : null;
      let fMax = 0;
      if (f) for (const v of f) fMax = Math.max(fMax, Math.abs(v));
      const lastF = run ? Array.from(run.frames[run.frames.length - 1].f) : null;
      return {
        job: s.bodiesHiddenJob,
        setup: s.bodiesHidden,
        shownIsSetup: shown !== null && shown.setup === s.bodiesHidden,
        frame: s.bodiesHiddenFrame,
        playing: s.bodiesHiddenPlaying,
        run: run && {
          steps: run.energy.length - 1,
          frames: run.frames.length,
          energyFirst: run.energy[0],
          energyLast: run.energy[run.energy.length - 1],
          effectiveLast: run.effective[run.effective.length - 1],
          largestRise: largestRise(run.energy),
          rises: run.rises.length,
          suggestedDt: run.suggestedDt ?? null,
          verdict: energyVerdict(shown).text,
          distance: distanceSummary(shown),
          hiddenMax: fMax,
          lastF,
          finite: [run.energy, run.effective, run.distance].every((a) => a.every(Number.isFinite)),
          labels: shown.labels,
          ms: shown.ms,
        },
      };
    },
    bodiesHiddenSet(patch: Partial<HiddenSetup>): void {
      useDamStore.getState().setBodiesHidden(patch);
    },
    bodiesHiddenRun: (opts?: { play?: boolean }) => runtime().hidden.run(opts),
    bodiesHiddenPause: () => runtime().hidden.pause(),
    bodiesHiddenExports() {
      const shown = runtime().hidden.shown.get();
      return shown && { json: hiddenJson(shown), steps: stepsCsv(shown), frames: framesCsv(shown) };
    },
  };
}
