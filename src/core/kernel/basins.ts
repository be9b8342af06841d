/**
 * Basins of attraction and energy landscapes of a kernelized Hopfield model on a plane of
 * memory space (docs/models.md §7.4, Fig. 1 and 2). Cells follow the project's grid (basin-plane.ts
 * gridPoint): R × R cells, each sampled at its centre, row j (y) major, index j·R + i.
 */
import { gridPoint, planePoint } from '../basins/basin-plane';
import type { Plane } from '../basins/basin-types';
import type { Patterns } from '../dynamics/types';
import { energyGrid, MAX_LANDSCAPE_R } from '../features/landscape';
import { throwIfAborted, type AbortLike } from '../util/abort';
import type { Khm } from './khm';
import type { KernelBasinCells } from './types';

export interface KernelBasinHooks {
  signal?: AbortLike;
  /** After each row of cells: rows done, rows in all. */
  onRow?: (done: number, total: number) => void;
}

/** Index of the memory within `tol` of x (the nearest when several are), −1 when none. */
function memoryAt(x: Float64Array, memories: Patterns, tol: number): number {
  const { count: M, dim: D, data } = memories;
  let best = -1;
  let bestSq = tol * tol;
  for (let mu = 0; mu < M; mu++) {
    let sq = 0;
    const row = mu * D;
    for (let i = 0; i < D && sq <= bestSq; i++) {
      const d = x[i] - data[row + i];
      sq += d * d;
    }
    if (sq <= bestSq) {
      best = mu;
      bestSq = sq;
    }
  }
  return best;
}

/**
 * For every cell: the query at the cell centre, `iterations` retrieval steps of `khm`, and the
 * memory the state ended within `tol` of (Euclidean, raw memory space), or −1.
 */
export function kernelBasinMap(
  khm: Khm,
  memories: Patterns,
  plane: Plane,
  R: number,
  iterations: number,
  tol: number,
  hooks: KernelBasinHooks = {},
): KernelBasinCells {
  const { count: M, dim: D } = memories;
  if (!Number.isInteger(R) || R < 1 || R > MAX_LANDSCAPE_R)
    throw new Error(`R must be an integer in [1, ${MAX_LANDSCAPE_R}], got ${R}`);
  if (!Number.isFinite(tol) || tol < 0) throw new Error(`tol must be finite and ≥ 0, got ${tol}`);
  if (M !== khm.M || D !== khm.D)
    throw new Error(`memories are ${M} × ${D}, the model holds ${khm.M} × ${khm.D}`);
  if (M > 32767) throw new Error(`memories: a basin map labels at most 32767, got ${M}`);
  if (plane.origin.length !== D)
    throw new Error(`the plane lies in dimension ${plane.origin.length}, memories in ${D}`);
  const labels = new Int16Array(R * R);
  const hits = new Float64Array(M);
  let reached = 0;
  const q = new Float64Array(D);
  for (let j = 0; j < R; j++) {
    throwIfAborted(hooks.signal);
    for (let i = 0; i < R; i++) {
      const c = gridPoint(plane, R, i, j);
      const { x } = khm.retrieve(planePoint(plane, c.x, c.y, q), iterations);
      const mu = memoryAt(x, memories, tol);
      labels[j * R + i] = mu;
      if (mu >= 0) {
        hits[mu]++;
        reached++;
      }
    }
    hooks.onRow?.(j + 1, R);
  }
  const cells = R * R;
  const share = hits.map((h) => h / cells);
  return { R, labels, share, converged: reached / cells };
}

/** E(x) of `khm` at every cell centre: R × R, row j major (landscape.ts energyGrid). */
export function kernelEnergyGrid(
  khm: Khm,
  plane: Plane,
  R: number,
  signal?: AbortLike,
): Float64Array {
  if (plane.origin.length !== khm.D)
    throw new Error(`the plane lies in dimension ${plane.origin.length}, memories in ${khm.D}`);
  return energyGrid(khm.energy, plane, R, signal);
}
