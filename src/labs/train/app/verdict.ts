/**
 * The training lab's claim in words, from what it measured: for the runs shown, the median number
 * of memories that carry 90% of the evidence for the winning label (ContributorStats.median), and
 * whether that number falls as n grows. Krotov & Hopfield (2016) describe small n as features
 * that vote together and large n as prototypes where a few decide; the sentence says whether these
 * runs show it, never more. Pure.
 */

export interface MeasuredRun {
  n: number;
  /** Median memories carrying 90% of the evidence (0: most digits had no positive evidence). */
  median: number;
}

export type Effect =
  /** The median falls with every step in n. */
  | 'shown'
  /** Fewer at the largest n than at the smallest, but not at every step. */
  | 'partial'
  /** Not fewer at the largest n. */
  | 'not-shown'
  /** All runs have the same n: nothing to compare. */
  | 'one-n';

export interface Verdict {
  effect: Effect;
  /** "median memories carrying 90% of the evidence: 10 at n = 3, 6 at n = 30" */
  numbers: string;
  /** What the numbers show, one sentence without the numbers. */
  meaning: string;
  /** Both, as one sentence. */
  text: string;
}

/** Whole numbers as they are, others with one decimal. */
const num = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(1));

/** The verdict over the measured runs (at least two), or null with fewer. */
export function contributorVerdict(runs: readonly MeasuredRun[]): Verdict | null {
  if (runs.length < 2) return null;
  const sorted = [...runs].sort((a, b) => a.n - b.n);
  const numbers =
    'median memories carrying 90% of the evidence: ' +
    sorted.map((r) => `${num(r.median)} at n = ${r.n}`).join(', ');
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  let effect: Effect;
  let meaning: string;
  if (first.n === last.n) {
    effect = 'one-n';
    meaning = 'these runs share one n, so they do not compare small and large n';
  } else if (!(last.median < first.median)) {
    effect = 'not-shown';
    meaning =
      last.median === first.median
        ? `as many decide at n = ${last.n} as at n = ${first.n}: these runs do not show fewer memories deciding at larger n`
        : `more decide at n = ${last.n} than at n = ${first.n}: these runs do not show fewer memories deciding at larger n`;
  } else {
    // Steps where the count does not fall (between distinct powers).
    const rises = sorted.filter(
      (r, i) => i > 0 && r.n > sorted[i - 1].n && r.median >= sorted[i - 1].median,
    );
    if (rises.length === 0) {
      effect = 'shown';
      meaning = 'fewer memories decide at larger n';
    } else {
      effect = 'partial';
      meaning =
        `fewer decide at n = ${last.n} than at n = ${first.n}, but not at every step ` +
        `(${rises.map((r) => `n = ${r.n}: ${num(r.median)}`).join(', ')})`;
    }
  }
  const text = `${numbers[0].toUpperCase()}${numbers.slice(1)} — ${meaning}.`;
  return { effect, numbers, meaning, text };
}
