/** The hidden-neuron view's part of window.__dam (every key starts with "bodies"). */
import type { Shell } from '../../shell/shell';
import { useDamStore } from '../../store';
import type { BodiesRuntime } from './app/runtime';
import type { HiddenSetup } from './worker/api';

export function installHidden(runtime: () => BodiesRuntime, _shell: Shell) {
  return {
    bodiesHidden() {
      const s = useDamStore.getState();
      return { job: s.bodiesHiddenJob, setup: s.bodiesHidden, frame: s.bodiesHiddenFrame };
    },
    bodiesHiddenSet(patch: Partial<HiddenSetup>): void {
      useDamStore.getState().setBodiesHidden(patch);
    },
    bodiesHiddenRun: () => runtime().hidden.run(),
  };
}
