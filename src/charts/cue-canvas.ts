/**
 * Canvas painters for the input area: a grey image (0 = paper, 255 = ink) one pixel per cell, and
 * the cue preview with its overlays — locked (clamped) pixels in translucent blue and the occluded
 * rectangle in orange, a pair that stays distinct under every common colour-vision deficiency.
 */

const INK = [26, 32, 64];
const PAPER = [250, 250, 247];

/** Colour-blind-safe overlay colours (Okabe–Ito blue and orange). */
export const LOCK_RGB = [0, 114, 178] as const;
export const OCCLUDE_RGB = [230, 159, 0] as const;

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Fills an ImageData-sized buffer from ink values t ∈ [0, 1] (one per cell). */
function shade(px: Uint8ClampedArray, ink: (i: number) => number, n: number): void {
  for (let i = 0; i < n; i++) {
    const t = Math.min(1, Math.max(0, ink(i)));
    for (let c = 0; c < 3; c++) px[4 * i + c] = PAPER[c] + (INK[c] - PAPER[c]) * t;
    px[4 * i + 3] = 255;
  }
}

/** Paints a width×height grey image onto a canvas of the same pixel size. */
export function paintGrey(
  canvas: HTMLCanvasElement,
  img: { width: number; height: number; pixels: Uint8Array },
): void {
  if (canvas.width !== img.width) canvas.width = img.width;
  if (canvas.height !== img.height) canvas.height = img.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const data = ctx.createImageData(img.width, img.height);
  shade(data.data, (i) => img.pixels[i] / 255, img.width * img.height);
  ctx.putImageData(data, 0, 0);
}

export interface CuePicture {
  size: number;
  /** State in [−1, 1] (length size²), or null for an empty grid. */
  state: Float32Array | null;
  clamp: Uint8Array | null;
  occlude: Rect | null;
}

/** Paints the cue at `scale` canvas pixels per cell, with its overlays. */
export function paintCue(canvas: HTMLCanvasElement, pic: CuePicture, scale: number): void {
  const { size, state, clamp, occlude } = pic;
  const side = size * scale;
  if (canvas.width !== side) canvas.width = side;
  if (canvas.height !== side) canvas.height = side;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const cells = ctx.createImageData(size, size);
  shade(cells.data, (i) => (state ? (state[i] + 1) / 2 : 0), size * size);
  // Overlays are blended into the cell colours so they survive the pixelated scale-up.
  if (clamp) {
    for (let i = 0; i < size * size; i++) {
      if (!clamp[i]) continue;
      for (let c = 0; c < 3; c++) {
        cells.data[4 * i + c] = cells.data[4 * i + c] * 0.45 + LOCK_RGB[c] * 0.55;
      }
    }
  }
  const tmp = document.createElement('canvas');
  tmp.width = size;
  tmp.height = size;
  tmp.getContext('2d')?.putImageData(cells, 0, 0);
  ctx.imageSmoothingEnabled = false;
  ctx.clearRect(0, 0, side, side);
  ctx.drawImage(tmp, 0, 0, side, side);
  if (occlude && occlude.w > 0 && occlude.h > 0) {
    const [r, g, b] = OCCLUDE_RGB;
    ctx.fillStyle = `rgba(${r}, ${g}, ${b}, 0.3)`;
    ctx.fillRect(occlude.x * scale, occlude.y * scale, occlude.w * scale, occlude.h * scale);
    ctx.strokeStyle = `rgb(${r}, ${g}, ${b})`;
    ctx.lineWidth = Math.max(2, scale / 3);
    ctx.setLineDash([scale, scale / 2]);
    ctx.strokeRect(occlude.x * scale, occlude.y * scale, occlude.w * scale, occlude.h * scale);
    ctx.setLineDash([]);
  }
}
