/**
 * The text alternatives of the capacity charts: what each shows, with its key numbers (slopes,
 * medians at the ends of each line, crossings of ½, the dataset's statistics). The charts carry
 * them as their accessible name and the panels print them under the chart.
 */
import type { TheoryLine } from '../../../core/capacity/theory';
import type { PointLine } from '../../../core/capacity/types';
import type { CurveSeries, PlotSeries } from './views';

const n3 = (x: number) => (Number.isInteger(x) ? String(x) : Number(x.toPrecision(3)).toString());

function ends(s: PlotSeries, x: string): string {
  const shown = s.points.filter((p) => p.median > 0);
  if (shown.length === 0) return 'no K_max above 0';
  const a = shown[0];
  const b = shown[shown.length - 1];
  const at = (p: typeof a) => `${n3(p.median)} at ${x} = ${p.x}`;
  return shown.length === 1 ? `K_max ${at(a)}` : `K_max ${at(a)} to ${at(b)}`;
}

export function scalingCaption(series: readonly PlotSeries[], theory: readonly TheoryLine[]) {
  if (series.length === 0) return 'K_max against N: no points measured yet';
  const parts = series.map(
    (s) => `${s.name}: ${s.fit ? `slope ${s.fit.slope.toFixed(2)}, ` : ''}${ends(s, 'N')}`,
  );
  const lines = theory.length ? ` Theory lines: ${theory.map((t) => t.label).join(', ')}.` : '';
  return `K_max against N, log–log. ${parts.join('; ')}.${lines}`;
}

export function separationCaption(series: readonly PlotSeries[]) {
  if (series.length === 0) return 'log K_max against d_H: no points measured yet';
  const parts = series.map(
    (s) =>
      `${s.name}: ${s.fit ? `ln K_max slope ${s.fit.slope.toFixed(3)} per bit, ` : ''}${ends(s, 'd_H')}`,
  );
  return `log K_max against d_H. ${parts.join('; ')}.`;
}

export function curvesCaption(curves: readonly CurveSeries[]) {
  if (curves.length === 0) return 'P(success) against K: no points measured yet';
  const parts = curves.map((c) => {
    const last = c.curve[c.curve.length - 1];
    const half = c.k50 === null ? `above ½ up to K = ${last?.K ?? 0}` : `½ at K ≈ ${n3(c.k50)}`;
    return `${c.name}: ${half}, K_max median ${n3(c.line.kMax.median)}`;
  });
  return `P(success) against K with 95% Wilson bands. ${parts.join('; ')}.`;
}

export function statsCaption(line: PointLine | null, title: string) {
  if (!line) return 'Dataset statistics: no points measured yet';
  const { stats, pool } = line;
  const reached = pool.reached.length ? Math.min(...pool.reached) : 0;
  return (
    `Dataset statistics of ${title}: mean |feature correlation| ${stats.meanAbsCorr.toFixed(3)}, ` +
    `pairwise Hamming distance min ${stats.minHamming}, mean ${n3(stats.meanHamming)} over ` +
    `${stats.count} patterns; pool ${reached} patterns${pool.gaveUp ? ' (the generator gave up)' : ''}.`
  );
}
