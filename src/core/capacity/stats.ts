/** Summary statistics of the capacity measurements: quartiles of K_max and Wilson bands. */
import type { Quartiles } from './types';

/** The 95% (z = 1.96) Wilson score interval of a binomial proportion; [0, 1] for n = 0. */
export function wilson(successes: number, n: number, z = 1.96): { lo: number; hi: number } {
  if (n <= 0) return { lo: 0, hi: 1 };
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { lo: Math.max(0, centre - half), hi: Math.min(1, centre + half) };
}

/** Linear-interpolated quantile (type 7, as numpy's default) of sorted values. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Median and interquartile range; all 0 for no values. */
export function quartiles(values: readonly number[]): Quartiles {
  if (values.length === 0) return { median: 0, q1: 0, q3: 0 };
  const s = [...values].sort((a, b) => a - b);
  return { median: quantile(s, 0.5), q1: quantile(s, 0.25), q3: quantile(s, 0.75) };
}
