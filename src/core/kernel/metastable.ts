/**
 * The metastable-state table (docs/models.md §7.4, Table 1): a histogram of the support sizes of
 * retrieval's final weight vectors. Size 1 is a single memory retrieved; larger sizes are
 * metastable mixtures.
 */
import type { SupportHistogram } from './types';

/** The most bins a histogram may have. */
export const MAX_SUPPORT_BINS = 1000;

/**
 * counts[k − 1] for k = 1 … maxK − 1; the last bin counts k ≥ maxK. A size of 0 (every weight
 * at or below the threshold: the mass is spread over at least 1/threshold memories) is counted in
 * the last bin too, so the counts always add up to `queries`. `mean` is the mean of the sizes as
 * given; `single` the share of size exactly 1. An empty list gives zeros.
 */
export function supportHistogram(sizes: ArrayLike<number>, maxK: number): SupportHistogram {
  if (!Number.isInteger(maxK) || maxK < 2 || maxK > MAX_SUPPORT_BINS)
    throw new Error(`maxK must be an integer in [2, ${MAX_SUPPORT_BINS}], got ${maxK}`);
  const counts = new Array<number>(maxK).fill(0);
  let total = 0;
  let ones = 0;
  for (let q = 0; q < sizes.length; q++) {
    const k = sizes[q];
    if (!Number.isInteger(k) || k < 0)
      throw new Error(`sizes[${q}] = ${k} is not a support size (an integer ≥ 0)`);
    counts[k >= 1 && k < maxK ? k - 1 : maxK - 1]++;
    total += k;
    if (k === 1) ones++;
  }
  const queries = sizes.length;
  return {
    counts,
    queries,
    single: queries ? ones / queries : 0,
    mean: queries ? total / queries : 0,
  };
}
