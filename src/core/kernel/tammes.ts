/**
 * The Tammes problem and the separation bounds of Proposition 3.1 (docs/models.md §7.3).
 *
 * tammesAngleDeg(M, d): the largest possible smallest angle between M points on S^{d−1}, where it
 * is known. d = 2: 360°/M (a regular M-gon; 180° for M = 2). d = 3: the published optimal values
 * for M = 2 … 14 and 24 (Fejes Tóth 1943 for M = 3, 4, 6, 12; Schütte & van der Waerden 1951 for
 * M = 5 … 9; Danzer 1963/1986 for M = 10, 11; Musin & Tarasov 2012 for M = 13 and 2015 for
 * M = 14; Robinson 1961 for M = 24), to 4 decimals. null everywhere else.
 *
 * separationBounds(M, d): Proposition 3.1's bounds on Δ_min = min_{μ≠ν} (1 − ⟨z_μ, z_ν⟩) for M
 * points on S^{d−1}, exactly as models.md states them:
 *   lower = ½ · [ (√π / M) · Γ((d+1)/2) / Γ(d/2 + 1) ]^{2/(d−1)}
 *   upper = 2 · [ (2√π / M) · Γ((d+1)/2) / Γ(d/2) ]^{1/(d−1)}
 * computed in log space with logGamma below, so d up to thousands neither overflows nor
 * underflows.
 */

const DEG = 180 / Math.PI;

/** Optimal Tammes angles on S² (d = 3), degrees. */
const TAMMES_S2: Readonly<Record<number, number>> = {
  2: 180,
  3: 120,
  4: 109.4712,
  5: 90,
  6: 90,
  7: 77.8695,
  8: 74.8585,
  9: 70.5288,
  10: 66.1468,
  11: 63.4349,
  12: 63.4349,
  13: 57.1367,
  14: 55.6706,
  24: 43.6908,
};

/** The known optimal Tammes angle for M points on S^{d−1}, degrees; null when not known here. */
export function tammesAngleDeg(M: number, d: number): number | null {
  if (!Number.isInteger(M) || M < 2) return null;
  if (d === 2) return 360 / M > 180 ? 180 : 360 / M;
  if (d === 3) return TAMMES_S2[M] ?? null;
  return null;
}

/** The shift below which logGamma climbs with the recurrence Γ(x+1) = xΓ(x). */
const STIRLING_FROM = 15;

/**
 * log Γ(x) for x > 0: Stirling's series with terms to x⁻¹¹ at x ≥ 15 (the next term is below
 * 1e-16 there), lifted there by log Γ(x) = log Γ(x + n) − Σ_{k<n} log(x + k).
 */
export function logGamma(x: number): number {
  if (!Number.isFinite(x) || x <= 0) throw new Error(`logGamma needs a finite x > 0, got ${x}`);
  let shift = 0;
  let y = x;
  while (y < STIRLING_FROM) {
    shift += Math.log(y);
    y += 1;
  }
  const r = 1 / y;
  const r2 = r * r;
  const series =
    r *
    (1 / 12 +
      r2 *
        (-1 / 360 + r2 * (1 / 1260 + r2 * (-1 / 1680 + r2 * (1 / 1188 + r2 * (-691 / 360360))))));
  return (y - 0.5) * Math.log(y) - y + 0.5 * Math.log(2 * Math.PI) + series - shift;
}

function checkMd(M: number, d: number): void {
  if (!Number.isInteger(M) || M < 2) throw new Error(`M must be an integer ≥ 2, got ${M}`);
  if (!Number.isInteger(d) || d < 2) throw new Error(`d must be an integer ≥ 2, got ${d}`);
}

/** Proposition 3.1's lower and upper bounds on Δ_min for M points on S^{d−1}. */
export function separationBounds(M: number, d: number): { lower: number; upper: number } {
  checkMd(M, d);
  const halfLogPi = 0.5 * Math.log(Math.PI);
  const gUp = logGamma((d + 1) / 2);
  const logLower =
    Math.log(0.5) + (2 / (d - 1)) * (halfLogPi - Math.log(M) + gUp - logGamma(d / 2 + 1));
  const logUpper =
    Math.log(2) + (1 / (d - 1)) * (Math.log(2) + halfLogPi - Math.log(M) + gUp - logGamma(d / 2));
  return { lower: Math.exp(logLower), upper: Math.exp(logUpper) };
}

/** The angle with 1 − cos θ = Δ, degrees, clamped into [0°, 180°]. */
export function separationAngleDeg(delta: number): number {
  return Math.acos(Math.min(1, Math.max(-1, 1 - delta))) * DEG;
}

/** separationBounds as angles acos(1 − Δ), degrees in [0°, 180°]. */
export function separationBoundsDeg(M: number, d: number): { lower: number; upper: number } {
  const { lower, upper } = separationBounds(M, d);
  return { lower: separationAngleDeg(lower), upper: separationAngleDeg(upper) };
}
