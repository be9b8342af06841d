import { describe, expect, it } from 'vitest';
import { blankImage } from '../../../core/data/preprocess';
import {
  argmax,
  completionStart,
  drawingInput,
  generationStart,
  inHalf,
  inkBorderMemories,
  inkShare,
  topContributors,
} from './dynamics';

describe('lab inputs', () => {
  it('reads a 28×28 drawing as v = 2·grey/255 − 1 and resamples other grids', () => {
    const img = blankImage(28);
    img.pixels[0] = 255;
    const a = drawingInput(img);
    expect(a.pixels).toHaveLength(784);
    expect(a.pixels[0]).toBe(1);
    expect(a.pixels[1]).toBe(-1);
    expect(a.empty).toBe(false);
    expect(a.from).toBe(28);
    const small = blankImage(14);
    small.pixels.fill(255);
    const b = drawingInput(small);
    expect(b.from).toBe(14);
    expect(b.pixels).toHaveLength(784);
    expect(b.pixels.every((v) => v === 1)).toBe(true);
    expect(drawingInput(blankImage(28)).empty).toBe(true);
  });

  it('generation clamps the label (+1 for it, −1 for the others) and seeds the noise', () => {
    const g = generationStart(16, 4, 2, 7);
    expect(Array.from(g.start.subarray(16))).toEqual([-1, -1, 1, -1]);
    expect(Array.from(g.clamp.subarray(16))).toEqual([1, 1, 1, 1]);
    expect(g.clamp.subarray(0, 16).every((c) => c === 0)).toBe(true);
    expect(g.start.subarray(0, 16).every((v) => v >= -1 && v <= 1)).toBe(true);
    expect(generationStart(16, 4, 2, 7).start).toEqual(g.start);
    expect(generationStart(16, 4, 2, 8).start).not.toEqual(g.start);
  });

  it('completion clamps the kept half to the drawing and frees the rest and the labels', () => {
    const pixels = Float64Array.from({ length: 16 }, (_, i) => (i % 2 ? 1 : -1));
    for (const keep of ['top', 'bottom', 'left', 'right'] as const) {
      const c = completionStart(pixels, 3, keep);
      let kept = 0;
      for (let i = 0; i < 16; i++) {
        const inside = inHalf(i, 4, keep);
        expect(c.clamp[i]).toBe(inside ? 1 : 0);
        expect(c.start[i]).toBe(inside ? pixels[i] : 0);
        if (inside) kept++;
      }
      expect(kept).toBe(8);
      expect(Array.from(c.clamp.subarray(16))).toEqual([0, 0, 0]);
      expect(Array.from(c.start.subarray(16))).toEqual([-1, -1, -1]);
    }
  });

  it('ranks the memories that pushed towards the winner by their share', () => {
    const top = topContributors([-1, 3, 0, 1, 4], 3);
    expect(top.map((t) => t.mu)).toEqual([4, 1, 3]);
    expect(top[0].share).toBeCloseTo(0.5, 12);
    expect(top.reduce((s, t) => s + t.share, 0)).toBeCloseTo(1, 12);
    expect(topContributors([-1, 0, -2])).toEqual([]);
    expect(argmax([0.1, 0.5, 0.5, -1])).toBe(1);
  });
});

describe('ink and paper of the free dynamics', () => {
  it('counts ink pixels and memories with an ink border', () => {
    expect(inkShare([1, 0.2, -1, 0, 1, 1], 4)).toBe(0.5);
    // Two 3×3 memories with one label each: an ink border (centre paper), and the reverse.
    const inverted = [1, 1, 1, 1, -1, 1, 1, 1, 1, 0.5];
    const digit = [-1, -1, -1, -1, 1, -1, -1, -1, -1, 0.5];
    expect(inkBorderMemories([...inverted, ...digit], 9, 1)).toBe(1);
    expect(inkBorderMemories([...digit, ...digit], 9, 1)).toBe(0);
  });
});
