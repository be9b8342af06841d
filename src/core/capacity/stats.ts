/** Quartiles of K_max over the trials (the Wilson bands are core/util/wilson.ts). */
import type { Quartiles } from './types';

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
