/** The cue the next run starts from, rebuilt when its inputs change (cheap: one memory). */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDamStore } from '../../../../store';
import { currentCue } from '../../../../shell/cue/current-cue';
import type { BuiltCue } from '../../../../shell/cue/cue';
import { useShell } from '../../../../shell/context';

export function useBuiltCue(): BuiltCue | null {
  const s = useDamStore(
    useShallow((st) => ({
      cue: st.cue,
      items: st.bank.items,
      size: st.bank.size,
      drawing: st.drawing.image,
      seed: st.params.seed,
      // MNIST items resolve only once the asset is in: recompute when it arrives.
      dataset: st.dataset.status,
    })),
  );
  const { mnist } = useShell();
  return useMemo(() => currentCue({ ...s, mnist: mnist.set() }), [s, mnist]);
}
