/**
 * Lines along a descent: the energies of the exact memory (MrDAM) and the distributed one
 * (DrDAM) at each recorded step from the same cue, or the distance between their states. One
 * framework-free scene; the x axis is the step (frames are recorded every `every` steps).
 */
import { num } from '../../../../charts/frame';
import { OKABE_ITO } from '../../../../charts/palette';
import { emptyScene, lineSwatch } from '../../../../charts/scene-frame';
import { extentWith, seriesDash, seriesLine, xyFrame, xyScene } from '../../../../charts/scene-xy';
import { h, paintScene, type Scene } from '../../../../charts/svg-scene';

export interface TraceSeries {
  label: string;
  /** Value at each recorded frame (frame k is step k·every). */
  values: ArrayLike<number>;
  colour: string;
}

export interface TraceData {
  series: readonly TraceSeries[];
  /** Steps between recorded frames (≥ 1). */
  every: number;
  yTitle: string;
  /** The chart's name in words, the start of its text alternative. */
  title: string;
}

export const EXACT_COLOUR = OKABE_ITO.blue;
export const DISTRIBUTED_COLOUR = OKABE_ITO.orange;

const NAME = 'rf-trace';

const finiteOf = (v: ArrayLike<number>) => Array.from(v).filter((x) => Number.isFinite(x));

export function traceScene(data: TraceData, o: { width: number; height?: number }): Scene {
  const height = o.height ?? Math.round(Math.min(280, Math.max(190, o.width * 0.45)));
  const series = data.series.filter((s) => finiteOf(s.values).length > 0);
  if (!series.length) return emptyScene(NAME, o.width, height, `${data.title}: no descent yet`);
  const every = Math.max(1, Math.floor(data.every) || 1);
  const steps = Math.max(1, ...series.map((s) => (s.values.length - 1) * every));
  const all = series.flatMap((s) => finiteOf(s.values));
  const [lo, hi] = extentWith(all, all[0]);
  const f = xyFrame({
    width: o.width,
    height,
    x: [0, steps],
    y: [lo, hi],
    niceY: true,
    xTitle: 'step of gradient descent',
    yTitle: data.yTitle,
  });
  const marks = series.map((s, i) => {
    const xs = Array.from(s.values, (_, k) => f.x(k * every));
    const ys = Array.from(s.values, (v) => (Number.isFinite(v) ? f.y(v) : NaN));
    return h('g', { class: 'rf-trace-series', 'data-series': s.label }, [
      seriesLine('rf-trace-line', xs, ys, s.colour, i),
    ]);
  });
  const last = (v: ArrayLike<number>) => {
    const fin = finiteOf(v);
    return fin.length ? num(fin[fin.length - 1]) : 'none';
  };
  const rows = series.map((s, i) => ({
    swatch: lineSwatch(s.colour, seriesDash(i)),
    text: `${s.label}: ${last(s.values)} at the end`,
  }));
  const label = `${data.title} over ${steps} steps: ${rows.map((r) => r.text).join('; ')}`;
  return xyScene(NAME, f, marks, rows, label);
}

export function renderTrace(
  svg: SVGSVGElement,
  data: TraceData,
  o: { width: number; height?: number },
) {
  paintScene(svg, traceScene(data, o));
}
