/**
 * The recorded frames of one live trajectory with a cursor (step back / forward through them).
 * Capped: the oldest frames are dropped past `cap`, except the first (the cue), so Reset and the
 * energy chart always keep the start.
 */

export interface History<F> {
  readonly frames: F[];
  /** Index of the frame shown. */
  cursor: number;
  readonly cap: number;
}

export function createHistory<F>(first: F, cap: number): History<F> {
  return { frames: [first], cursor: 0, cap: Math.max(2, Math.floor(cap)) };
}

export const atHead = <F>(h: History<F>): boolean => h.cursor === h.frames.length - 1;
export const head = <F>(h: History<F>): F => h.frames[h.frames.length - 1];
export const current = <F>(h: History<F>): F => h.frames[h.cursor];

/** Appends frames and moves the cursor to the newest; drops the oldest past the cap (keeps [0]). */
export function pushFrames<F>(h: History<F>, frames: readonly F[]): void {
  for (const f of frames) h.frames.push(f);
  const over = h.frames.length - h.cap;
  if (over > 0) h.frames.splice(1, over);
  h.cursor = h.frames.length - 1;
}

/** Drops every frame after the cursor (the future of a past frame that is being rewritten). */
export function truncateAtCursor<F>(h: History<F>): void {
  h.frames.length = h.cursor + 1;
}

/** Moves the cursor by `delta` within the recorded frames; returns whether it moved. */
export function moveCursor<F>(h: History<F>, delta: number): boolean {
  const next = Math.max(0, Math.min(h.frames.length - 1, h.cursor + delta));
  const moved = next !== h.cursor;
  h.cursor = next;
  return moved;
}

/** Frames that fit a memory budget: each frame holds `floatsPerFrame` float32 values. */
export function historyCap(floatsPerFrame: number, lanes: number, max = 5_000): number {
  const budgetBytes = 96 * 1024 * 1024;
  const fit = Math.floor(budgetBytes / (Math.max(1, floatsPerFrame) * 4 * Math.max(1, lanes)));
  return Math.max(200, Math.min(max, fit));
}
