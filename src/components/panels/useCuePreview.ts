/** The cue the next run will start from, computed on the main thread (cheap) for display. */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { buildCue, buildMemories, memoryPattern } from '../../app/cue';
import { useDamStore } from '../../store';

export function useCuePreview(): { cue: Float32Array; target: Float32Array } | null {
  const s = useDamStore(
    useShallow((st) => ({
      ready: st.dataset.status === 'ready',
      included: st.included,
      picks: st.picks,
      params: st.params,
      cueClass: st.cueClass,
    })),
  );
  return useMemo(() => {
    if (!s.ready) return null;
    const bank = buildMemories(s);
    const mu = bank.classes.indexOf(s.cueClass);
    return { cue: buildCue(s, bank, mu), target: memoryPattern(bank, mu) };
  }, [s]);
}
