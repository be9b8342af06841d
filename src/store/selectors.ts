/** Named selectors over the store. */
import type { DamState } from './index';

/** Classes stored as memories, ascending; memory μ is the μ-th entry. */
export const selectMemoryClasses = (s: DamState): number[] =>
  s.included.flatMap((on, d) => (on ? [d] : []));

export const selectIsBusy = (s: DamState): boolean =>
  s.run.status === 'running' || s.backend.status !== 'ready' || s.dataset.status !== 'ready';
