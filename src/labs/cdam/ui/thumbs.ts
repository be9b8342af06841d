/** Thumbnails of image memories as data URLs for the graph's nodes (P ≤ 60 small canvases). */
import type { CdamMemories } from '../worker/api';

export function memoryThumbs(m: CdamMemories | null): string[] | undefined {
  if (!m?.side || typeof document === 'undefined') return undefined;
  const { side, P, N, data } = m;
  const canvas = document.createElement('canvas');
  canvas.width = side;
  canvas.height = side;
  const ctx = canvas.getContext('2d');
  if (!ctx) return undefined;
  const out: string[] = [];
  for (let mu = 0; mu < P; mu++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < N; i++) {
      lo = Math.min(lo, data[mu * N + i]);
      hi = Math.max(hi, data[mu * N + i]);
    }
    const img = ctx.createImageData(side, side);
    for (let i = 0; i < N; i++) {
      const v = 255 - Math.round((255 * (data[mu * N + i] - lo)) / (hi - lo || 1));
      img.data.set([v, v, v, 255], 4 * i);
    }
    ctx.putImageData(img, 0, 0);
    out.push(canvas.toDataURL());
  }
  return out;
}
