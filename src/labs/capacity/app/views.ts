/**
 * How measured points become the lab's views: lines of points against N or d_H (one per series
 * and per other swept value), their fitted slopes, curves of P(success) against K, the theory
 * lines that speak about them, and the view a grid is best shown in.
 */
import { fitLine, type LineFit } from '../../../core/capacity/fit';
import { theoryFor, type TheoryLine } from '../../../core/capacity/theory';
import type {
  CriterionSpec,
  CurvePoint,
  GridSpec,
  PointLine,
  SweepKey,
} from '../../../core/capacity/types';
import type { ModelSpec } from '../../../core/dynamics/types';
import type { CapacityView } from './slice';

/** The value of a swept field in a point's set-up. */
export function sweptValue(line: Pick<PointLine, 'spec'>, key: SweepKey): number {
  const { data, model } = line.spec;
  if (key === 'N') return data.N;
  if (key === 'n') return model.n;
  if (key === 'beta') return model.beta;
  if (key === 'rho') return data.rho;
  return data.dH;
}

const KEY_TEXT: Record<SweepKey, string> = { N: 'N', n: 'n', beta: 'β', rho: 'ρ', dH: 'd_H' };
const ALL_KEYS: readonly SweepKey[] = ['n', 'beta', 'rho', 'dH', 'N'];

export const keyText = (key: SweepKey, value: number): string => `${KEY_TEXT[key]} = ${value}`;

/** The fields whose value differs between `lines`. */
function varying(lines: readonly PointLine[]): SweepKey[] {
  return ALL_KEYS.filter((k) => new Set(lines.map((l) => sweptValue(l, k))).size > 1);
}

/** A line's name: its series, then the values that tell it from the other lines of its series. */
function nameOf(series: string, keys: readonly SweepKey[], line: PointLine): string {
  const extra = keys.map((k) => keyText(k, sweptValue(line, k)));
  return extra.length ? `${series}, ${extra.join(', ')}` : series;
}

export interface PlotPoint {
  x: number;
  median: number;
  q1: number;
  q3: number;
  /** Trials whose K_max is a lower bound only (kCap or the pool reached). */
  censored: number;
  line: PointLine;
}

export interface PlotSeries {
  name: string;
  model: ModelSpec;
  criterion: CriterionSpec;
  points: PlotPoint[];
  /** Least squares: ln K_max against ln N (scaling) or against d_H (separation). */
  fit: LineFit | null;
}

/** Lines of K_max against `x` ('N': log–log fit; 'dH': ln K_max against d_H). */
export function seriesAgainst(lines: readonly PointLine[], x: 'N' | 'dH'): PlotSeries[] {
  const bySeries = new Map<string, PointLine[]>();
  for (const l of lines) bySeries.set(l.series, [...(bySeries.get(l.series) ?? []), l]);
  const out: PlotSeries[] = [];
  for (const [series, members] of bySeries) {
    const keys = varying(members).filter((k) => k !== x);
    const groups = new Map<string, PointLine[]>();
    for (const l of members) {
      const name = nameOf(series, keys, l);
      groups.set(name, [...(groups.get(name) ?? []), l]);
    }
    for (const [name, group] of groups) {
      const points = group
        .map((l) => ({ x: sweptValue(l, x), ...l.kMax, censored: l.censored, line: l }))
        .sort((a, b) => a.x - b.x);
      const usable = points.filter((p) => p.median > 0);
      const fit = fitLine(
        usable.map((p) => (x === 'N' ? Math.log(p.x) : p.x)),
        usable.map((p) => Math.log(p.median)),
      );
      out.push({
        name,
        model: group[0].spec.model,
        criterion: group[0].spec.criterion,
        points,
        fit,
      });
    }
  }
  return out;
}

/** The theory lines for the series shown, each once. */
export function theoryLines(series: readonly Pick<PlotSeries, 'model' | 'criterion'>[]) {
  const seen = new Map<string, TheoryLine>();
  for (const s of series) {
    for (const t of theoryFor(s.model, s.criterion)) if (!seen.has(t.id)) seen.set(t.id, t);
  }
  return [...seen.values()];
}

export interface CurveSeries {
  name: string;
  curve: CurvePoint[];
  k50: number | null;
  line: PointLine;
}

/** P(success) against K, one curve per point (`N`: only the points of that length). */
export function curvesOf(lines: readonly PointLine[], N?: number): CurveSeries[] {
  const shown = N === undefined ? lines : lines.filter((l) => l.spec.data.N === N);
  const bySeries = new Map<string, PointLine[]>();
  for (const l of shown) bySeries.set(l.series, [...(bySeries.get(l.series) ?? []), l]);
  const out: CurveSeries[] = [];
  for (const [series, members] of bySeries) {
    const keys = varying(members);
    for (const l of members)
      out.push({ name: nameOf(series, keys, l), curve: l.curve, k50: l.k50, line: l });
  }
  return out;
}

/** Distinct pattern lengths among the points, ascending. */
export const lengthsOf = (lines: readonly PointLine[]): number[] =>
  [...new Set(lines.map((l) => l.spec.data.N))].sort((a, b) => a - b);

/** The view a grid is best read in: d_H swept → separation; N swept → scaling; else curves. */
export function viewFor(grid: GridSpec): CapacityView {
  const sweeps = grid.series.map((s) => s.sweep);
  if (sweeps.some((w) => (w.dH?.length ?? 0) > 1)) return 'separation';
  if (sweeps.some((w) => (w.N?.length ?? 0) > 1)) return 'scaling';
  return 'curve';
}
