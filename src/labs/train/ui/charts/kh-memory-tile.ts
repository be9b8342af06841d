/**
 * One memory's pixel part as a small diverging heatmap (same scale as the memory grid), drawn at
 * one canvas pixel per neuron; CSS scales it up with `image-rendering: pixelated`.
 */
import { writeDiverging } from './kh-colors';

/** Paints pixels D of memory μ (rows of length D + C) onto `canvas` (resized to side × side). */
export function paintMemoryTile(
  canvas: HTMLCanvasElement,
  memories: Float32Array,
  mu: number,
  D: number,
  C: number,
): void {
  const side = Math.round(Math.sqrt(D));
  if (canvas.width !== side) canvas.width = side;
  if (canvas.height !== side) canvas.height = side;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const img = ctx.createImageData(side, side);
  const base = mu * (D + C);
  for (let i = 0; i < side * side; i++) writeDiverging(img.data, i, memories[base + i]);
  ctx.putImageData(img, 0, 0);
}
