/**
 * Contracts between the studio's three areas, written before their code so each can be built
 * alongside the others:
 *   - input (drawing, uploads, cue tools):       owns src/store/drawing-slice.ts, cue-slice.ts
 *   - bank (memory bank, persistence, sharing):  owns src/store/bank-slice.ts
 *   - dynamics (runs, live views, compare):      owns src/store/params-slice.ts, run-slice.ts
 * Everything here is plain data: it lives in the store, in IndexedDB and (compressed) in links.
 */

/** Side of the square pixel grid shared by the memory bank, the drawing and the cue: 8 … 64. */
import type { GreyImage } from './images';

export const GRID_MIN = 8;
export const GRID_MAX = 64;
export const GRID_DEFAULT = 28;

/** Where a stored pattern comes from. MNIST digits are referenced by index, never copied. */
export type PatternSource =
  | { kind: 'mnist'; index: number }
  | { kind: 'glyph'; letter: string }
  | { kind: 'random'; seed: number }
  /** Drawn or uploaded pixels, already at the bank's grid size. */
  | { kind: 'inline'; image: GreyImage };

export interface MemoryItem {
  /** Stable id for React keys and reordering. */
  id: string;
  /** Shown under the thumbnail, e.g. "7 (#4312)", "A", "drawing 2". */
  label: string;
  source: PatternSource;
}

/**
 * Model vectors from grey pixels: v = grey/255·2 − 1 ∈ [−1, 1]. Softmax uses v as it is; the
 * binary families use sign(v) (> 0 → +1, i.e. grey > 127.5 is ink), see core/stepper.ts.
 */
export const greyToModel = (grey: number): number => (grey / 255) * 2 - 1;

/** How the cue is made (input area). */
export type CueStart =
  { kind: 'memory'; index: number } | { kind: 'drawing' } | { kind: 'random'; seed: number };

export interface CueSpec {
  start: CueStart;
  /** Probability of flipping each pixel (seeded by the run seed). */
  flipP: number;
  /** Occluded rectangle in grid cells, set to background; null for none. */
  occlude: { x: number; y: number; w: number; h: number } | null;
  /** Painted clamp mask (1 = pixel never updates), length size², or null. */
  clamp: Uint8Array | null;
}
