/**
 * ROC curve and area for a score that should rank positives first. Ties share one step (the
 * curve moves diagonally through them), so the area equals the Mann–Whitney probability
 * P(score of a positive ranks above a negative) + ½ P(tie).
 */
import type { Roc } from './types';

/**
 * @param scores one score per row
 * @param positive one label per row: truthy = positive
 * @param lowerIsPositive true when a low score means positive (the stability ratio of spurious states)
 * @returns null when either class is empty
 */
export function roc(
  scores: ArrayLike<number>,
  positive: ArrayLike<number | boolean>,
  lowerIsPositive: boolean,
): Roc | null {
  const n = scores.length;
  if (positive.length !== n) throw new Error('roc: one label per score is needed');
  let pos = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(scores[i])) throw new Error(`roc: score ${i} is not finite`);
    if (positive[i]) pos++;
  }
  const neg = n - pos;
  if (pos === 0 || neg === 0) return null;
  const sign = lowerIsPositive ? 1 : -1;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => sign * (scores[a] - scores[b]),
  );
  const fpr = [0];
  const tpr = [0];
  let tp = 0;
  let fp = 0;
  let auc = 0;
  for (let k = 0; k < n;) {
    const s = scores[order[k]];
    let dtp = 0;
    let dfp = 0;
    while (k < n && scores[order[k]] === s) {
      if (positive[order[k]]) dtp++;
      else dfp++;
      k++;
    }
    auc += (dfp / neg) * ((tp + dtp / 2) / pos);
    tp += dtp;
    fp += dfp;
    fpr.push(fp / neg);
    tpr.push(tp / pos);
  }
  return { fpr: Float64Array.from(fpr), tpr: Float64Array.from(tpr), auc };
}
