/** The training the views show (live, or the finished one at the scrubbed iteration). */
import { useMemo } from 'react';
import { useCacheSelect } from '../../../shell/use-cache';
import { useDamStore } from '../../../store';
import { shownTraining, type ShownTraining } from '../app/shown';
import { useKernel } from './context';

export function useShownTraining(): ShownTraining | null {
  const rt = useKernel();
  const results = useCacheSelect(rt.results, (r) => r);
  const scrub = useDamStore((s) => s.kernelScrub);
  return useMemo(() => shownTraining(results, scrub), [results, scrub]);
}
