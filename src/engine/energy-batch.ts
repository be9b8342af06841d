/**
 * Energies of B states at once. The heavy part (the B×K overlaps S = X Ξᵀ, and ‖x‖²) runs on the
 * tfjs backend; the nonlinear part runs in float64 on the CPU with the core's conventions, so
 * large powers (N^60) and exponentials cannot overflow float32:
 *   polynomial / rectified: E = −Σ_μ F(S_μ)
 *   exponential:            −β⁻¹ log Σ_μ exp(β S_μ)            (log-scaled, monotone in E)
 *   softmax:                −lse(β, Ξx) + ½‖x‖² + β⁻¹ log K + ½ M²,  M = max_μ ‖ξ^μ‖
 * For ±1 data S holds integers below 2^24, so binary energies equal the core's exactly.
 */
import { binaryEnergyFromFields } from '../core/dynamics/energy';
import { lse } from '../core/dynamics/softmax';
import { maxNorm } from '../core/dynamics/softmax-update';
import type { ModelSpec, Patterns } from '../core/dynamics/types';
import { tf, type Tensor2D } from './tf';
import { assertSameDim, toTensor } from './tensors';

/** Energies from downloaded overlaps (B×K, row-major) and squared norms (softmax only). */
export function energiesFromOverlaps(
  spec: ModelSpec,
  memories: Patterns,
  overlaps: Float32Array,
  sqNorms: Float32Array | null,
  count: number,
): Float64Array {
  const k = memories.count;
  const out = new Float64Array(count);
  const m = spec.energy === 'softmax' ? maxNorm(memories) : 0;
  const logK = Math.log(Math.max(1, k));
  for (let b = 0; b < count; b++) {
    const row = overlaps.subarray(b * k, (b + 1) * k);
    out[b] =
      spec.energy === 'softmax'
        ? -lse(spec.beta, row) + 0.5 * sqNorms![b] + logK / spec.beta + 0.5 * m * m
        : binaryEnergyFromFields(spec, row);
  }
  return out;
}

/** Overlaps S = X Ξᵀ and (softmax) ‖x‖², downloaded. The caller keeps ownership of `xi` and `x`. */
export async function overlapsAndNorms(
  spec: ModelSpec,
  xi: Tensor2D,
  x: Tensor2D,
): Promise<{ overlaps: Float32Array; sqNorms: Float32Array | null }> {
  const s = tf.tidy(() => tf.matMul(x, xi, false, true));
  const n2 = spec.energy === 'softmax' ? tf.tidy(() => tf.sum(tf.square(x), 1)) : null;
  try {
    const overlaps = (await s.data()) as Float32Array;
    const sqNorms = n2 ? ((await n2.data()) as Float32Array) : null;
    return { overlaps, sqNorms };
  } finally {
    s.dispose();
    n2?.dispose();
  }
}

/** The energy of each of the B states (float64). No tensor outlives the call. */
export async function energyBatch(
  spec: ModelSpec,
  memories: Patterns,
  states: Patterns,
): Promise<Float64Array> {
  assertSameDim(memories, states);
  const xi = toTensor(memories);
  const x = toTensor(states);
  try {
    const { overlaps, sqNorms } = await overlapsAndNorms(spec, xi, x);
    return energiesFromOverlaps(spec, memories, overlaps, sqNorms, states.count);
  } finally {
    xi.dispose();
    x.dispose();
  }
}
