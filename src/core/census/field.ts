/**
 * The local field of one unit, kept up to date as units flip: the kernel of relaxation, the
 * energy profiles and the fixed-point test.
 *
 * `acc` holds, per network kind:
 *  - hebbian: the integer fields H_i = Σ_j C_ij σ_j (h = Wσ = H / N); a flip updates all N: O(N);
 *  - dense: the integer overlaps m_μ = ξ^μ·σ; a flip updates all K: O(K).
 *
 * The field h_i is defined for both so that flipping unit i lowers the energy strictly exactly
 * when σ_i h_i < 0:
 *  - hebbian: h_i = (Wσ)_i (ΔE of the flip = 2 σ_i h_i);
 *  - dense: h_i = ½ [E(σ with σ_i = −1) − E(σ with σ_i = +1)]
 *         = ½ Σ_μ ξ^μ_i [F((a_μ + 1)/N) − F((a_μ − 1)/N)], a_μ = m_μ − ξ^μ_i σ_i,
 *    in the scaled units of E (ΔE of the flip = 2 σ_i h_i again).
 */
import { exactPolySign, type Sign } from '../dynamics/exact-sign';
import type { Network } from './network';

/** Computes `acc` for `state` from scratch (H for hebbian, overlaps for dense). */
export function loadField(net: Network, state: Int8Array, acc?: Int32Array): Int32Array {
  const { N, K } = net;
  if (net.kind === 'hebbian') {
    const H = acc ?? new Int32Array(N);
    const C = net.C;
    for (let i = 0; i < N; i++) {
      let s = 0;
      const row = i * N;
      for (let j = 0; j < N; j++) s += C[row + j] * state[j];
      H[i] = s;
    }
    return H;
  }
  const m = acc ?? new Int32Array(K);
  const xi = net.xi;
  for (let k = 0; k < K; k++) {
    let s = 0;
    const base = k * N;
    for (let i = 0; i < N; i++) s += xi[base + i] * state[i];
    m[k] = s;
  }
  return m;
}

/** Float sum Σ_μ ξ^μ_i g(a_μ) of a dense network and its rounding-error bound. */
function denseSum(net: Network, state: Int8Array, m: Int32Array, i: number): [number, number] {
  const { K, N, xiT, g, gAbs } = net;
  const s = state[i];
  const row = i * K;
  let sum = 0;
  let mag = 0;
  for (let k = 0; k < K; k++) {
    const x = xiT[row + k];
    const idx = m[k] - x * s + N;
    sum += x * g[idx];
    mag += gAbs[idx];
  }
  // Each F value is off by ≤ (n + 2) ulp, the sum of K terms by ≤ K ulp of its magnitude.
  return [sum, mag * (net.n + K + 4) * 2 ** -52];
}

/** The field h_i (hebbian: (Wσ)_i; dense: the half energy difference, scaled). */
export function fieldValue(net: Network, state: Int8Array, acc: Int32Array, i: number): number {
  if (net.kind === 'hebbian') return acc[i] / net.N;
  return 0.5 * denseSum(net, state, acc, i)[0];
}

/** The exact sign of h_i (BigInt fall-back when float64 cannot decide). */
export function fieldSign(net: Network, state: Int8Array, acc: Int32Array, i: number): Sign {
  if (net.kind === 'hebbian') return acc[i] > 0 ? 1 : acc[i] < 0 ? -1 : 0;
  const [sum, bound] = denseSum(net, state, acc, i);
  if (sum > bound) return 1;
  if (sum < -bound) return -1;
  if (bound === 0) return 0;
  const counts = new Map<number, number>();
  const { K, xiT } = net;
  const s = state[i];
  for (let k = 0; k < K; k++) {
    const x = xiT[i * K + k];
    const a = acc[k] - x * s;
    counts.set(a, (counts.get(a) ?? 0) + x);
  }
  return exactPolySign(net.kind === 'rectified', net.n, counts);
}

/** Flips unit i of `state` and updates `acc`. */
export function flipUnit(net: Network, state: Int8Array, acc: Int32Array, i: number): void {
  const s = -state[i];
  state[i] = s;
  const two = 2 * s;
  if (net.kind === 'hebbian') {
    const { N, C } = net;
    const row = i * N;
    for (let j = 0; j < N; j++) acc[j] += two * C[row + j];
    return;
  }
  const { K, xiT } = net;
  const row = i * K;
  for (let k = 0; k < K; k++) acc[k] += two * xiT[row + k];
}

/** Energy from a loaded `acc`: hebbian −½σᵀWσ, dense −Σ_μ F(m_μ / N). */
export function energyOf(net: Network, state: Int8Array, acc: Int32Array): number {
  if (net.kind === 'hebbian') {
    let s = 0;
    for (let i = 0; i < net.N; i++) s += state[i] * acc[i];
    return -s / (2 * net.N);
  }
  let e = 0;
  for (let k = 0; k < net.K; k++) e -= net.F[acc[k] + net.N];
  return e;
}
