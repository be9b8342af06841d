/**
 * Transient subscription to the studio's live lanes: calls `draw` on mount, whenever a frame
 * arrives and when the energy axis changes, without re-rendering React.
 */
import { useStoreTick } from '../../../../components/useStoreTick';
import type { DamState } from '../../../../store';
import type { LiveView } from '../../app/live';
import { useStudio } from '../context';

const axisChanged = (s: DamState, prev: DamState) => s.params.energyAxis !== prev.params.energyAxis;

export function useLive(draw: (live: LiveView, s: DamState) => void): void {
  const { live } = useStudio().run;
  useStoreTick(axisChanged, (s) => draw(live.get(), s), live);
}
