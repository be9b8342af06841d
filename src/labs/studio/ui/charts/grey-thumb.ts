/**
 * Draws a grey image (0 = paper, 255 = ink) onto a canvas at one canvas pixel per image pixel;
 * CSS scales it up with `image-rendering: pixelated`. Same palette as pattern-image.ts.
 */
import type { GreyImage } from '../../../../core/data/images';

const INK = [26, 32, 64];
const PAPER = [250, 250, 247];

export function drawGrey(canvas: HTMLCanvasElement, img: GreyImage | null, side: number): void {
  const w = img?.width ?? side;
  const h = img?.height ?? side;
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const data = ctx.createImageData(w, h);
  const px = data.data;
  for (let i = 0; i < w * h; i++) {
    const t = img ? img.pixels[i] / 255 : 0;
    for (let c = 0; c < 3; c++) px[4 * i + c] = PAPER[c] + (INK[c] - PAPER[c]) * t;
    px[4 * i + 3] = 255;
  }
  ctx.putImageData(data, 0, 0);
}
