/**
 * P(success) against K over the trials of a point, with 95% Wilson bands, on a geometric grid of
 * K shared by every trial; and k50, where the curve first falls through 0.5.
 * A trial is measured at every grid K up to its own end (the scan's end, or twice its K_max + 2
 * for the bisect search); past that it counts as a failure.
 */
import { wilson } from '../util/wilson';
import type { CurvePoint } from './types';

/** round(r^j) for j = 0, 1, … up to maxK, without repeats, and maxK itself. */
export function curveGrid(maxK: number, ratio: number): number[] {
  const out: number[] = [];
  for (let j = 0; ; j++) {
    const K = Math.round(ratio ** j);
    if (K > maxK) break;
    if (out[out.length - 1] !== K) out.push(K);
  }
  if (maxK >= 1 && out[out.length - 1] !== maxK) out.push(maxK);
  return out;
}

/** One trial's measured successes: K → held, and the last K it measured. */
export interface TrialCurve {
  holds(K: number): boolean | undefined;
  end: number;
}

export function assembleCurve(
  grid: readonly number[],
  trials: readonly TrialCurve[],
): CurvePoint[] {
  const reach = Math.max(0, ...trials.map((t) => t.end));
  const n = trials.length;
  return grid
    .filter((K) => K <= reach)
    .map((K) => {
      let s = 0;
      for (const t of trials) if (K <= t.end && t.holds(K)) s++;
      const { lo, hi } = wilson(s, n);
      return { K, pSuccess: n > 0 ? s / n : 0, lo, hi, trials: n };
    });
}

/** The K where P(success) first drops below 0.5, interpolated linearly in log K. */
export function k50(curve: readonly CurvePoint[]): number | null {
  for (let j = 1; j < curve.length; j++) {
    const a = curve[j - 1];
    const b = curve[j];
    if (a.pSuccess >= 0.5 && b.pSuccess < 0.5) {
      const f = (a.pSuccess - 0.5) / (a.pSuccess - b.pSuccess);
      return Math.exp(Math.log(a.K) + f * (Math.log(b.K) - Math.log(a.K)));
    }
  }
  return null;
}
