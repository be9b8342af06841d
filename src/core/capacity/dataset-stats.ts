/**
 * Measured statistics of a pattern pool (the lab shows them beside every dataset): the mean
 * absolute off-diagonal Pearson correlation between features, and the pairwise Hamming distances
 * (min, mean, histogram). Measured on the first STATS_PATTERNS patterns of a trial's pool.
 */
import type { DatasetStats } from './types';

export const STATS_PATTERNS = 256;
export const HIST_BINS = 32;

export function datasetStats(pool: Int8Array, count: number, N: number): DatasetStats {
  const P = Math.min(count, STATS_PATTERNS);
  const binWidth = Math.max(1, Math.ceil((N + 1) / HIST_BINS));
  const hist = new Array<number>(Math.ceil((N + 1) / binWidth)).fill(0);
  let minH = P > 1 ? N : 0;
  let sumH = 0;
  for (let a = 0; a < P; a++) {
    for (let b = a + 1; b < P; b++) {
      let d = 0;
      for (let i = 0; i < N; i++) if (pool[a * N + i] !== pool[b * N + i]) d++;
      hist[Math.floor(d / binWidth)]++;
      sumH += d;
      if (d < minH) minH = d;
    }
  }
  const pairs = (P * (P - 1)) / 2;
  // Feature means and spreads; constant features (MNIST borders) have no correlation.
  const mean = new Float64Array(N);
  for (let a = 0; a < P; a++) for (let i = 0; i < N; i++) mean[i] += pool[a * N + i];
  for (let i = 0; i < N; i++) mean[i] /= Math.max(1, P);
  const sd = mean.map((m) => Math.sqrt(Math.max(0, 1 - m * m)));
  const live: number[] = [];
  for (let i = 0; i < N; i++) if (sd[i] > 1e-12) live.push(i);
  let sumAbs = 0;
  let nPairs = 0;
  const col = new Float64Array(P);
  for (let x = 0; x < live.length; x++) {
    const i = live[x];
    for (let a = 0; a < P; a++) col[a] = pool[a * N + i];
    for (let y = x + 1; y < live.length; y++) {
      const j = live[y];
      let acc = 0;
      for (let a = 0; a < P; a++) acc += col[a] * pool[a * N + j];
      const r = (acc / P - mean[i] * mean[j]) / (sd[i] * sd[j]);
      sumAbs += Math.abs(r);
      nPairs++;
    }
  }
  return {
    count: P,
    meanAbsCorr: nPairs > 0 ? sumAbs / nPairs : 0,
    minHamming: minH,
    meanHamming: pairs > 0 ? sumH / pairs : 0,
    hist,
    binWidth,
  };
}
