/**
 * Softmax basin probes in batches on the active tfjs backend (float32): B starting states of a
 * plane run together through the update of Ramsauer et al. 2020 (models.md §4),
 * S = βXΞᵀ, P = softmax(S), X' = PΞ (softmax-batch.ts), which never raises
 * E(x) = −lse(β, Ξx) + ½‖x‖² + β⁻¹ log K + ½ M². A row counts as converged by the core's one
 * softmax test (core/dynamics/softmax-iteration.ts softmaxSettled) at the first update that
 * moved it by ‖Δx‖₂ ≤ SOFTMAX_TOL_F32·max(1, max|ξ|) (3e-5: float32 cannot reach the core's
 * 1e-9); rows keep updating until every row has converged or maxSteps is spent, then the last
 * weights P name each row's attractor with the core's Gram classification. Energies of the
 * starting states come from the core (float64).
 */
import type { BasinCells, BasinJob } from '../../../core/basins/basin-map';
import type { ProbeResult } from '../../../core/basins/basin-probe';
import { outcomeUnconverged } from '../../../core/basins/basin-types';
import {
  SOFTMAX_TOL_F32,
  softmaxSettled,
  softmaxTolerance,
} from '../../../core/dynamics/softmax-iteration';
import type { Patterns } from '../../../core/dynamics/types';
import { tf, type Tensor2D } from '../../../engine/tf';
import { toTensor } from '../../../engine/tensors';

const memoryTensors = new WeakMap<Patterns, Tensor2D>();

/** The memories as a resident tensor (one per memory bank; dispose with releaseMemoryTensor). */
function memoryTensor(memories: Patterns): Tensor2D {
  let t = memoryTensors.get(memories);
  if (!t || t.isDisposed) {
    t = toTensor(memories);
    memoryTensors.set(memories, t);
  }
  return t;
}

export function releaseMemoryTensor(memories: Patterns): void {
  memoryTensors.get(memories)?.dispose();
  memoryTensors.delete(memories);
}

export async function softmaxCellsTfjs(
  job: BasinJob,
  cells: BasinCells,
  memories: Patterns,
): Promise<ProbeResult[]> {
  const solver = job.solver;
  if (solver.kind !== 'softmax') throw new Error('the tfjs basin path runs softmax models only');
  const { beta, maxSteps } = solver;
  const { count: K, dim: N } = memories;
  const B = cells.index.length;
  const { origin, u, v } = job.plane;
  const start = new Float32Array(B * N);
  const energies = new Float64Array(B);
  const s0 = new Float64Array(K);
  for (let b = 0; b < B; b++) {
    const x = cells.x[b];
    const y = cells.y[b];
    for (let i = 0; i < N; i++) start[b * N + i] = origin[i] + x * u[i] + y * v[i];
    energies[b] = solver.prober.energy(s0, solver.start(x, y, s0));
  }
  const tolAbs = softmaxTolerance(memories, SOFTMAX_TOL_F32);
  const xi = memoryTensor(memories);
  let x: Tensor2D = tf.tensor2d(start, [B, N], 'float32');
  let p: Tensor2D | null = null;
  const steps = new Int32Array(B);
  const converged = new Uint8Array(B);
  let open = B;
  try {
    for (let step = 1; step <= maxSteps && open > 0; step++) {
      const [nextP, nextX, movedSq] = tf.tidy(() => {
        const w = tf.softmax(tf.mul(tf.matMul(x, xi, false, true), beta)) as Tensor2D;
        const nx = tf.matMul(w, xi);
        return [w, nx, tf.sum(tf.square(tf.sub(nx, x)), 1)] as [Tensor2D, Tensor2D, tf.Tensor];
      });
      const m = (await movedSq.data()) as Float32Array;
      movedSq.dispose();
      x.dispose();
      p?.dispose();
      x = nextX;
      p = nextP;
      for (let b = 0; b < B; b++) {
        if (converged[b]) continue;
        steps[b] = step;
        if (softmaxSettled(m[b], tolAbs)) {
          converged[b] = 1;
          open--;
        }
      }
    }
    const weights = p ? ((await p.data()) as Float32Array) : null;
    const out: ProbeResult[] = [];
    for (let b = 0; b < B; b++) {
      const { outcome, end } = weights
        ? solver.prober.describe(weights.subarray(b * K, (b + 1) * K), converged[b] === 1)
        : { outcome: outcomeUnconverged(K), end: undefined };
      out.push({ outcome, steps: steps[b], energy: energies[b], ...(end ? { end } : {}) });
    }
    return out;
  } finally {
    x.dispose();
    p?.dispose();
  }
}
