/**
 * Values against time for the hidden-neuron view: the two-layer energy E(t) beside the effective
 * one-layer energy, or the distance ‖g − g_eff‖, with a rule at the frame shown and dots where a
 * series rose (an energy that must never rise).
 */
import { num } from '../../../../charts/frame';
import { SERIES, NEGATIVE } from '../../../../charts/palette';
import { emptyScene, line, lineSwatch, RULE } from '../../../../charts/scene-frame';
import { extentWith, seriesDash, seriesLine, xyFrame, xyScene } from '../../../../charts/scene-xy';
import { h, paintScene, type Scene, type SceneNode } from '../../../../charts/svg-scene';

export interface TimeSeries {
  label: string;
  /** One value per step, step 0 first. */
  values: Float64Array;
}

export interface TimeSeriesData {
  /** Chart class and title (the title opens the text alternative). */
  name: string;
  title: string;
  yTitle: string;
  /** Time of one step. */
  dt: number;
  series: readonly TimeSeries[];
  /** The step shown (a vertical rule), or null. */
  cursor: number | null;
  /** Steps at which the first series rose (drawn as dots on it). */
  rises?: readonly number[];
}

/** At most this many points per line: longer series are thinned (first and last kept). */
const POINTS = 400;

function thin(n: number): number[] {
  if (n <= POINTS) return Array.from({ length: n }, (_, i) => i);
  const out: number[] = [];
  for (let k = 0; k < POINTS; k++) out.push(Math.round((k * (n - 1)) / (POINTS - 1)));
  return out;
}

function describe(d: TimeSeriesData, steps: number): string {
  const parts = d.series.map((s) => {
    const a = s.values[0];
    const b = s.values[s.values.length - 1];
    return `${s.label} from ${num(a)} at t = 0 to ${num(b)} at t = ${num(steps * d.dt)}`;
  });
  const rises = d.rises?.length ? `; it rose at ${d.rises.length} steps` : '';
  return `${d.title}: ${parts.join('; ')}${rises}.`;
}

export function timeSeriesScene(
  d: TimeSeriesData,
  opts: { width: number; height?: number },
): Scene {
  const series = d.series.filter((s) => s.values.length > 0);
  const height = opts.height ?? Math.round(Math.min(320, Math.max(200, opts.width * 0.5)));
  if (!series.length) return emptyScene(d.name, opts.width, height, `${d.title}: no run yet`);
  const steps = Math.max(...series.map((s) => s.values.length)) - 1;
  const all: number[] = [];
  for (const s of series) for (const v of s.values) all.push(v);
  const [lo, hi] = extentWith(all, all.find((v) => Number.isFinite(v)) ?? 0);
  const f = xyFrame({
    width: opts.width,
    height,
    x: [0, Math.max(steps, 1) * d.dt],
    y: [lo, hi],
    niceY: true,
    xTitle: 'time t',
    yTitle: d.yTitle,
  });
  const marks: SceneNode[] = [];
  const rows = series.map((s, i) => {
    const colour = SERIES[i % SERIES.length];
    const idx = thin(s.values.length);
    marks.push(
      seriesLine(
        'series-line',
        idx.map((k) => f.x(k * d.dt)),
        idx.map((k) => f.y(s.values[k])),
        colour,
        i,
        { 'data-series': s.label },
      ),
    );
    return { swatch: lineSwatch(colour, seriesDash(i)), text: s.label };
  });
  const rises = (d.rises ?? []).filter((k) => k >= 0 && k < series[0].values.length);
  if (rises.length) {
    for (const k of rises.slice(0, 200))
      marks.push(
        h('circle', {
          class: 'rise-dot',
          cx: f.x(k * d.dt),
          cy: f.y(series[0].values[k]),
          r: 3,
          fill: NEGATIVE,
        }),
      );
    rows.push({
      swatch: [h('circle', { cx: 11, cy: 0, r: 3, fill: NEGATIVE })],
      text: `${series[0].label} rose here (${rises.length} steps)`,
    });
  }
  if (d.cursor !== null && d.cursor >= 0 && d.cursor <= steps) {
    const x = f.x(d.cursor * d.dt);
    marks.push(line(x, f.y0, x, f.y1, { ...RULE, class: 'cursor', 'stroke-dasharray': '3 3' }));
  }
  return xyScene(d.name, f, marks, rows, describe({ ...d, series }, steps));
}

export function renderTimeSeries(
  svg: SVGSVGElement,
  data: TimeSeriesData,
  opts: { width: number; height?: number },
): void {
  paintScene(svg, timeSeriesScene(data, opts));
}
