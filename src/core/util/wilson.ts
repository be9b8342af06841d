/** The Wilson score interval of a binomial proportion (Wilson 1927). */

/** 95% two-sided normal quantile. */
const Z95 = 1.959963984540054;

/** Wilson score interval for `successes` of `n` trials. */
export function wilson(
  successes: number,
  n: number,
  z = Z95,
): { p: number; lo: number; hi: number } {
  if (n <= 0) return { p: NaN, lo: 0, hi: 1 };
  const p = successes / n;
  const z2 = z * z;
  const den = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / den;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / den;
  // At 0 or n successes the bound on that side is exactly 0 or 1 (no rounding below / above p).
  return {
    p,
    lo: successes === 0 ? 0 : Math.max(0, centre - half),
    hi: successes === n ? 1 : Math.min(1, centre + half),
  };
}
