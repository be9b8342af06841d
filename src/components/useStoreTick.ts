/**
 * Transient store subscription: calls `draw` on mount and whenever `changed(next, prev)` says so,
 * without re-rendering React (zustand's transient-updates pattern, for per-frame data).
 */
import { useEffect, useRef } from 'react';
import { useDamStore, type DamState } from '../store';

export function useStoreTick(
  changed: (s: DamState, prev: DamState) => boolean,
  draw: (s: DamState) => void,
): void {
  const ref = useRef({ changed, draw });
  useEffect(() => {
    ref.current = { changed, draw };
  });
  useEffect(() => {
    ref.current.draw(useDamStore.getState());
    return useDamStore.subscribe((s, prev) => {
      if (ref.current.changed(s, prev)) ref.current.draw(s);
    });
  }, []);
}
