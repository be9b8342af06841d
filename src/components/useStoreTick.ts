/**
 * Transient subscription: calls `draw` on mount, whenever `changed(next, prev)` says the store
 * changed, and whenever `source` (a lab's cache, src/shell/cache.ts) notifies, without
 * re-rendering React (zustand's transient-updates pattern, for per-frame data).
 */
import { useEffect, useRef } from 'react';
import { useDamStore, type DamState } from '../store';

/** Something that notifies on change: a lab's cache. */
export interface TickSource {
  subscribe(cb: () => void): () => void;
}

export function useStoreTick(
  changed: (s: DamState, prev: DamState) => boolean,
  draw: (s: DamState) => void,
  source?: TickSource,
): void {
  const ref = useRef({ changed, draw });
  useEffect(() => {
    ref.current = { changed, draw };
  });
  useEffect(() => {
    const redraw = () => ref.current.draw(useDamStore.getState());
    redraw();
    const stopStore = useDamStore.subscribe((s, prev) => {
      if (ref.current.changed(s, prev)) ref.current.draw(s);
    });
    const stopSource = source?.subscribe(redraw);
    return () => {
      stopStore();
      stopSource?.();
    };
  }, [source]);
}
