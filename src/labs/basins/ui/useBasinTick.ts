/** Calls `draw` on mount and whenever the basins view's status changes (no React re-render). */
import type { DamState } from '../../../store';
import { useStoreTick } from '../../../components/useStoreTick';

const basinChanged = (s: DamState, prev: DamState) => s.basinRun !== prev.basinRun;

export function useBasinTick(draw: (s: DamState) => void): void {
  useStoreTick(basinChanged, draw);
}
