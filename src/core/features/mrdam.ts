/**
 * The exact energy of the memory representation (MrDAM; Hoover et al. 2024, docs/models.md §6.1):
 *
 *   E_β(x; Ξ) = −β^{-1} log Σ_μ exp(−(β/2)‖x − ξ^μ‖²)
 *   ∇_x E     = Σ_μ p_μ (x − ξ^μ),   p = softmax_μ(−(β/2)‖x − ξ^μ‖²)
 *
 * Ξ is K×D row-major (row μ = memory ξ^μ), x has length D. The log-sum-exp is shifted by its
 * largest term, so it is finite for any finite inputs (no underflow at high β or far queries).
 * β must be > 0 (the energy is −β^{-1}·log…).
 */

export interface Memories {
  /** K×D row-major. */
  data: Float64Array;
  K: number;
  D: number;
}

export interface EnergyAndGradient {
  energy: number;
  /** ∇_x E, length D. */
  grad: Float64Array;
}

function check(mem: Memories, x: Float64Array, beta: number): void {
  if (!Number.isInteger(mem.K) || mem.K < 1) throw new Error(`K must be ≥ 1, got ${mem.K}`);
  if (mem.data.length !== mem.K * mem.D)
    throw new Error(`memories: data has ${mem.data.length} entries, K·D = ${mem.K * mem.D}`);
  if (x.length !== mem.D) throw new Error(`x has length ${x.length}, memories have D = ${mem.D}`);
  if (!Number.isFinite(beta) || beta <= 0)
    throw new Error(`beta must be finite and > 0, got ${beta}`);
}

/** a_μ = −(β/2)‖x − ξ^μ‖² for every μ, and its maximum. */
function logits(mem: Memories, x: Float64Array, beta: number): { a: Float64Array; max: number } {
  const { K, D, data } = mem;
  const a = new Float64Array(K);
  let max = -Infinity;
  for (let m = 0; m < K; m++) {
    let d2 = 0;
    const row = m * D;
    for (let i = 0; i < D; i++) {
      const d = x[i] - data[row + i];
      d2 += d * d;
    }
    a[m] = -0.5 * beta * d2;
    if (a[m] > max) max = a[m];
  }
  return { a, max };
}

/** E_β(x; Ξ), the exact energy. */
export function mrdamEnergy(mem: Memories, x: Float64Array, beta: number): number {
  check(mem, x, beta);
  const { a, max } = logits(mem, x, beta);
  let s = 0;
  for (let m = 0; m < a.length; m++) s += Math.exp(a[m] - max);
  return -(max + Math.log(s)) / beta;
}

/** E_β(x; Ξ) and ∇_x E together (one pass over the memories for the logits, one for the gradient). */
export function mrdamEnergyAndGradient(
  mem: Memories,
  x: Float64Array,
  beta: number,
): EnergyAndGradient {
  check(mem, x, beta);
  const { K, D, data } = mem;
  const { a, max } = logits(mem, x, beta);
  let s = 0;
  for (let m = 0; m < K; m++) {
    a[m] = Math.exp(a[m] - max);
    s += a[m];
  }
  const grad = new Float64Array(D);
  for (let m = 0; m < K; m++) {
    const p = a[m] / s;
    if (p === 0) continue;
    const row = m * D;
    for (let i = 0; i < D; i++) grad[i] += p * (x[i] - data[row + i]);
  }
  return { energy: -(max + Math.log(s)) / beta, grad };
}
