/**
 * Resamples a grey image onto a size×size grid: area averaging when shrinking (each output cell is
 * the mean of the source pixels it covers), bilinear interpolation when enlarging. Pure.
 */
import type { GreyImage } from './contracts';

export function resampleGrey(img: GreyImage, size: number): GreyImage {
  const { width: w, height: h, pixels: src } = img;
  if (w === size && h === size) return img;
  const out = new Uint8Array(size * size);
  const sx = w / size;
  const sy = h / size;
  if (sx >= 1 && sy >= 1) {
    for (let y = 0; y < size; y++) {
      const y0 = y * sy;
      const y1 = y0 + sy;
      for (let x = 0; x < size; x++) {
        const x0 = x * sx;
        const x1 = x0 + sx;
        let sum = 0;
        for (let yy = Math.floor(y0); yy < Math.ceil(y1); yy++) {
          const wy = Math.min(y1, yy + 1) - Math.max(y0, yy);
          const row = yy * w;
          for (let xx = Math.floor(x0); xx < Math.ceil(x1); xx++) {
            const wx = Math.min(x1, xx + 1) - Math.max(x0, xx);
            sum += src[row + xx] * wx * wy;
          }
        }
        out[y * size + x] = Math.round(sum / (sx * sy));
      }
    }
  } else {
    for (let y = 0; y < size; y++) {
      const fy = Math.min(h - 1, Math.max(0, (y + 0.5) * sy - 0.5));
      const y0 = Math.floor(fy);
      const y1 = Math.min(h - 1, y0 + 1);
      const ty = fy - y0;
      for (let x = 0; x < size; x++) {
        const fx = Math.min(w - 1, Math.max(0, (x + 0.5) * sx - 0.5));
        const x0 = Math.floor(fx);
        const x1 = Math.min(w - 1, x0 + 1);
        const tx = fx - x0;
        const top = src[y0 * w + x0] * (1 - tx) + src[y0 * w + x1] * tx;
        const bottom = src[y1 * w + x0] * (1 - tx) + src[y1 * w + x1] * tx;
        out[y * size + x] = Math.round(top * (1 - ty) + bottom * ty);
      }
    }
  }
  return { width: size, height: size, pixels: out };
}
