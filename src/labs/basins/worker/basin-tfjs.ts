/**
 * Softmax basin probes in batches on the active tfjs backend (float32): B starting states of a
 * plane run together, each update S = βXΞᵀ, P = softmax(S), X' = PΞ (softmax-batch.ts). A row
 * counts as converged at the first update that moved it by max|Δx_i| ≤ 1e-6·max(1, max|ξ|)
 * (float32 cannot reach the core's 1e-9); rows keep updating until every row has converged or
 * maxSteps is spent, then the last weights P name each row's attractor with the core's Gram
 * classification. Energies of the starting states come from the core (float64).
 */
import type { BasinCells, BasinJob } from '../../../core/basins/basin-map';
import type { ProbeResult } from '../../../core/basins/basin-probe';
import { outcomeUnconverged } from '../../../core/basins/basin-types';
import type { Patterns } from '../../../core/dynamics/types';
import { tf, type Tensor2D } from '../../../engine/tf';
import { toTensor } from '../../../engine/tensors';

export const TFJS_TOL = 1e-6;

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
  let maxAbs = 0;
  for (let j = 0; j < memories.data.length; j++)
    maxAbs = Math.max(maxAbs, Math.abs(memories.data[j]));
  const tol = TFJS_TOL * Math.max(1, maxAbs);
  const xi = memoryTensor(memories);
  let x: Tensor2D = tf.tensor2d(start, [B, N], 'float32');
  let p: Tensor2D | null = null;
  const steps = new Int32Array(B);
  const converged = new Uint8Array(B);
  let open = B;
  try {
    for (let step = 1; step <= maxSteps && open > 0; step++) {
      const [nextP, nextX, moved] = tf.tidy(() => {
        const w = tf.softmax(tf.mul(tf.matMul(x, xi, false, true), beta)) as Tensor2D;
        const nx = tf.matMul(w, xi);
        return [w, nx, tf.max(tf.abs(tf.sub(nx, x)), 1)] as [Tensor2D, Tensor2D, tf.Tensor];
      });
      const m = (await moved.data()) as Float32Array;
      moved.dispose();
      x.dispose();
      p?.dispose();
      x = nextX;
      p = nextP;
      for (let b = 0; b < B; b++) {
        if (converged[b]) continue;
        steps[b] = step;
        if (m[b] <= tol) {
          converged[b] = 1;
          open--;
        }
      }
    }
    const weights = p ? ((await p.data()) as Float32Array) : null;
    const out: ProbeResult[] = [];
    for (let b = 0; b < B; b++) {
      const outcome = weights
        ? solver.prober.classify(weights.subarray(b * K, (b + 1) * K), converged[b] === 1)
        : outcomeUnconverged(K);
      out.push({ outcome, steps: steps[b], energy: energies[b] });
    }
    return out;
  } finally {
    x.dispose();
    p?.dispose();
  }
}
