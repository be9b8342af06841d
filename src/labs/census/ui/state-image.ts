/**
 * A stable state as the picture component wants it (±1 as a Float32Array), made once per census
 * and state: the same array on every render, so a thumbnail is not redrawn when nothing changed.
 */
import type { ShownCensus } from '../worker/api';

const made = new WeakMap<ShownCensus, Map<number, Float32Array>>();

export function stateImage(census: ShownCensus, s: number): Float32Array {
  let images = made.get(census);
  if (!images) made.set(census, (images = new Map()));
  let image = images.get(s);
  if (!image) {
    image = Float32Array.from(census.bits.subarray(s * census.N, (s + 1) * census.N));
    images.set(s, image);
  }
  return image;
}
