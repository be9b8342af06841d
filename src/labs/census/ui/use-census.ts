/**
 * The census shown, for the panels that derive much from it (ROC curves, gallery, strips): a
 * deferred value, so a census of 20,000 states arrives as one quick commit and the panels then
 * re-render in a transition React can split between them, not in one long task.
 */
import { useDeferredValue } from 'react';
import { useCacheSelect } from '../../../shell/use-cache';
import type { ShownCensus } from '../worker/api';
import { useCensus } from './context';

export function useShownCensus(): ShownCensus | null {
  const rt = useCensus();
  return useDeferredValue(useCacheSelect(rt.results, (r) => r.census));
}
