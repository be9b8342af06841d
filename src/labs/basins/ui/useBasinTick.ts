/**
 * Calls `draw` on mount and whenever the basins view's results or status change, without a
 * React re-render (charts update in place).
 */
import { useStoreTick } from '../../../components/useStoreTick';
import type { DamState } from '../../../store';
import type { BasinResults } from '../app/results';
import { useBasins } from './context';

const runChanged = (s: DamState, prev: DamState) => s.basinRun !== prev.basinRun;

export function useBasinTick(draw: (results: BasinResults, s: DamState) => void): void {
  const { results } = useBasins();
  useStoreTick(runChanged, (s) => draw(results.get(), s), results);
}
