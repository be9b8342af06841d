/**
 * Transient subscription to the per-frame `live` view: calls `draw` on mount and whenever a frame
 * arrives (or the energy axis changes), without re-rendering React.
 */
import { useEffect, useRef } from 'react';
import { useDamStore, type DamState } from '../../store';

export function useLive(draw: (s: DamState) => void): void {
  const ref = useRef(draw);
  useEffect(() => {
    ref.current = draw;
  });
  useEffect(() => {
    ref.current(useDamStore.getState());
    return useDamStore.subscribe((s, prev) => {
      if (s.live !== prev.live || s.params.energyAxis !== prev.params.energyAxis) ref.current(s);
    });
  }, []);
}
