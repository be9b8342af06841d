/**
 * The bodies lab's part of window.__dam (?e2e=1 only, loaded by dynamic import): the view shown
 * and each view's part. Every key starts with "bodies": the labs' hooks share one window.__dam.
 */
import type { Shell } from '../../shell/shell';
import { useDamStore } from '../../store';
import type { BodiesRuntime } from './app/runtime';
import type { BodiesView } from './app/slice';
import { installFeatures } from './test-hook-features';
import { installHidden } from './test-hook-hidden';

export function install(runtime: () => BodiesRuntime, shell: Shell) {
  return {
    bodiesView: (): BodiesView => useDamStore.getState().bodiesView,
    bodiesSetView: (view: BodiesView) => useDamStore.getState().setBodiesView(view),
    ...installHidden(runtime, shell),
    ...installFeatures(runtime, shell),
  };
}
