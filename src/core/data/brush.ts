/**
 * A soft, anti-aliased round brush on a grey grid (pure, edits in place): full ink inside the
 * radius, a one-and-a-half-cell linear fall-off outside it, like the blurred strokes of MNIST.
 * Painting takes the maximum of old and new ink (erasing the minimum), so going over a stroke
 * again never makes it darker or wider than one pass.
 */
import type { GreyImage } from './images';

/** Width of the soft edge, in cells. */
const SOFT = 1.5;

/** Coverage (0–1) of a cell whose centre is `d` cells from the brush centre. */
export const brushCoverage = (d: number, radius: number): number =>
  Math.min(1, Math.max(0, (radius + SOFT / 2 - d) / SOFT));

/**
 * Stamps the brush centred at (cx, cy) in grid coordinates (cell i spans [i, i+1)).
 * @returns whether any pixel changed
 */
export function stampBrush(
  img: GreyImage,
  cx: number,
  cy: number,
  radius: number,
  erase = false,
): boolean {
  const reach = radius + SOFT;
  let changed = false;
  const xa = Math.max(0, Math.floor(cx - reach));
  const xb = Math.min(img.width - 1, Math.ceil(cx + reach));
  const ya = Math.max(0, Math.floor(cy - reach));
  const yb = Math.min(img.height - 1, Math.ceil(cy + reach));
  for (let y = ya; y <= yb; y++) {
    for (let x = xa; x <= xb; x++) {
      const cov = brushCoverage(Math.hypot(x + 0.5 - cx, y + 0.5 - cy), radius);
      if (cov <= 0) continue;
      const i = y * img.width + x;
      const old = img.pixels[i];
      const v = erase
        ? Math.min(old, Math.round(255 * (1 - cov)))
        : Math.max(old, Math.round(255 * cov));
      if (v !== old) {
        img.pixels[i] = v;
        changed = true;
      }
    }
  }
  return changed;
}

/**
 * Paints the segment from (x0, y0) to (x1, y1), stamping every quarter cell so that a fast stroke
 * (pointer samples far apart) stays continuous. The start point is included.
 */
export function strokeSegment(
  img: GreyImage,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  radius: number,
  erase = false,
): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 0.25));
  let changed = false;
  for (let s = 0; s <= steps; s++) {
    const t = s / steps;
    changed = stampBrush(img, x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, radius, erase) || changed;
  }
  return changed;
}

/** Sets (value 1) or clears (0) a hard round area of a 0/1 mask, for the clamp "lock" brush. */
export function paintMask(
  mask: Uint8Array,
  size: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  radius: number,
  value: 0 | 1,
): void {
  const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 0.25));
  for (let s = 0; s <= steps; s++) {
    const cx = x0 + ((x1 - x0) * s) / steps;
    const cy = y0 + ((y1 - y0) * s) / steps;
    const ya = Math.max(0, Math.floor(cy - radius));
    const yb = Math.min(size - 1, Math.floor(cy + radius));
    const xa = Math.max(0, Math.floor(cx - radius));
    const xb = Math.min(size - 1, Math.floor(cx + radius));
    for (let y = ya; y <= yb; y++) {
      for (let x = xa; x <= xb; x++) {
        if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= radius) mask[y * size + x] = value;
      }
    }
  }
}
