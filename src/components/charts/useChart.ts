/**
 * Mounts a framework-free chart (src/charts) into a container div and destroys it on unmount or
 * when `deps` change. Returns the container ref and a ref to the live chart for updates.
 */
import { useEffect, useRef } from 'react';

export function useChart<T extends { destroy(): void }>(
  make: (el: HTMLElement) => T,
  deps: unknown[],
) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<T | null>(null);
  useEffect(() => {
    if (!box.current) return;
    const c = make(box.current);
    chart.current = c;
    return () => {
      c.destroy();
      chart.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return { box, chart };
}
