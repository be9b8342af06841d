/**
 * The drawing: the raw strokes the user painted (or an uploaded picture) with undo/redo, and
 * `image`, the drawing as used by the cue and the memory bank — the raw strokes, or with
 * "auto-centre" on, their MNIST-style normalisation (crop, scale into 20×20, centre by mass).
 */
import type { StateCreator } from 'zustand';
import { blankImage, mnistNormalize } from '../core/data/preprocess';
import { resample } from '../core/data/images';
import { GRID_DEFAULT, GRID_MAX, GRID_MIN } from '../core/data/contracts';
import { type GreyImage } from '../core/data/images';

export interface Drawing {
  /** What the cue and the bank use. */
  image: GreyImage;
  /** What the canvas shows and edits. */
  raw: GreyImage;
  autoPreprocess: boolean;
}

export interface DrawingSlice {
  drawing: Drawing;
  drawingHistory: { past: GreyImage[]; future: GreyImage[] };
  /** Replaces the raw drawing, keeping the old one for undo. No-op when nothing changed. */
  commitDrawing: (raw: GreyImage) => void;
  undoDrawing: () => void;
  redoDrawing: () => void;
  setAutoPreprocess: (on: boolean) => void;
  /** Moves the drawing onto another grid (resampled) and forgets the history. */
  resizeDrawing: (size: number) => void;
}

/** Undo steps kept (a 64×64 drawing is 4 KB, so this is at most 400 KB). */
export const HISTORY_LIMIT = 100;

const used = (raw: GreyImage, auto: boolean): GreyImage => (auto ? mnistNormalize(raw) : raw);

const same = (a: GreyImage, b: GreyImage) =>
  a.width === b.width &&
  a.height === b.height &&
  a.pixels.length === b.pixels.length &&
  a.pixels.every((v, i) => v === b.pixels[i]);

const initial = blankImage(GRID_DEFAULT);

export const createDrawingSlice: StateCreator<DrawingSlice, [], [], DrawingSlice> = (set) => ({
  drawing: { image: initial, raw: initial, autoPreprocess: true },
  drawingHistory: { past: [], future: [] },
  commitDrawing: (raw) =>
    set((s) => {
      if (same(raw, s.drawing.raw)) return {};
      const past = [...s.drawingHistory.past, s.drawing.raw].slice(-HISTORY_LIMIT);
      return {
        drawing: { ...s.drawing, raw, image: used(raw, s.drawing.autoPreprocess) },
        drawingHistory: { past, future: [] },
      };
    }),
  undoDrawing: () =>
    set((s) => {
      const { past, future } = s.drawingHistory;
      if (past.length === 0) return {};
      const raw = past[past.length - 1];
      return {
        drawing: { ...s.drawing, raw, image: used(raw, s.drawing.autoPreprocess) },
        drawingHistory: { past: past.slice(0, -1), future: [s.drawing.raw, ...future] },
      };
    }),
  redoDrawing: () =>
    set((s) => {
      const { past, future } = s.drawingHistory;
      if (future.length === 0) return {};
      const raw = future[0];
      return {
        drawing: { ...s.drawing, raw, image: used(raw, s.drawing.autoPreprocess) },
        drawingHistory: { past: [...past, s.drawing.raw], future: future.slice(1) },
      };
    }),
  setAutoPreprocess: (on) =>
    set((s) => ({ drawing: { ...s.drawing, autoPreprocess: on, image: used(s.drawing.raw, on) } })),
  resizeDrawing: (size) =>
    set((s) => {
      const n = Math.min(GRID_MAX, Math.max(GRID_MIN, Math.round(size)));
      if (n === s.drawing.raw.width && n === s.drawing.raw.height) return {};
      const raw = resample(s.drawing.raw, n, n);
      return {
        drawing: { ...s.drawing, raw, image: used(raw, s.drawing.autoPreprocess) },
        drawingHistory: { past: [], future: [] },
      };
    }),
});
