import { describe, expect, it } from 'vitest';
import { brushCoverage, paintMask, stampBrush, strokeSegment } from './brush';
import type { GreyImage } from './images';

const blank = (size: number): GreyImage => ({
  width: size,
  height: size,
  pixels: new Uint8Array(size * size),
});

describe('brush', () => {
  it('is solid in the middle and soft at the edge', () => {
    expect(brushCoverage(0, 1)).toBe(1);
    expect(brushCoverage(1, 1)).toBeCloseTo(0.5);
    expect(brushCoverage(3, 1)).toBe(0);
    const img = blank(9);
    expect(stampBrush(img, 4.5, 4.5, 1)).toBe(true);
    expect(img.pixels[4 * 9 + 4]).toBe(255);
    const edge = img.pixels[4 * 9 + 5];
    expect(edge).toBeGreaterThan(0);
    expect(edge).toBeLessThan(255);
    expect(img.pixels[0]).toBe(0);
  });

  it('never darkens a pixel twice and the eraser takes ink away', () => {
    const img = blank(9);
    stampBrush(img, 4.5, 4.5, 1);
    const once = img.pixels.slice();
    expect(stampBrush(img, 4.5, 4.5, 1)).toBe(false);
    expect(Array.from(img.pixels)).toEqual(Array.from(once));
    stampBrush(img, 4.5, 4.5, 3, true);
    expect(img.pixels.every((v) => v === 0)).toBe(true);
  });

  it('joins far-apart samples into one continuous stroke', () => {
    const img = blank(28);
    strokeSegment(img, 2, 14, 26, 14, 0.8);
    for (let x = 2; x < 26; x++) expect(img.pixels[14 * 28 + x]).toBeGreaterThan(127);
  });

  it('clips at the borders', () => {
    const img = blank(8);
    expect(() => stampBrush(img, -1, 9, 3)).not.toThrow();
    expect(img.pixels[7 * 8]).toBeGreaterThan(0);
  });

  it('paints and erases a hard mask', () => {
    const mask = new Uint8Array(100);
    paintMask(mask, 10, 0, 5.5, 9.9, 5.5, 0.6, 1);
    expect(Array.from(mask.subarray(50, 60))).toEqual(Array(10).fill(1));
    expect(mask[40]).toBe(0);
    paintMask(mask, 10, 5.5, 5.5, 5.5, 5.5, 0.6, 0);
    expect(mask[55]).toBe(0);
    expect(mask[54]).toBe(1);
  });
});
