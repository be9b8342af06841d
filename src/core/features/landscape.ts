/**
 * An energy landscape on a plane of state space: E at the centre of every cell of an R×R grid
 * (core/basins basin-plane.ts gridPoint and planePoint), row-major with row 0 at y0, cell (i, j)
 * at index j·R + i — the layout of the basin maps.
 */
import { gridPoint, planePoint } from '../basins/basin-plane';
import type { Plane } from '../basins/basin-types';
import { throwIfAborted, type AbortLike } from '../util/abort';

/** The most cells per side. */
export const MAX_LANDSCAPE_R = 256;

export function energyGrid(
  energy: (x: Float64Array) => number,
  plane: Plane,
  R: number,
  signal?: AbortLike,
): Float64Array {
  if (!Number.isInteger(R) || R < 1 || R > MAX_LANDSCAPE_R)
    throw new Error(`R must be an integer in [1, ${MAX_LANDSCAPE_R}], got ${R}`);
  const out = new Float64Array(R * R);
  const x = new Float64Array(plane.origin.length);
  for (let j = 0; j < R; j++) {
    throwIfAborted(signal);
    for (let i = 0; i < R; i++) {
      const p = gridPoint(plane, R, i, j);
      const e = energy(planePoint(plane, p.x, p.y, x));
      if (!Number.isFinite(e))
        throw new Error(`energyGrid: E = ${e} at cell (${i}, ${j}), plane (${p.x}, ${p.y})`);
      out[j * R + i] = e;
    }
  }
  return out;
}

/** The plane of R² itself (D = 2): origin 0, u = e1, v = e2, showing [−extent, extent]². */
export function identityPlane2d(extent: number): Plane {
  if (!Number.isFinite(extent) || extent <= 0)
    throw new Error(`extent must be finite and > 0, got ${extent}`);
  return {
    origin: new Float64Array(2),
    u: Float64Array.of(1, 0),
    v: Float64Array.of(0, 1),
    extent: { x0: -extent, x1: extent, y0: -extent, y1: extent },
    marks: [],
  };
}
