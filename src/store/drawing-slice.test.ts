import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { centreOfMass } from '../core/data/preprocess';
import type { GreyImage } from '../core/data/images';
import { createDrawingSlice, type DrawingSlice } from './drawing-slice';

const store = () => create<DrawingSlice>()((...a) => createDrawingSlice(...a));

const dot = (size: number, x: number, y: number): GreyImage => {
  const pixels = new Uint8Array(size * size);
  pixels[y * size + x] = 255;
  return { width: size, height: size, pixels };
};

describe('drawing slice', () => {
  it('undoes and redoes commits, and a new commit drops the redo branch', () => {
    const s = store();
    const blank = s.getState().drawing.raw;
    s.getState().commitDrawing(dot(28, 1, 1));
    s.getState().commitDrawing(dot(28, 2, 2));
    s.getState().undoDrawing();
    expect(s.getState().drawing.raw.pixels[29]).toBe(255);
    s.getState().undoDrawing();
    expect(s.getState().drawing.raw).toBe(blank);
    s.getState().undoDrawing(); // nothing left: no-op
    s.getState().redoDrawing();
    expect(s.getState().drawing.raw.pixels[29]).toBe(255);
    s.getState().commitDrawing(dot(28, 3, 3));
    expect(s.getState().drawingHistory.future).toEqual([]);
    s.getState().redoDrawing();
    expect(s.getState().drawing.raw.pixels[3 * 28 + 3]).toBe(255);
  });

  it('ignores a commit that changes nothing', () => {
    const s = store();
    s.getState().commitDrawing(dot(28, 0, 0));
    s.getState().commitDrawing(dot(28, 0, 0));
    expect(s.getState().drawingHistory.past.length).toBe(1);
  });

  it('uses the centred image when auto-centre is on and the raw one when off', () => {
    const s = store();
    s.getState().commitDrawing(dot(28, 0, 0));
    const com = centreOfMass(s.getState().drawing.image)!;
    expect(Math.abs(com.x - 14)).toBeLessThanOrEqual(1);
    s.getState().setAutoPreprocess(false);
    expect(s.getState().drawing.image).toBe(s.getState().drawing.raw);
  });

  it('resizes onto another grid and forgets the history', () => {
    const s = store();
    s.getState().commitDrawing(dot(28, 5, 5));
    s.getState().resizeDrawing(14);
    expect(s.getState().drawing.raw.width).toBe(14);
    expect(s.getState().drawing.image.pixels.length).toBe(196);
    expect(s.getState().drawingHistory.past).toEqual([]);
  });
});
