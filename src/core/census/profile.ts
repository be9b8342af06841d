/**
 * Per-unit energy profiles and the stability ratio (Robins & McCallum 2004; models.md §8.1).
 *
 * e_i = −σ_i h_i with the field h_i of field.ts:
 *  - hebbian: h = Wσ, so e_i = −σ_i (Wσ)_i and Σ_i e_i = 2E;
 *  - dense: h_i = ½ [E(σ with σ_i = −1) − E(σ with σ_i = +1)] in the scaled units of E, the
 *    energy-difference analogue of the local field (the same as the hebbian one up to a factor
 *    for F(m) = m², since then ΔE is linear in σ_i).
 * Flipping unit i changes the energy by −2e_i, so e_i < 0 for every i exactly when the state is a
 * strict fixed point (no flip leaves the energy equal or lower).
 */
import { energyOf, fieldSign, fieldValue, loadField } from './field';
import type { Network } from './network';

export function unitEnergies(net: Network, state: Int8Array, out?: Float64Array): Float64Array {
  const e = out ?? new Float64Array(net.N);
  const acc = loadField(net, state);
  for (let i = 0; i < net.N; i++) e[i] = -state[i] * fieldValue(net, state, acc, i);
  return e;
}

/** The stability ratio of a profile: the studio's own (one definition for both). */
export { stabilityRatio } from '../dynamics/unit-energy';

/** hebbian: −½ σᵀWσ; dense: −Σ_μ F(ξ^μ·σ) / N^n. */
export function stateEnergy(net: Network, state: Int8Array): number {
  return energyOf(net, state, loadField(net, state));
}

/**
 * Whether the relaxation would leave `state` as it is: no single flip lowers the energy strictly
 * (σ_i h_i ≥ 0 for every i, decided exactly). A tie (h_i = 0) counts as fixed, as in relax.
 */
export function isFixedPoint(net: Network, state: Int8Array): boolean {
  const acc = loadField(net, state);
  for (let i = 0; i < net.N; i++) if (state[i] * fieldSign(net, state, acc, i) < 0) return false;
  return true;
}

/** Whether every flip raises the energy strictly (σ_i h_i > 0 for every i, exactly). */
export function isStrictFixedPoint(net: Network, state: Int8Array): boolean {
  const acc = loadField(net, state);
  for (let i = 0; i < net.N; i++) if (state[i] * fieldSign(net, state, acc, i) <= 0) return false;
  return true;
}

/** count × N unit energies of the rows of `bits` (count × N ±1). */
export function profilesOf(net: Network, bits: Int8Array, count: number): Float64Array {
  const { N } = net;
  const out = new Float64Array(count * N);
  for (let r = 0; r < count; r++) {
    unitEnergies(net, bits.subarray(r * N, (r + 1) * N), out.subarray(r * N, (r + 1) * N));
  }
  return out;
}
