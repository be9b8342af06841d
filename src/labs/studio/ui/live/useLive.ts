/**
 * Transient subscription to the per-frame `live` view: calls `draw` on mount and whenever a frame
 * arrives (or the energy axis changes), without re-rendering React.
 */
import type { DamState } from '../../../../store';
import { useStoreTick } from '../../../../components/useStoreTick';

const liveChanged = (s: DamState, prev: DamState) =>
  s.live !== prev.live || s.params.energyAxis !== prev.params.energyAxis;

export function useLive(draw: (s: DamState) => void): void {
  useStoreTick(liveChanged, draw);
}
