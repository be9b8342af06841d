/**
 * Steps through recorded frames with requestAnimationFrame, at a pace that makes a whole run last
 * about 2.5 s. With prefers-reduced-motion it jumps straight to the last frame.
 */

const TARGET_MS = 2500;
const MIN_FRAME_MS = 16;
const MAX_FRAME_MS = 80;

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Calls onFrame(i) for i rising from 0 to count − 1 (frames may be skipped to keep time), then onDone.
 * @returns a function that stops playback without calling onDone.
 */
export function playFrames(
  count: number,
  onFrame: (i: number) => void,
  onDone: () => void,
): () => void {
  if (count <= 1 || prefersReducedMotion()) {
    onFrame(Math.max(0, count - 1));
    onDone();
    return () => {};
  }
  const frameMs = Math.min(MAX_FRAME_MS, Math.max(MIN_FRAME_MS, TARGET_MS / count));
  let start: number | null = null;
  let shown = -1;
  let handle = requestAnimationFrame(function tick(now) {
    start ??= now;
    const i = Math.min(count - 1, Math.floor((now - start) / frameMs));
    if (i !== shown) {
      shown = i;
      onFrame(i);
    }
    if (i >= count - 1) onDone();
    else handle = requestAnimationFrame(tick);
  });
  return () => cancelAnimationFrame(handle);
}
