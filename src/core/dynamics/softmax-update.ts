/**
 * Continuous modern Hopfield network (Ramsauer et al. 2020, models.md §4).
 *   s = Ξ x            (K similarities; Ξ is K×N, row-major)
 *   p = softmax(β s)   (weights over memories)
 *   x' = Ξᵀ p
 * One update never raises E(x) = −lse(β, Ξx) + ½‖x‖² + β⁻¹ log K + ½ M², M = max_μ ‖ξ^μ‖.
 */
import { lse, softmax } from './softmax';
import type { Patterns } from './types';

/** s = Ξ x in float64. */
export function similarities(memories: Patterns, x: ArrayLike<number>): Float64Array {
  const { count: K, dim: N, data } = memories;
  const s = new Float64Array(K);
  for (let mu = 0; mu < K; mu++) {
    let acc = 0;
    const row = mu * N;
    for (let i = 0; i < N; i++) acc += data[row + i] * x[i];
    s[mu] = acc;
  }
  return s;
}

/** One update x ← Ξᵀ softmax(β Ξ x); also returns the weights p. */
export function softmaxUpdate(
  memories: Patterns,
  x: ArrayLike<number>,
  beta: number,
): { next: Float64Array; weights: Float64Array } {
  const { count: K, dim: N, data } = memories;
  const weights = softmax(beta, similarities(memories, x));
  const next = new Float64Array(N);
  for (let mu = 0; mu < K; mu++) {
    const w = weights[mu];
    if (w === 0) continue;
    const row = mu * N;
    for (let i = 0; i < N; i++) next[i] += w * data[row + i];
  }
  return { next, weights };
}

/** max_μ ‖ξ^μ‖. */
export function maxNorm(memories: Patterns): number {
  const { count: K, dim: N, data } = memories;
  let m = 0;
  for (let mu = 0; mu < K; mu++) {
    let acc = 0;
    for (let i = 0; i < N; i++) acc += data[mu * N + i] ** 2;
    if (acc > m) m = acc;
  }
  return Math.sqrt(m);
}

/** Ramsauer's energy with its constants, so that E ≥ 0. */
export function softmaxEnergy(
  memories: Patterns,
  x: ArrayLike<number>,
  beta: number,
  norm?: number,
): number {
  const M = norm ?? maxNorm(memories);
  let sq = 0;
  for (let i = 0; i < x.length; i++) sq += x[i] * x[i];
  const K = Math.max(1, memories.count);
  return -lse(beta, similarities(memories, x)) + 0.5 * sq + Math.log(K) / beta + 0.5 * M * M;
}
