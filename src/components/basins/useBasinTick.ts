/** Calls `draw` on mount and whenever the basins view's status changes (no React re-render). */
import { useEffect, useRef } from 'react';
import { useDamStore, type DamState } from '../../store';

export function useBasinTick(draw: (s: DamState) => void): void {
  const ref = useRef(draw);
  useEffect(() => {
    ref.current = draw;
  });
  useEffect(() => {
    ref.current(useDamStore.getState());
    return useDamStore.subscribe((s, prev) => {
      if (s.basinRun !== prev.basinRun) ref.current(s);
    });
  }, []);
}
