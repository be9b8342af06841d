/**
 * The class of a stable state (the rules of StateDetail in types.ts), tested in this order:
 *  1. learned: overlap ≥ RETRIEVED_OVERLAP with a training state (example or non-example);
 *  2. prototype: overlap ≥ RETRIEVED_OVERLAP with a group's centroid or generating prototype;
 *  3. inverted: overlap ≤ −RETRIEVED_OVERLAP with a training state or a group's prototype
 *     (centroid or generating), the more negative one named;
 *  4. mixture: sign(Σ s_g c_g) over 3 or 5 group centroids c_g, the signs s_g those of the
 *     state's overlaps, with cosine ≥ MIXTURE_OVERLAP; the groups are searched among the
 *     MIXTURE_TOP groups of largest |overlap|, and the best-scoring mixture is kept;
 *  5. spurious: anything else, with the named state of largest overlap.
 * Overlaps are ξ·σ / N (cosine of ±1 vectors), computed on packed bits.
 */
import { MIXTURE_OVERLAP, RETRIEVED_OVERLAP } from '../dynamics/metrics';
import { packBits, packedDot, packRows, wordsFor } from './bits';
import type { Named, StateDetail, Task } from './types';

/** Groups (largest |overlap| first) among which mixtures are searched. */
export const MIXTURE_TOP = 7;
const MIXTURE_SIZES = [3, 5] as const;

/** All k-subsets of 0 … n−1 in lexicographic order. */
function subsets(n: number, k: number): number[][] {
  const out: number[][] = [];
  const pick: number[] = [];
  const walk = (from: number) => {
    if (pick.length === k) return void out.push([...pick]);
    for (let i = from; i <= n - (k - pick.length); i++) {
      pick.push(i);
      walk(i + 1);
      pick.pop();
    }
  };
  walk(0);
  return out;
}

export type StateClassifier = (state: Int8Array) => StateDetail;

/** A classifier with the task's states packed once (the census classifies thousands). */
export function createClassifier(task: Task): StateClassifier {
  const { N, K, P } = task;
  const ex = packRows(task.examples, N, K);
  const cen = packRows(task.centroids, N, P);
  const pro = packRows(task.prototypes, N, P);
  const top = Math.min(P, MIXTURE_TOP);
  const combos = MIXTURE_SIZES.filter((k) => k <= top).flatMap((k) => subsets(top, k));
  const sum = new Int32Array(N);
  const mine = new Uint32Array(wordsFor(N));

  return (state) => {
    const s = packBits(state, N, 0, mine);
    let best = -Infinity;
    let bestK = -1;
    let worst = Infinity;
    let worstK = -1;
    for (let k = 0; k < K; k++) {
      const d = packedDot(ex, k, s, 0, N);
      if (d > best) [best, bestK] = [d, k];
      if (d < worst) [worst, worstK] = [d, k];
    }
    const cOv = new Float64Array(P);
    let gBest = -Infinity;
    let gBestG = -1;
    let gWorst = Infinity;
    let gWorstG = -1;
    for (let g = 0; g < P; g++) {
      const dc = packedDot(cen, g, s, 0, N);
      const dp = packedDot(pro, g, s, 0, N);
      cOv[g] = dc / N;
      if (Math.max(dc, dp) > gBest) [gBest, gBestG] = [Math.max(dc, dp), g];
      if (Math.min(dc, dp) < gWorst) [gWorst, gWorstG] = [Math.min(dc, dp), g];
    }
    if (best / N >= RETRIEVED_OVERLAP) return { cls: 'learned', example: bestK, overlap: best / N };
    if (gBest / N >= RETRIEVED_OVERLAP) {
      return { cls: 'prototype', group: gBestG, overlap: gBest / N };
    }
    if (Math.min(worst, gWorst) / N <= -RETRIEVED_OVERLAP) {
      const of: Named =
        worst <= gWorst
          ? { kind: 'example', index: worstK }
          : { kind: 'prototype', index: gWorstG };
      return { cls: 'inverted', of, overlap: Math.min(worst, gWorst) / N };
    }
    const order = Array.from({ length: P }, (_, g) => g).sort(
      (a, b) => Math.abs(cOv[b]) - Math.abs(cOv[a]) || a - b,
    );
    let mix: { groups: number[]; score: number } | null = null;
    for (const combo of combos) {
      const groups = combo.map((c) => order[c]);
      sum.fill(0);
      for (const g of groups) {
        const sg = cOv[g] >= 0 ? 1 : -1;
        const base = g * N;
        for (let i = 0; i < N; i++) sum[i] += sg * task.centroids[base + i];
      }
      let dot = 0;
      for (let i = 0; i < N; i++) dot += (sum[i] > 0 ? 1 : -1) * state[i];
      const score = dot / N;
      if (score >= MIXTURE_OVERLAP && (!mix || score > mix.score)) mix = { groups, score };
    }
    if (mix) {
      const components = [...mix.groups]
        .sort((a, b) => a - b)
        .map((group) => ({ group, sign: (cOv[group] >= 0 ? 1 : -1) as 1 | -1 }));
      return { cls: 'mixture', components, score: mix.score };
    }
    const nearest: Named =
      best >= gBest ? { kind: 'example', index: bestK } : { kind: 'prototype', index: gBestG };
    return { cls: 'spurious', nearest, overlap: Math.max(best, gBest) / N };
  };
}

/** The class of one state (packs the task's states; use createClassifier for many). */
export function classifyState(task: Task, state: Int8Array): StateDetail {
  return createClassifier(task)(state);
}
