/** The run shown and the frame shown, for the hidden-neuron view's panels. */
import { useCacheSelect } from '../../../../shell/use-cache';
import { useDamStore } from '../../../../store';
import { clampFrame } from '../../app/hidden-derive';
import type { HiddenShown } from '../../worker/api';
import { useBodies } from '../context';

export function useShown(): HiddenShown | null {
  const rt = useBodies();
  return useCacheSelect(rt.hidden.shown, (s) => s);
}

/** The frame index shown, inside the run's frames. */
export function useFrame(shown: HiddenShown | null): number {
  const frame = useDamStore((s) => s.bodiesHiddenFrame);
  return clampFrame(shown, frame);
}
