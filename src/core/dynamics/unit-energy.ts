/**
 * Per-unit energies of a binary state and its stability ratio (McAlister, Robins & Szymanski;
 * Robins & McCallum 2004; models.md §8.1), for the studio's binary dense energies
 * E(σ) = −Σ_μ F(ξ^μ·σ):
 *
 *   h_i = ½ [E(σ_i = −1) − E(σ_i = +1)] = ½ Σ_μ ξ^μ_i [F(a_μ + 1) − F(a_μ − 1)],
 *   a_μ = ξ^μ·σ − ξ^μ_i σ_i,          e_i = −σ_i h_i,         SR = min|e_i| / max|e_i|.
 *
 * For F(x) = x² this is 2N times the classical e_i = −σ_i Σ_j w_ij σ_j with w = (1/N) Σ ξ ξᵀ and a
 * zero diagonal, so the stability ratio is the classical one. At a fixed point every e_i ≤ 0.
 *
 * The true e_i can reach (N+1)^60 or exp(βN), so they are returned scaled: e_true = e · exp(logScale).
 * Polynomial: every F is divided by M^n with M = max_μ |ξ^μ·σ| + 1 ≥ |a_μ ± 1|, so each term is at
 * most 1; exponential: each unit is summed in the log domain and all are divided by the largest.
 * Terms that underflow are below 1e-308 of the largest, so the ratios between units (the stability
 * ratio) keep every digit they need.
 */
import { computeFields } from './binary-kernel';
import { powInt } from './interaction';
import type { ModelSpec, Patterns } from './types';

export interface UnitEnergies {
  /** e_i scaled: the true per-unit energy is e_i · exp(logScale). */
  e: Float64Array;
  /** Natural log of the factor the e_i were divided by. */
  logScale: number;
}

/**
 * @param memories K × N ±1 (the binary families' view: signs)
 * @param state N values; > 0 reads as +1, anything else as −1
 * @returns null for the continuous softmax model, where per-unit energies do not apply
 */
export function unitEnergies(
  spec: ModelSpec,
  memories: Patterns,
  state: ArrayLike<number>,
): UnitEnergies | null {
  if (spec.energy === 'softmax') return null;
  const { count: K, dim: N, data } = memories;
  const sigma = new Int8Array(N);
  for (let i = 0; i < N; i++) sigma[i] = state[i] > 0 ? 1 : -1;
  const fields = computeFields(memories, sigma);
  const e = new Float64Array(N);
  if (K === 0) return { e, logScale: 0 };
  if (spec.energy === 'exponential') return expUnitEnergies(spec.beta, memories, sigma, fields);
  const rectified = spec.energy === 'rectified';
  let M = 1;
  for (let mu = 0; mu < K; mu++) M = Math.max(M, Math.abs(fields[mu]) + 1);
  const F = (x: number) => (rectified && x <= 0 ? 0 : powInt(x / M, spec.n));
  for (let i = 0; i < N; i++) {
    const si = sigma[i];
    let delta = 0;
    for (let mu = 0; mu < K; mu++) {
      const x = data[mu * N + i] > 0 ? 1 : -1;
      const a = fields[mu] - x * si;
      delta += x * (F(a + 1) - F(a - 1));
    }
    e[i] = -si * 0.5 * delta;
  }
  return { e, logScale: spec.n * Math.log(M) };
}

/**
 * Δ_i = (1 − e^{−2β}) Σ_μ ξ^μ_i e^{β(a_μ + 1)}: each unit's sum is taken relative to its own
 * largest term (log domain), then every unit is scaled by the largest |e_i| of all.
 */
function expUnitEnergies(
  beta: number,
  memories: Patterns,
  sigma: Int8Array,
  fields: Int32Array,
): UnitEnergies {
  const { count: K, dim: N, data } = memories;
  const logMag = new Float64Array(N);
  const sign = new Int8Array(N);
  const logFactor = Math.log(-Math.expm1(-2 * beta)) - Math.LN2;
  let L = -Infinity;
  for (let i = 0; i < N; i++) {
    const si = sigma[i];
    let m = -Infinity;
    for (let mu = 0; mu < K; mu++) m = Math.max(m, fields[mu] - (data[mu * N + i] > 0 ? si : -si));
    let sum = 0;
    for (let mu = 0; mu < K; mu++) {
      const x = data[mu * N + i] > 0 ? 1 : -1;
      sum += x * Math.exp(beta * (fields[mu] - x * si - m));
    }
    sign[i] = sum > 0 ? -si : sum < 0 ? si : 0;
    logMag[i] = sum === 0 ? -Infinity : beta * (m + 1) + Math.log(Math.abs(sum)) + logFactor;
    if (logMag[i] > L) L = logMag[i];
  }
  const e = new Float64Array(N);
  if (L === -Infinity) return { e, logScale: 0 };
  for (let i = 0; i < N; i++) e[i] = sign[i] * Math.exp(logMag[i] - L);
  return { e, logScale: L };
}

/** min_i |e_i| / max_i |e_i| in [0, 1]; 0 when every e_i is 0 (or there are none). */
export function stabilityRatio(e: ArrayLike<number>): number {
  let min = Infinity;
  let max = 0;
  for (let i = 0; i < e.length; i++) {
    const a = Math.abs(e[i]);
    if (a < min) min = a;
    if (a > max) max = a;
  }
  return max > 0 ? min / max : 0;
}
