/**
 * A kernel basin map on tfjs, for the plane through MNIST memories (D = 784), where the core's
 * per-cell loop is too slow (R = 64, M = 100, D_Φ = 200: 4096 cells × 5 steps × ~2.5·10^5
 * multiply-adds). The grid's queries run in chunks of CHUNK cells through khm-batch-tf.ts; a
 * cell's label is the memory with the largest final weight when the final state is within `tol`
 * of it (float64 distance), −1 otherwise: the core's kernelBasinMap's KernelBasinCells.
 */
import { gridPoint, planePoint } from '../../../core/basins/basin-plane';
import type { Plane } from '../../../core/basins/basin-types';
import type { Patterns } from '../../../core/dynamics/types';
import type { KernelBasinCells, KhmSpec, LinearMap } from '../../../core/kernel/types';
import { retrieveBatchTf, type BatchHooks } from './khm-batch-tf';

/** Cells per batch: bounds the batch's tensors (CHUNK × max(D, M) float32). */
export const CHUNK = 4096;

/** Batches a map of R cells per side takes (progress counts batches × iterations). */
export const chunksOf = (R: number) => Math.ceil((R * R) / CHUNK);

export async function kernelBasinMapTf(
  map: LinearMap | null,
  memories: Patterns,
  plane: Plane,
  R: number,
  khm: KhmSpec,
  tol: number,
  hooks: BatchHooks = {},
): Promise<KernelBasinCells> {
  const { count: M, dim: D } = memories;
  const cells = R * R;
  const labels = new Int16Array(cells).fill(-1);
  const share = new Float64Array(M);
  let converged = 0;
  const x = new Float64Array(D);
  for (let c0 = 0; c0 < cells; c0 += CHUNK) {
    const n = Math.min(CHUNK, cells - c0);
    const q = new Float64Array(n * D);
    for (let c = 0; c < n; c++) {
      const cell = c0 + c;
      const g = gridPoint(plane, R, cell % R, Math.floor(cell / R));
      q.set(planePoint(plane, g.x, g.y, x), c * D);
    }
    const queries = { count: n, dim: D, data: q };
    const { P, X } = await retrieveBatchTf(
      map,
      memories,
      queries,
      khm.beta,
      khm.normaliser,
      khm.iterations,
      hooks,
    );
    for (let c = 0; c < n; c++) {
      let mu = 0;
      for (let m = 1; m < M; m++) if (P[c * M + m] > P[c * M + mu]) mu = m;
      let d2 = 0;
      for (let i = 0; i < D; i++) d2 += (X[c * D + i] - memories.data[mu * D + i]) ** 2;
      if (Math.sqrt(d2) <= tol) {
        labels[c0 + c] = mu;
        share[mu]++;
        converged++;
      }
    }
  }
  for (let m = 0; m < M; m++) share[m] /= cells;
  return { R, labels, share, converged: converged / cells };
}
