/**
 * An x–y scene chart (svg-scene.ts): two linear axes in the margins of frame.ts, lines through
 * points, a dashed rule, series dashes (so lines differ by more than colour) and the legend
 * under the plot, the chart's height grown to hold it.
 */
import { line as linePath, scaleLinear, type ScaleLinear } from 'd3';
import { LEGEND_ROW, MARGIN } from './frame';
import {
  axisTitle,
  bottomAxis,
  designWidth,
  leftAxis,
  legend,
  line,
  RULE,
  rootAttrs,
  tickCount,
  type SceneLegendRow,
} from './scene-frame';
import { h, type Attrs, type Scene, type SceneNode } from './svg-scene';

/** Series dashes in order: solid first. */
const DASHES = [undefined, '6 3', '2 3', '10 3 2 3'];
export const seriesDash = (i: number): string | undefined => DASHES[i % DASHES.length];

export interface XyFrame {
  width: number;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  x0: number;
  x1: number;
  /** Bottom (y0) and top (y1) of the plot. */
  y0: number;
  y1: number;
  /** Axes and their titles. */
  axes: SceneNode[];
}

export interface XyOptions {
  width: number;
  height: number;
  x: [number, number];
  y: [number, number];
  xTitle: string;
  yTitle: string;
  /** Round the y domain out to nice ticks (the x domain is kept as given). */
  niceY?: boolean;
  /** A square plot area, centred in the width. */
  square?: boolean;
}

/** The extent of the finite values, widened to hold `keep` and never empty. */
export function extentWith(values: Iterable<number>, keep: number): [number, number] {
  let lo = keep;
  let hi = keep;
  for (const v of values)
    if (Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  if (hi - lo < 1e-12) return [lo - 1, hi + 1];
  return [lo, hi];
}

export function xyFrame(o: XyOptions): XyFrame {
  const width = designWidth(o.width);
  const height = Math.max(160, Number.isFinite(o.height) ? o.height : 160);
  let x0 = MARGIN.left;
  let x1 = width - MARGIN.right;
  const y0 = height - MARGIN.bottom;
  let y1 = MARGIN.top;
  if (o.square) {
    const side = Math.min(x1 - x0, y0 - y1);
    x0 += Math.floor((x1 - x0 - side) / 2);
    x1 = x0 + side;
    y1 = y0 - side;
  }
  const x = scaleLinear().domain(o.x).range([x0, x1]);
  const y = scaleLinear().domain(o.y).range([y0, y1]);
  const yTicks = tickCount((y0 - y1) * 1.4);
  if (o.niceY) y.nice(yTicks);
  const axes = [
    bottomAxis(x, y0, tickCount(x1 - x0)),
    leftAxis(y, x0, yTicks),
    axisTitle(o.xTitle, (x0 + x1) / 2, y0 + 32),
    axisTitle(o.yTitle, (y0 + y1) / 2, Math.max(12, x0 - 42), true),
  ];
  return { width, x, y, x0, x1, y0, y1, axes };
}

/** A path through the points in pixels (gaps where a value is not finite). */
export function pathThrough(xs: ArrayLike<number>, ys: ArrayLike<number>): string {
  const idx = Array.from({ length: Math.min(xs.length, ys.length) }, (_, i) => i);
  return (
    linePath<number>()
      .defined((i) => Number.isFinite(xs[i]) && Number.isFinite(ys[i]))
      .x((i) => xs[i])
      .y((i) => ys[i])(idx) ?? ''
  );
}

/** A dashed horizontal rule across the plot at value `v` (the zero line), with its label. */
export function valueRule(f: XyFrame, v: number, text: string): SceneNode {
  const py = f.y(v);
  return h('g', { class: 'value-rule' }, [
    line(f.x0, py, f.x1, py, { ...RULE, 'stroke-dasharray': '4 3' }),
    h('text', { x: f.x1 - 2, y: py - 3, 'text-anchor': 'end', 'fill-opacity': 0.72 }, text),
  ]);
}

/** The finished chart: the frame's axes, the marks and the legend under the plot. */
export function xyScene(
  name: string,
  f: XyFrame,
  marks: SceneNode[],
  rows: readonly SceneLegendRow[],
  label: string,
): Scene {
  const top = f.y0 + MARGIN.bottom + 4;
  const key = legend(rows, Math.max(8, f.x0 - 40), top, f.width);
  const height = f.y0 + MARGIN.bottom + (key.rows > 0 ? key.rows * LEGEND_ROW + 6 : 0);
  return {
    attrs: rootAttrs(name, f.width, height, label),
    children: [...f.axes, h('g', { class: 'marks' }, marks), key.node],
  };
}

/** A frame over x ∈ [0, 1] whose y spans `values` and 0, and its dashed zero line. */
export function unitFrame(o: {
  width: number;
  height: number;
  values: number[];
  xTitle: string;
  yTitle: string;
}): { f: XyFrame; zero: SceneNode } {
  const f = xyFrame({ ...o, x: [0, 1], y: extentWith(o.values, 0), niceY: true });
  return { f, zero: valueRule(f, 0, '0') };
}

/** Series `i`'s line through points in pixels: its colour, 2 units wide, its dash. */
export function seriesLine(
  cls: string,
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  colour: string,
  i: number,
  attrs: Attrs = {},
): SceneNode {
  return h('path', {
    class: cls,
    d: pathThrough(xs, ys),
    fill: 'none',
    stroke: colour,
    'stroke-width': 2,
    'stroke-dasharray': seriesDash(i),
    ...attrs,
  });
}
