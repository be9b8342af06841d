/**
 * The stability of bit i of a stored pattern ξ^a, from overlaps G_aμ = ξ^a·ξ^μ alone
 * (models.md §2.2). With a_μ = G_aμ − t_μ, t_μ = ξ^a_i ξ^μ_i and g(a) = F(a+1) − F(a−1):
 *
 *   2 ξ^a_i Δ_i = Σ_μ 2 t_μ g(G_aμ − t_μ) = Σ_μ C(G_aμ) + ξ^a_i Σ_μ B(G_aμ) ξ^μ_i,
 *   C(G) = g(G−1) − g(G+1),   B(G) = g(G−1) + g(G+1).
 *
 * The bit is stable (the energy-difference rule keeps it; a tie keeps) iff that value is ≥ 0.
 * So one stored pattern's N stabilities are one row R_a = Σ_μ B(G_aμ) ξ^μ plus one number C_a,
 * and adding a memory adds one term to every row. For the exponential energy the same holds
 * after dividing by the positive e^{β(N−1)}(1 − e^{−2β}): t = +1 → e^{−β(N−G)}, t = −1 →
 * −e^{−β(N−G−2)}; the self term is 1 and nothing overflows or underflows at the top, at any β.
 */
import type { BinaryEnergy, ModelSpec } from '../dynamics/types';
import { polyF } from '../dynamics/interaction';
import { exactExpSign, exactPolySign } from '../dynamics/exact-sign';

const U = 2 ** -53;

export interface StabilityTables {
  /** Index G + N for overlaps G in [−N, N]. */
  C: Float64Array;
  B: Float64Array;
  /** An upper bound of |every float term| that went into C and B (for the error bound). */
  mag: Float64Array;
  /** True when every table value and every sum of up to 2·kCap of them is an exact integer. */
  exact: boolean;
  /** Per-term relative error allowance beyond the summation (rounding inside the table). */
  tableUlps: number;
  /** Absolute slack per term for underflowed exponentials. */
  tiny: number;
}

export function stabilityTables(
  model: ModelSpec & { energy: BinaryEnergy },
  N: number,
  kCap: number,
): StabilityTables {
  const size = 2 * N + 1;
  const C = new Float64Array(size);
  const B = new Float64Array(size);
  const mag = new Float64Array(size);
  if (model.energy === 'exponential') {
    // Scaled by e^{2β} more: t = +1 → P = e^{−β(N−G)}, t = −1 → −Q, Q = e^{−β(N−G−2)}; both ≤ 1
    // (the self term is P = 1). G = N means ξ^μ = ξ^a, where t = −1 never happens: Q(N) = 0.
    for (let G = -N; G <= N; G++) {
      const P = Math.exp(-model.beta * (N - G));
      const Q = G === N ? 0 : Math.exp(-model.beta * (N - G - 2));
      C[G + N] = P - Q;
      B[G + N] = P + Q;
      mag[G + N] = P + Q;
    }
    // exp(−y) of a rounded y = β·d is off by up to y·U relative: the ulps grow with β·N.
    return { C, B, mag, exact: false, tableUlps: 16 + 2 * model.beta * (2 * N + 2), tiny: 1e-300 };
  }
  const rect = model.energy === 'rectified';
  const n = model.n;
  const F = (x: number) => polyF(rect, n, x);
  let maxMag = 0;
  for (let G = -N; G <= N; G++) {
    const gLo = F(G) - F(G - 2);
    const gHi = F(G + 2) - F(G);
    C[G + N] = gLo - gHi;
    B[G + N] = gLo + gHi;
    const m = 2 * (Math.abs(F(G - 2)) + 2 * Math.abs(F(G)) + Math.abs(F(G + 2)));
    mag[G + N] = m;
    if (m > maxMag) maxMag = m;
  }
  return { C, B, mag, exact: maxMag * 2 * Math.max(1, kCap) < 2 ** 53, tableUlps: n + 8, tiny: 0 };
}

/** The float error bound of C_a + ξ R_a after `terms` accumulated terms of total size `scale`. */
export function errorBound(t: StabilityTables, terms: number, scale: number): number {
  if (t.exact) return 0;
  return 2 * (t.tableUlps + 2 * terms + 8) * U * scale + terms * t.tiny;
}

/**
 * Exact stability of bit i of pattern a against memories 0…K−1 (BigInt or interval arithmetic),
 * for the near-ties the float bound cannot decide. `dot(a, μ)` gives G_aμ.
 */
export function exactStable(
  model: ModelSpec & { energy: BinaryEnergy },
  pool: Int8Array,
  N: number,
  a: number,
  i: number,
  K: number,
  dot: (a: number, b: number) => number,
): boolean {
  const xa = pool[a * N + i];
  const counts = new Map<number, number>();
  for (let mu = 0; mu < K; mu++) {
    const x = pool[mu * N + i];
    const am = dot(a, mu) - x * xa;
    const key = model.energy === 'exponential' ? N - am : am;
    counts.set(key, (counts.get(key) ?? 0) + x);
  }
  const s =
    model.energy === 'exponential'
      ? exactExpSign(model.beta, counts)
      : exactPolySign(model.energy === 'rectified', model.n, counts);
  return s === 0 || s === xa;
}
