/**
 * The baseline: call a state spurious when its stability ratio is below a threshold, the
 * threshold that maximises balanced accuracy on the training rows. Candidates are the midpoints
 * between neighbouring distinct SR values, plus one below every row (nothing spurious) and one
 * above every row (everything spurious); a tie keeps the lowest threshold. With one class only,
 * balanced accuracy is that class's recall, so the threshold puts every row in it.
 */
import type { CensusModel, ProfileSet } from '../types';

export type SrModel = Extract<CensusModel, { kind: 'sr' }>;

/** Mean recall over the classes that have rows (0 when neither has). */
export function balancedAccuracy(tp: number, fp: number, tn: number, fn: number): number {
  const recalls: number[] = [];
  if (tp + fn > 0) recalls.push(tp / (tp + fn));
  if (tn + fp > 0) recalls.push(tn / (tn + fp));
  return recalls.length ? recalls.reduce((s, r) => s + r, 0) / recalls.length : 0;
}

/** A value t with a < t ≤ b (the midpoint unless a and b are neighbouring doubles). */
const midpoint = (a: number, b: number) => {
  const m = (a + b) / 2;
  return m > a ? m : b;
};

export function trainSrThreshold(set: ProfileSet): SrModel {
  const n = set.count;
  if (n === 0) throw new Error('sr threshold: there are no training rows');
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => set.sr[a] - set.sr[b]);
  let pos = 0;
  for (let r = 0; r < n; r++) pos += set.y[r];
  const neg = n - pos;
  const lowest = set.sr[order[0]];
  const highest = set.sr[order[n - 1]];
  // Threshold below every row: nothing predicted spurious.
  let best = balancedAccuracy(0, 0, neg, pos);
  let threshold = lowest - Math.max(1e-9, 1e-9 * Math.abs(lowest));
  let tp = 0;
  let fp = 0;
  for (let k = 0; k < n;) {
    const s = set.sr[order[k]];
    while (k < n && set.sr[order[k]] === s) {
      if (set.y[order[k]]) tp++;
      else fp++;
      k++;
    }
    const ba = balancedAccuracy(tp, fp, neg - fp, pos - tp);
    if (ba > best) {
      best = ba;
      threshold = k < n ? midpoint(s, set.sr[order[k]]) : highest + Math.max(1e-9, 1e-9 * highest);
    }
  }
  return { kind: 'sr', threshold };
}
