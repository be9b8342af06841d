/**
 * Transient subscription to the studio's live lanes: calls `draw` on mount, whenever a frame
 * arrives and when the energy axis changes, without re-rendering React.
 */
import { useEffect, useRef } from 'react';
import { useDamStore, type DamState } from '../../../../store';
import type { LiveView } from '../../app/live';
import { useStudio } from '../context';

export function useLive(draw: (live: LiveView, s: DamState) => void): void {
  const { run } = useStudio();
  const ref = useRef(draw);
  useEffect(() => {
    ref.current = draw;
  });
  useEffect(() => {
    const redraw = () => ref.current(run.live.get(), useDamStore.getState());
    redraw();
    const stopLive = run.live.subscribe(redraw);
    const stopAxis = useDamStore.subscribe((s, prev) => {
      if (s.params.energyAxis !== prev.params.energyAxis) redraw();
    });
    return () => {
      stopLive();
      stopAxis();
    };
  }, [run]);
}
