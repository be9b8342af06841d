/**
 * Pure image preprocessing for drawn and uploaded pictures (no DOM): RGBA → grey, background
 * detection, and MNIST-style normalisation (crop to the ink, scale into 20×20, centre by mass in
 * 28×28 — proportionally for other grid sizes). Images are GreyImage (images.ts); resampling is
 * images.ts's resample().
 */
import { resample, type GreyImage } from './images';

export interface Box {
  /** Inclusive left/top, exclusive right/bottom. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function blankImage(width: number, height = width): GreyImage {
  return { width, height, pixels: new Uint8Array(width * height) };
}

export function cloneImage(img: GreyImage): GreyImage {
  return { width: img.width, height: img.height, pixels: img.pixels.slice() };
}

export function isEmptyImage(img: GreyImage): boolean {
  return img.pixels.every((v) => v === 0);
}

export function invertImage(img: GreyImage): GreyImage {
  return { width: img.width, height: img.height, pixels: img.pixels.map((v) => 255 - v) };
}

/** Every pixel ≥ threshold becomes 255, the others 0. */
export function binariseImage(img: GreyImage, threshold = 128): GreyImage {
  return {
    width: img.width,
    height: img.height,
    pixels: img.pixels.map((v) => (v >= threshold ? 255 : 0)),
  };
}

/** Smallest box holding every pixel above `threshold`, or null when there is none. */
export function inkBox(img: GreyImage, threshold = 0): Box | null {
  let x0 = img.width;
  let y0 = img.height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      if (img.pixels[y * img.width + x] > threshold) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  return x1 < 0 ? null : { x0, y0, x1: x1 + 1, y1: y1 + 1 };
}

/** Ink-weighted mean position, in continuous coordinates (pixel i covers [i, i+1)). */
export function centreOfMass(img: GreyImage): { x: number; y: number } | null {
  let sum = 0;
  let sx = 0;
  let sy = 0;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const v = img.pixels[y * img.width + x];
      sum += v;
      sx += v * (x + 0.5);
      sy += v * (y + 0.5);
    }
  }
  return sum === 0 ? null : { x: sx / sum, y: sy / sum };
}

export function cropImage(img: GreyImage, box: Box): GreyImage {
  const w = box.x1 - box.x0;
  const h = box.y1 - box.y0;
  const out = blankImage(w, h);
  for (let y = 0; y < h; y++) {
    const from = (box.y0 + y) * img.width + box.x0;
    out.pixels.set(img.pixels.subarray(from, from + w), y * w);
  }
  return out;
}

/** Copies `src` into `dst` with its top-left corner at (ox, oy), clipping at the edges. */
export function pasteImage(dst: GreyImage, src: GreyImage, ox: number, oy: number): void {
  for (let y = 0; y < src.height; y++) {
    const ty = oy + y;
    if (ty < 0 || ty >= dst.height) continue;
    for (let x = 0; x < src.width; x++) {
      const tx = ox + x;
      if (tx < 0 || tx >= dst.width) continue;
      dst.pixels[ty * dst.width + tx] = src.pixels[y * src.width + x];
    }
  }
}

/** Side of the box the ink is scaled into: 20 for a 28 grid, proportionally otherwise. */
export const innerSide = (size: number): number => Math.max(1, Math.round((size * 20) / 28));

/**
 * MNIST-style normalisation onto a size×size grid: crop to the ink's bounding box, scale it
 * (keeping its aspect ratio) so its longer side fills innerSide(size), then place it so its centre
 * of mass sits at the grid's centre. An empty image gives an empty grid.
 */
export function mnistNormalize(img: GreyImage, size = img.width): GreyImage {
  const out = blankImage(size);
  const box = inkBox(img);
  if (!box) return out;
  const crop = cropImage(img, box);
  const inner = innerSide(size);
  const scale = inner / Math.max(crop.width, crop.height);
  const w = Math.max(1, Math.min(inner, Math.round(crop.width * scale)));
  const h = Math.max(1, Math.min(inner, Math.round(crop.height * scale)));
  const scaled = resample(crop, w, h);
  const com = centreOfMass(scaled) ?? { x: w / 2, y: h / 2 };
  const ox = Math.min(size - w, Math.max(0, Math.round(size / 2 - com.x)));
  const oy = Math.min(size - h, Math.max(0, Math.round(size / 2 - com.y)));
  pasteImage(out, scaled, ox, oy);
  return out;
}

/**
 * RGBA (straight alpha) → luminance 0 (black) … 255 (white), composited over white paper, with
 * Rec. 601 weights.
 */
export function rgbaToLuminance(rgba: ArrayLike<number>, width: number, height: number): GreyImage {
  const n = width * height;
  if (rgba.length < 4 * n) throw new RangeError('rgbaToLuminance: buffer too short');
  const out = blankImage(width, height);
  for (let i = 0; i < n; i++) {
    const a = rgba[4 * i + 3] / 255;
    const l = 0.299 * rgba[4 * i] + 0.587 * rgba[4 * i + 1] + 0.114 * rgba[4 * i + 2];
    out.pixels[i] = Math.round(l * a + 255 * (1 - a));
  }
  return out;
}

/** Mean of the outermost ring of pixels. */
export function borderMean(img: GreyImage): number {
  const { width: w, height: h, pixels } = img;
  let sum = 0;
  let count = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (y === 0 || y === h - 1 || x === 0 || x === w - 1) {
        sum += pixels[y * w + x];
        count++;
      }
    }
  }
  return count ? sum / count : 0;
}

export type InvertMode = 'auto' | 'always' | 'never';

/**
 * Luminance → ink. 'auto' treats a light border (mean > 127.5) as paper, so dark strokes on white
 * become ink; a dark border (white digit on black, like MNIST) is kept as it is.
 */
export function luminanceToInk(lum: GreyImage, mode: InvertMode = 'auto'): GreyImage {
  const invert = mode === 'always' || (mode === 'auto' && borderMean(lum) > 127.5);
  return invert ? invertImage(lum) : cloneImage(lum);
}

/**
 * Fits an ink image into a size×size grid keeping its aspect ratio: the longer side fills the grid,
 * the shorter one is centred with background around it.
 */
export function fitToSquare(img: GreyImage, size: number): GreyImage {
  const scale = size / Math.max(img.width, img.height);
  const w = Math.max(1, Math.min(size, Math.round(img.width * scale)));
  const h = Math.max(1, Math.min(size, Math.round(img.height * scale)));
  const out = blankImage(size);
  pasteImage(out, resample(img, w, h), Math.floor((size - w) / 2), Math.floor((size - h) / 2));
  return out;
}
