/**
 * THE softmax iteration of the continuous modern Hopfield network (Ramsauer et al. 2020,
 * models.md §4) and THE test that calls it settled. Retrieval (retrieve.ts), the studio's
 * stepper (stepper.ts), the basin probes (softmax-span.ts, the same update in the span of the
 * memories) and the float32 tfjs batches (engine/retrieve-batch.ts, labs/basins/worker/
 * basin-tfjs.ts) all decide convergence with `softmaxSettled` against `softmaxTolerance`.
 *
 *   update:  x_{t+1} = Ξᵀ softmax(β Ξ x_t)         (Ξ is K×N, one memory per row)
 *   energy:  E(x) = −lse(β, Ξx) + ½‖x‖² + β⁻¹ log K + ½ M²,  M = max_μ ‖ξ^μ‖ (never rises)
 *   settled: the update just made moved the state by at most the tolerance in Euclidean norm,
 *              ‖x_{t+1} − x_t‖₂ ≤ tol · max(1, max_{μ,i} |ξ^μ_i|),
 *            tested on the square, ‖Δx‖₂² ≤ (tol · max(1, max|ξ|))². The step that passes the
 *            test counts as a step (it is the one that found the state unchanged).
 *
 * Why the L2 norm: the span form computes it exactly from coefficients, ‖Δx‖₂² = ΔcᵀGΔc, and it
 * bounds every component (max_i |Δx_i| ≤ ‖Δx‖₂), so the test is never looser than a
 * component-wise one. Clamped neurons (inpainting) keep their value and count for nothing.
 *
 * Tolerances: SOFTMAX_TOL = 1e-9 in float64 (a float64 fixed point moves by ~1e-13 at most);
 * SOFTMAX_TOL_F32 = 3e-5 for the float32 tensors, whose fixed points keep moving by rounding.
 */
import { softmaxUpdate } from './softmax-update';
import type { Patterns } from './types';

/** Relative tolerance of the float64 paths (core retrieval, stepper, basin probes). */
export const SOFTMAX_TOL = 1e-9;

/**
 * Relative tolerance of the float32 tfjs batches. A float32 update of a settled state still
 * moves it by rounding: about 2⁻²³·‖x‖ in L2, and ‖x‖ reaches √N·max|ξ| = 64·max|ξ| at
 * N = 4096. Measured on tfjs-cpu (N = 4096, K = 300 correlated memories in [−1, 1], β 1e-3 to
 * 0.05) the step never falls below ~5.5e-6, so 1e-6 is out of reach; 3e-5 ≈ 4·2⁻²³·64 is.
 */
export const SOFTMAX_TOL_F32 = 3e-5;

/** max_{μ,i} |ξ^μ_i| (0 for an empty bank). */
export function maxAbsEntry(memories: Patterns): number {
  const { data } = memories;
  let m = 0;
  for (let j = 0; j < data.length; j++) {
    const a = Math.abs(data[j]);
    if (a > m) m = a;
  }
  return m;
}

/**
 * The absolute tolerance on ‖x_{t+1} − x_t‖₂: tol · max(1, max|ξ|). `tol` is relative, finite
 * and ≥ 0 (0 means: settled only when an update changes nothing).
 */
export function softmaxTolerance(memories: Patterns, tol: number = SOFTMAX_TOL): number {
  if (!(tol >= 0 && Number.isFinite(tol))) {
    throw new Error(`the softmax tolerance must be a finite number ≥ 0, got ${tol}`);
  }
  return tol * Math.max(1, maxAbsEntry(memories));
}

/**
 * THE convergence test: the step moved the state by ‖Δx‖₂ ≤ tolAbs, given its square
 * ‖Δx‖₂² (movedSq) and the absolute tolerance from softmaxTolerance. NaN is never settled.
 */
export function softmaxSettled(movedSq: number, tolAbs: number): boolean {
  return movedSq <= tolAbs * tolAbs;
}

export interface SoftmaxStep {
  /** x_{t+1} (clamped neurons keep their value from x_t). */
  next: Float64Array;
  /** softmax(β Ξ x_t), the weights over memories that made the step. */
  weights: Float64Array;
  /** ‖x_{t+1} − x_t‖₂² over the free neurons. */
  movedSq: number;
}

/** One update x ← Ξᵀ softmax(βΞx) in N dimensions, float64. `clamp[i] = 1` freezes neuron i. */
export function softmaxStep(
  memories: Patterns,
  x: ArrayLike<number>,
  beta: number,
  clamp?: Uint8Array,
): SoftmaxStep {
  const { next, weights } = softmaxUpdate(memories, x, beta);
  let movedSq = 0;
  for (let i = 0; i < next.length; i++) {
    if (clamp && clamp[i]) {
      next[i] = x[i];
      continue;
    }
    const d = next[i] - x[i];
    movedSq += d * d;
  }
  return { next, weights, movedSq };
}
