/**
 * P(a generating prototype is a fixed point of the Hebbian network): our own Gaussian
 * signal-to-noise estimate, derived here. It is not the companion paper's formula (arXiv
 * 2407.03342 derives its own; we have not checked ours against it).
 *
 * Set-up: P random prototypes ξ^ν, E examples x^{ν,a} of each with every bit flipped with
 * probability p; q = 1 − 2p is the mean of ξ_i x_i. W = (1/N) Σ x xᵀ, zero diagonal; the state
 * σ = ξ^1 is fixed when u_i = ξ^1_i Σ_{j≠i} Σ_{ν,a} x^{ν,a}_i x^{ν,a}_j ξ^1_j ≥ 0 for every i.
 *
 * Own group. With η^a_j = ξ^1_j x^{1,a}_j (±1, mean q): u_i^(1) = Σ_a η^a_i S_a, S_a = Σ_{j≠i} η^a_j,
 * S_a = (N−1)q + D_a with D_a of mean 0 and variance (N−1)(1 − q²). So
 *   u_i^(1) = (N−1) q B_i + Σ_a η^a_i D_a,  B_i = Σ_a η^a_i = E − 2f, f ~ Binomial(E, p)
 * (f: examples that flipped bit i), and the second term has mean 0, variance E (N−1)(1 − q²).
 * Other groups. With c_j = ξ^1_j ξ^ν_j (independent ±1) and ζ the flip signs of group ν (mean q):
 *   u_i^(ν) = Σ_{j≠i} c_i c_j Σ_b ζ^b_i ζ^b_j, mean 0, variance (N−1) E [1 + (E − 1) q⁴]
 * (Σ_b ζ^b_i ζ^b_j: E terms of mean q², second moment E + E(E − 1) q⁴).
 * Treating the noise as Gaussian given f, and the N units as independent:
 *   σ² = (N−1) E [(1 − q²) + (P − 1)(1 + (E − 1) q⁴)],
 *   P(unit stable) = Σ_f Binom(f; E, p) Φ((N−1) q (E − 2f) / σ),
 *   P(prototype fixed) ≈ P(unit stable)^N.
 * Checks: p = 0 gives SNR √((N−1)/(P−1)), the classical Hopfield network of P patterns; p = ½
 * gives Φ(0)^N. It ignores the correlation between units (the D_a and c_j are shared), so it is
 * loosest for small N and few groups.
 */

/** erfc(x), Chebyshev fit (relative error < 1.2e-7 everywhere). */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -z * z -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t *
                      (0.27886807 +
                        t *
                          (-1.13520398 +
                            t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const r = t * Math.exp(poly);
  return x >= 0 ? r : 2 - r;
}

/** Standard normal CDF. */
export const normalCdf = (x: number): number => 0.5 * erfc(-x / Math.SQRT2);

/** Binomial(E, p) probabilities of 0 … E. */
function binomial(E: number, p: number): Float64Array {
  const out = new Float64Array(E + 1);
  if (p <= 0) {
    out[0] = 1;
    return out;
  }
  if (p >= 1) {
    out[E] = 1;
    return out;
  }
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  let lc = 0; // log C(E, f)
  for (let f = 0; f <= E; f++) {
    if (f > 0) lc += Math.log(E - f + 1) - Math.log(f);
    out[f] = Math.exp(lc + f * lp + (E - f) * lq);
  }
  return out;
}

/** Our estimate of P(one generating prototype is a fixed point of the Hebbian network). */
export function prototypeStableTheory(N: number, P: number, E: number, p: number): number {
  const q = 1 - 2 * p;
  const variance = (N - 1) * E * (1 - q * q + (P - 1) * (1 + (E - 1) * q ** 4));
  const sd = Math.sqrt(Math.max(0, variance));
  const w = binomial(E, p);
  let unit = 0;
  for (let f = 0; f <= E; f++) {
    if (w[f] === 0) continue;
    const signal = (N - 1) * q * (E - 2 * f);
    const stable = sd > 0 ? normalCdf(signal / sd) : signal >= 0 ? 1 : 0;
    unit += w[f] * stable;
  }
  unit = Math.min(1, Math.max(0, unit));
  return unit === 0 ? 0 : Math.exp(N * Math.log(unit));
}
