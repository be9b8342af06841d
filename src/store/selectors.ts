/** Named selectors over the store. */
import type { DamState } from './index';

export const selectIsBusy = (s: DamState): boolean =>
  s.run.status === 'running' || s.backend.status !== 'ready' || s.dataset.status !== 'ready';
