/**
 * Calls `draw` on mount and whenever the basins view's results or status change, without a
 * React re-render (charts update in place).
 */
import { useEffect, useRef } from 'react';
import { useDamStore, type DamState } from '../../../store';
import type { BasinResults } from '../app/results';
import { useBasins } from './context';

export function useBasinTick(draw: (results: BasinResults, s: DamState) => void): void {
  const { results } = useBasins();
  const ref = useRef(draw);
  useEffect(() => {
    ref.current = draw;
  });
  useEffect(() => {
    const redraw = () => ref.current(results.get(), useDamStore.getState());
    redraw();
    const a = results.subscribe(redraw);
    const b = useDamStore.subscribe((s, prev) => {
      if (s.basinRun !== prev.basinRun) redraw();
    });
    return () => {
      a();
      b();
    };
  }, [results]);
}
