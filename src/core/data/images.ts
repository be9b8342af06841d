/**
 * The one grey image of the playground and the one resampler.
 *
 * GreyImage: row-major Uint8Array; for ink images 0 is background and 255 is ink (the MNIST
 * convention); luminance images straight from RGBA have 0 = black, 255 = white.
 *
 * resample(): separable, per axis: exact area averaging when the axis shrinks (each output cell
 * is the mean of the source area it covers: the total ink is kept), bilinear interpolation
 * between pixel centres when it grows (no blocky steps). Values stay in 0–255.
 */

export interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

interface Taps {
  index: number[];
  weight: number[];
}

/** Source cells and weights (summing to 1) of each of the `m` output cells of an axis of `n`. */
function taps(n: number, m: number): Taps[] {
  const scale = n / m;
  const out: Taps[] = [];
  for (let o = 0; o < m; o++) {
    const index: number[] = [];
    const weight: number[] = [];
    if (scale >= 1) {
      const a = o * scale;
      const b = (o + 1) * scale;
      for (let i = Math.floor(a); i < Math.min(n, Math.ceil(b)); i++) {
        const w = Math.min(b, i + 1) - Math.max(a, i);
        if (w > 1e-9) {
          index.push(i);
          weight.push(w / scale);
        }
      }
    } else {
      const f = Math.min(n - 1, Math.max(0, (o + 0.5) * scale - 0.5));
      const i0 = Math.floor(f);
      const i1 = Math.min(n - 1, i0 + 1);
      const t = f - i0;
      index.push(i0);
      weight.push(1 - t);
      if (i1 !== i0 && t > 0) {
        index.push(i1);
        weight.push(t);
      }
    }
    out.push({ index, weight });
  }
  return out;
}

/** `img` on a width × height grid (the same object when the size already matches). */
export function resample(img: GreyImage, width: number, height = width): GreyImage {
  if (!(width >= 1 && height >= 1 && Number.isInteger(width) && Number.isInteger(height))) {
    throw new RangeError(`resample: bad size ${width}×${height}`);
  }
  if (img.width === width && img.height === height) return img;
  const tx = taps(img.width, width);
  const ty = taps(img.height, height);
  // Horizontal pass into floats (img.height × width), then vertical.
  const tmp = new Float64Array(img.height * width);
  for (let y = 0; y < img.height; y++) {
    const row = y * img.width;
    for (let x = 0; x < width; x++) {
      const { index, weight } = tx[x];
      let s = 0;
      for (let k = 0; k < index.length; k++) s += img.pixels[row + index[k]] * weight[k];
      tmp[y * width + x] = s;
    }
  }
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const { index, weight } = ty[y];
    for (let x = 0; x < width; x++) {
      let s = 0;
      for (let k = 0; k < index.length; k++) s += tmp[index[k] * width + x] * weight[k];
      pixels[y * width + x] = Math.min(255, Math.max(0, Math.round(s)));
    }
  }
  return { width, height, pixels };
}
