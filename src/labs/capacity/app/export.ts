/**
 * The capacity results as files: JSON in the shape `dam merge` writes (the lab and the CLI open
 * it), and CSV with one row per point and curve K, every field of the point's set-up in columns.
 */
import { mergeLines } from '../../../core/capacity/grid';
import type { GridSpec, PointLine, ResultFile } from '../../../core/capacity/types';

/** The result file of a complete grid; throws naming a missing or foreign point. */
export function resultFile(grid: GridSpec, lines: readonly PointLine[]): ResultFile {
  return mergeLines(grid, [...lines]);
}

export const resultJson = (grid: GridSpec, lines: readonly PointLine[]): string =>
  JSON.stringify(resultFile(grid, lines), null, 1) + '\n';

export const CSV_COLUMNS = [
  'index',
  'series',
  'data',
  'N',
  'rho',
  'block',
  'dH',
  'base',
  'classes',
  'energy',
  'n',
  'beta',
  'criterion',
  'eps',
  'flip',
  'hamming',
  'q',
  'trials',
  'seed',
  'kCap',
  'search',
  'kmax_median',
  'kmax_q1',
  'kmax_q3',
  'censored',
  'k50',
  'pool_min',
  'gave_up',
  'mean_abs_corr',
  'min_hamming',
  'mean_hamming',
  'K',
  'p_success',
  'lo',
  'hi',
  'trials_at_K',
] as const;

/** Quotes a field that holds a comma, a quote or a line break. */
function field(v: string | number | boolean | null): string {
  const s = v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function resultCsv(lines: readonly PointLine[]): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const l of lines) {
    const { data, model, criterion: c } = l.spec;
    const head = [
      l.index,
      l.series,
      data.kind,
      data.N,
      data.rho,
      data.block,
      data.dH,
      data.base,
      data.classes.join(' '),
      model.energy,
      model.n,
      model.beta,
      c.kind,
      c.eps,
      c.flip,
      c.hamming,
      c.q,
      l.spec.trials,
      l.spec.seed,
      l.spec.kCap,
      l.search,
      l.kMax.median,
      l.kMax.q1,
      l.kMax.q3,
      l.censored,
      l.k50,
      l.pool.reached.length ? Math.min(...l.pool.reached) : null,
      l.pool.gaveUp,
      l.stats.meanAbsCorr,
      l.stats.minHamming,
      l.stats.meanHamming,
    ];
    const curve = l.curve.length ? l.curve : [null];
    for (const k of curve) {
      const tail = k ? [k.K, k.pSuccess, k.lo, k.hi, k.trials] : [null, null, null, null, null];
      rows.push([...head, ...tail].map(field).join(','));
    }
  }
  return rows.join('\n') + '\n';
}
