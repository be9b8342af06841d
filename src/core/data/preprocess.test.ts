import { describe, expect, it } from 'vitest';
import {
  binariseImage,
  blankImage,
  borderMean,
  centreOfMass,
  fitToSquare,
  inkBox,
  innerSide,
  invertImage,
  luminanceToInk,
  mnistNormalize,
  rgbaToLuminance,
} from './preprocess';
import { type GreyImage, resample } from './images';

/** A filled rectangle of ink on a size×size grid. */
function blob(size: number, x0: number, y0: number, w: number, h: number, v = 255): GreyImage {
  const img = blankImage(size);
  for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) img.pixels[y * size + x] = v;
  return img;
}

describe('resample (images.ts)', () => {
  it('averages 2×2 blocks when halving', () => {
    const img = {
      width: 4,
      height: 2,
      pixels: Uint8Array.from([0, 255, 100, 100, 255, 0, 0, 200]),
    };
    const out = resample(img, 2, 1);
    expect(Array.from(out.pixels)).toEqual([128, 100]);
  });

  it('keeps a constant image constant at any size, up or down', () => {
    const img = blob(7, 0, 0, 7, 7, 77);
    for (const [w, h] of [
      [3, 5],
      [13, 11],
      [1, 1],
      [64, 64],
    ]) {
      expect(resample(img, w, h).pixels.every((v) => v === 77)).toBe(true);
    }
  });

  it('preserves the total ink (mean) when shrinking by a non-integer factor', () => {
    const img = blob(30, 3, 5, 11, 7);
    const out = resample(img, 28, 28);
    const mean = (g: GreyImage) => g.pixels.reduce((a, v) => a + v, 0) / g.pixels.length;
    expect(Math.abs(mean(out) - mean(img))).toBeLessThan(0.5);
  });

  it('interpolates between pixel centres when enlarging, and returns the same image at its size', () => {
    const img = { width: 2, height: 1, pixels: Uint8Array.from([0, 200]) };
    expect(Array.from(resample(img, 4, 1).pixels)).toEqual([0, 50, 150, 200]);
    expect(resample(img, 2, 1)).toBe(img);
  });

  it('refuses an empty target', () => {
    expect(() => resample(blankImage(4), 0, 3)).toThrow(RangeError);
  });
});

describe('mnistNormalize', () => {
  it('centres a shifted, small blob by mass and scales it into the 20×20 box', () => {
    const out = mnistNormalize(blob(28, 1, 2, 4, 6));
    const com = centreOfMass(out)!;
    expect(Math.abs(com.x - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(com.y - 14)).toBeLessThanOrEqual(0.5);
    const box = inkBox(out)!;
    expect(box.y1 - box.y0).toBe(20); // the longer side fills the inner box
    expect(box.x1 - box.x0).toBe(13); // aspect 4:6 kept (20·4/6 ≈ 13)
  });

  it('gives the same picture wherever the blob was and however big', () => {
    const a = mnistNormalize(blob(28, 0, 0, 5, 5));
    const b = mnistNormalize(blob(28, 15, 9, 10, 10));
    expect(Array.from(a.pixels)).toEqual(Array.from(b.pixels));
  });

  it('generalises the 20/28 box to other grid sizes', () => {
    expect(innerSide(28)).toBe(20);
    expect(innerSide(8)).toBe(6);
    expect(innerSide(64)).toBe(46);
    const out = mnistNormalize(blob(64, 50, 50, 8, 8), 64);
    const box = inkBox(out)!;
    expect(box.x1 - box.x0).toBe(46);
    const com = centreOfMass(out)!;
    expect(Math.abs(com.x - 32)).toBeLessThanOrEqual(0.5);
  });

  it('can change the grid size on the way', () => {
    const out = mnistNormalize(blob(40, 10, 10, 8, 8), 16);
    expect(out.width).toBe(16);
    expect(out.pixels.length).toBe(256);
  });

  it('keeps an empty image empty', () => {
    const out = mnistNormalize(blankImage(28));
    expect(out.pixels.every((v) => v === 0)).toBe(true);
    expect(inkBox(out)).toBeNull();
    expect(centreOfMass(out)).toBeNull();
  });

  it('outputs integers in 0–255', () => {
    const img = blankImage(28);
    for (let i = 0; i < img.pixels.length; i++) img.pixels[i] = (i * 37) % 256;
    const out = mnistNormalize(img);
    for (const v of out.pixels) {
      expect(Number.isInteger(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(255);
    }
  });
});

describe('grey conversion and background', () => {
  it('converts RGBA to luminance over white paper', () => {
    const rgba = Uint8Array.from([0, 0, 0, 255, 255, 255, 255, 255, 0, 0, 0, 0, 255, 0, 0, 255]);
    expect(Array.from(rgbaToLuminance(rgba, 4, 1).pixels)).toEqual([0, 255, 255, 76]);
  });

  it('inverts a light background so dark strokes become ink', () => {
    const lum = blob(10, 0, 0, 10, 10, 250);
    lum.pixels[55] = 0;
    expect(borderMean(lum)).toBe(250);
    const ink = luminanceToInk(lum, 'auto');
    expect(ink.pixels[55]).toBe(255);
    expect(ink.pixels[0]).toBe(5);
  });

  it('keeps a dark background (white digit on black) as it is', () => {
    const lum = blob(10, 4, 4, 2, 2, 255);
    expect(Array.from(luminanceToInk(lum, 'auto').pixels)).toEqual(Array.from(lum.pixels));
    expect(luminanceToInk(lum, 'always').pixels[0]).toBe(255);
    expect(luminanceToInk(blob(4, 0, 0, 4, 4, 255), 'never').pixels[0]).toBe(255);
  });

  it('inverts and binarises', () => {
    const img = { width: 3, height: 1, pixels: Uint8Array.from([0, 127, 200]) };
    expect(Array.from(invertImage(img).pixels)).toEqual([255, 128, 55]);
    expect(Array.from(binariseImage(img).pixels)).toEqual([0, 0, 255]);
  });

  it('fits a wide picture into the square, centred vertically', () => {
    const img = { width: 40, height: 20, pixels: new Uint8Array(800).fill(255) };
    const out = fitToSquare(img, 28);
    const box = inkBox(out)!;
    expect(box).toEqual({ x0: 0, y0: 7, x1: 28, y1: 21 });
  });
});
