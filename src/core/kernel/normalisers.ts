/**
 * The three normalisers of the kernelized Hopfield retrieval (docs/models.md §7.1): softmax,
 * sparsemax (α = 2) and 1.5-entmax, each mapping scores z ∈ R^M to a probability vector.
 *
 *  - softmax(z)_i = exp(z_i − max z) / Σ_j exp(z_j − max z);
 *  - sparsemax(z) = argmin_{p ∈ Δ} ‖p − z‖², the Euclidean projection onto the simplex
 *    (Martins & Astudillo 2016): sort z descending, k = max{k : 1 + k z_(k) > Σ_{j≤k} z_(j)},
 *    τ = (Σ_{j≤k} z_(j) − 1)/k, p = max(z − τ, 0);
 *  - 1.5-entmax (Peters, Niculae & Martins 2019): p_i = max(0, z_i/2 − τ)² with τ the one value
 *    that makes Σ p = 1. τ is bracketed in [max − 1, max − 1/√M] (of u = z/2), found by bisection
 *    (at most 200 halvings), then recomputed in closed form on the support it found:
 *    k τ² − 2τ Σu + Σu² − 1 = 0 (the smaller root).
 *
 * Every normaliser first subtracts max z, so scores of any finite size (β·score of 1e6 or 1e300)
 * give finite weights that sum to 1. Non-finite scores throw.
 */
import type { Normaliser } from './types';

function checked(z: ArrayLike<number>, out: Float64Array | undefined, what: string): Float64Array {
  const n = z.length;
  if (n < 1) throw new Error(`${what}: z is empty (no memories to weigh)`);
  for (let i = 0; i < n; i++)
    if (!Number.isFinite(z[i])) throw new Error(`${what}: z[${i}] = ${z[i]} is not finite`);
  if (out && out.length !== n)
    throw new Error(`${what}: out has length ${out.length}, z has length ${n}`);
  return out ?? new Float64Array(n);
}

function maxOf(z: ArrayLike<number>): number {
  let m = -Infinity;
  for (let i = 0; i < z.length; i++) if (z[i] > m) m = z[i];
  return m;
}

/** Divides p by its sum (which is ≥ the largest entry > 0 for every normaliser here). */
function toUnitSum(p: Float64Array): Float64Array {
  let s = 0;
  for (let i = 0; i < p.length; i++) s += p[i];
  for (let i = 0; i < p.length; i++) p[i] /= s;
  return p;
}

/** softmax(z) into `out` (allocated when absent). */
export function softmax(z: ArrayLike<number>, out?: Float64Array): Float64Array {
  const p = checked(z, out, 'softmax');
  const m = maxOf(z);
  // z_i − m may be −Infinity only when z_i is −1e308 and m is +1e308: exp gives 0, still fine.
  for (let i = 0; i < z.length; i++) p[i] = Math.exp(z[i] - m);
  return toUnitSum(p);
}

/** sparsemax(z) into `out` (allocated when absent): sort-based. */
export function sparsemax(z: ArrayLike<number>, out?: Float64Array): Float64Array {
  const p = checked(z, out, 'sparsemax');
  const n = z.length;
  const m = maxOf(z);
  // Shifted scores (≤ 0), sorted descending; the shift keeps the running sums small.
  const s = new Float64Array(n);
  for (let i = 0; i < n; i++) s[i] = z[i] - m;
  s.sort().reverse();
  let cum = 0;
  let k = 1;
  let cumK = s[0];
  for (let j = 0; j < n; j++) {
    cum += s[j];
    if (1 + (j + 1) * s[j] > cum) {
      k = j + 1;
      cumK = cum;
    }
  }
  const tau = (cumK - 1) / k;
  for (let i = 0; i < n; i++) p[i] = Math.max(z[i] - m - tau, 0);
  return toUnitSum(p);
}

/** Σ_i max(0, u_i − τ)². */
function entmaxMass(u: Float64Array, tau: number): number {
  let s = 0;
  for (let i = 0; i < u.length; i++) {
    const d = u[i] - tau;
    if (d > 0) s += d * d;
  }
  return s;
}

/** The largest number of halvings of the threshold bracket (its width is < 1 to start). */
const ENTMAX_HALVINGS = 200;

/** 1.5-entmax(z) into `out` (allocated when absent): bisection on the threshold. */
export function entmax15(z: ArrayLike<number>, out?: Float64Array): Float64Array {
  const p = checked(z, out, 'entmax15');
  const n = z.length;
  const m = maxOf(z);
  // u = (z − max z)/2 ≤ 0 with max u = 0: the mass is ≥ 1 at τ = −1, ≤ 1 at τ = −1/√n.
  const u = new Float64Array(n);
  for (let i = 0; i < n; i++) u[i] = (z[i] - m) / 2;
  let lo = -1;
  let hi = -1 / Math.sqrt(n);
  for (let it = 0; it < ENTMAX_HALVINGS; it++) {
    const mid = (lo + hi) / 2;
    if (!(mid > lo && mid < hi)) break; // the bracket is down to adjacent doubles
    if (entmaxMass(u, mid) >= 1) lo = mid;
    else hi = mid;
  }
  // Closed form on the support {u_i > lo}: exact where bisection leaves rounding.
  let k = 0;
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    if (u[i] > lo) {
      k++;
      s1 += u[i];
      s2 += u[i] * u[i];
    }
  }
  let tau = lo;
  if (k > 0) {
    const disc = Math.max(0, s1 * s1 - k * (s2 - 1));
    const exact = (s1 - Math.sqrt(disc)) / k;
    // Keep it only when it is consistent with the support it was computed on.
    let consistent = Number.isFinite(exact);
    for (let i = 0; i < n && consistent; i++) {
      if (u[i] > lo ? !(u[i] > exact) : u[i] > exact) consistent = false;
    }
    if (consistent) tau = exact;
  }
  for (let i = 0; i < n; i++) {
    const d = u[i] - tau;
    p[i] = d > 0 ? d * d : 0;
  }
  return toUnitSum(p);
}

/** The normaliser `kind` applied to z, into `out` (allocated when absent). */
export function normalise(
  kind: Normaliser,
  z: ArrayLike<number>,
  out?: Float64Array,
): Float64Array {
  switch (kind) {
    case 'softmax':
      return softmax(z, out);
    case 'sparsemax':
      return sparsemax(z, out);
    case 'entmax15':
      return entmax15(z, out);
    default:
      throw new Error(`normaliser must be softmax, entmax15 or sparsemax, got "${String(kind)}"`);
  }
}
