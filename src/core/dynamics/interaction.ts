/**
 * Interaction functions F of binary dense associative memories (Krotov & Hopfield 2016, §2.1;
 * Demircigil et al. 2017 for the exponential), and the per-neuron energy difference they induce.
 *
 *   E(σ) = −Σ_μ F(ξ^μ·σ)
 *   Δ_i  = E(σ_i = −1) − E(σ_i = +1) = Σ_μ ξ^μ_i · g(a_μ),   a_μ = ξ^μ·σ − ξ^μ_i σ_i
 *   g(a) = F(a + 1) − F(a − 1)        (ξ^μ_i = ±1 only swaps the sign of the bracket)
 *
 * For ±1 patterns of length N every a_μ is an integer in [−(N−1), N−1], so g is tabulated once
 * per (model, N). The float tables here feed the fast path; exact-sign.ts settles the rare cases
 * the float sum cannot decide.
 */
import type { ModelSpec } from './types';

/** x^n by repeated squaring: exact whenever every intermediate fits in 53 bits. */
export function powInt(x: number, n: number): number {
  let result = 1;
  let base = x;
  let e = n;
  while (e > 0) {
    if (e & 1) result *= base;
    e >>= 1;
    if (e > 0) base *= base;
  }
  return result;
}

/** F(x) for the polynomial families (x may be any real). */
export function polyF(rectified: boolean, n: number, x: number): number {
  if (rectified && x <= 0) return 0;
  return powInt(x, n);
}

export interface PolyTable {
  /** Offset so that index a + offset holds g(a), for a in [−offset, offset]. */
  offset: number;
  /** g(a) = F(a+1) − F(a−1). */
  g: Float64Array;
  /** |F(a+1)| + |F(a−1)|: scale for the rounding-error bound of g. */
  mag: Float64Array;
  /** True when every table value and any sum of K of them is an exact integer in float64. */
  exact: boolean;
}

/**
 * Tables of g for the polynomial and rectified-polynomial energies, for integer a with |a| ≤ N.
 * No overflow is possible within the limits: (N+1)^n ≤ 4097^60 ≈ 1e216, times K ≤ 1e4.
 */
export function polyTable(spec: ModelSpec, dim: number, count: number): PolyTable {
  const rectified = spec.energy === 'rectified';
  const n = spec.n;
  const offset = dim;
  const g = new Float64Array(2 * dim + 1);
  const mag = new Float64Array(2 * dim + 1);
  let maxMag = 0;
  for (let a = -dim; a <= dim; a++) {
    const hi = polyF(rectified, n, a + 1);
    const lo = polyF(rectified, n, a - 1);
    g[a + offset] = hi - lo;
    mag[a + offset] = Math.abs(hi) + Math.abs(lo);
    if (mag[a + offset] > maxMag) maxMag = mag[a + offset];
  }
  return { offset, g, mag, exact: maxMag * Math.max(1, count) < 2 ** 53 };
}

/**
 * Table of exp(−β d) for d = 0 … 2N: the exponential energy's terms relative to the largest one.
 * Entries that underflow to 0 are smaller than 1e-308 of the leading term.
 */
export function expTable(beta: number, dim: number): Float64Array {
  const t = new Float64Array(2 * dim + 1);
  for (let d = 0; d <= 2 * dim; d++) t[d] = Math.exp(-beta * d);
  return t;
}

/** F(s) summed over fields, i.e. −E, for polynomial families (float64). */
export function polyEnergyFromFields(
  rectified: boolean,
  n: number,
  fields: ArrayLike<number>,
): number {
  let e = 0;
  for (let mu = 0; mu < fields.length; mu++) e -= polyF(rectified, n, fields[mu]);
  return e;
}

/**
 * The exponential energy in its log-scaled form −β⁻¹·log Σ_μ exp(β s_μ): a strictly increasing
 * function of E = −Σ_μ exp(β s_μ), which itself overflows float64 once βN > 709.
 */
export function expEnergyFromFields(beta: number, fields: ArrayLike<number>): number {
  let max = -Infinity;
  for (let mu = 0; mu < fields.length; mu++) if (fields[mu] > max) max = fields[mu];
  if (fields.length === 0) return 0;
  let sum = 0;
  for (let mu = 0; mu < fields.length; mu++) sum += Math.exp(beta * (fields[mu] - max));
  return -(max + Math.log(sum) / beta);
}
