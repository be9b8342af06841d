/**
 * A visible state as grey levels for the canvas (0 = paper, 255 = ink): each value over the
 * largest one of the image, negatives as paper, so a state of any norm reads as a picture.
 */
export function greyLevels(x: ArrayLike<number>): Uint8Array {
  let max = 0;
  for (let i = 0; i < x.length; i++) if (Number.isFinite(x[i]) && x[i] > max) max = x[i];
  const out = new Uint8Array(x.length);
  if (max <= 0) return out;
  for (let i = 0; i < x.length; i++) {
    const t = Number.isFinite(x[i]) ? x[i] / max : 0;
    out[i] = Math.round(255 * Math.min(1, Math.max(0, t)));
  }
  return out;
}
