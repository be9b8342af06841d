/**
 * Range of recall (Burns 2024, §10.3): the mean correlation of the final state with the memory
 * at graph distance d from the start (or of the final states from two starts d apart, the
 * attractor similarity), one line with points per (a, h), on −0.2 … 1 (widened if a value lies
 * outside). Framework-free scene.
 */
import { num } from '../../../../charts/frame';
import { SERIES } from '../../../../charts/palette';
import { emptyScene } from '../../../../charts/scene-frame';
import { seriesDash, seriesLine, valueRule, xyFrame, xyScene } from '../../../../charts/scene-xy';
import { h, paintScene, type Scene, type SceneNode } from '../../../../charts/svg-scene';
import type { RangeOfRecallRow } from '../../../../core/cdam/experiments';

export type RecallMeasure = 'byDistance' | 'attractorByDistance';

export interface RecallOptions {
  which: RecallMeasure;
  width?: number;
  height?: number;
}

const TITLES: Record<RecallMeasure, string> = {
  byDistance: 'correlation with the memory at distance d',
  attractorByDistance: 'similarity of the final states from starts d apart',
};

export const pairText = (r: { a: number; h: number }): string => `a = ${num(r.a)}, h = ${num(r.h)}`;
export const seriesColour = (i: number): string => SERIES[i % SERIES.length];

export function recallScene(rows: RangeOfRecallRow[], o: RecallOptions): Scene {
  const name = `cdam-recall-${o.which === 'byDistance' ? 'memory' : 'attractor'}`;
  const width = o.width ?? 480;
  const ys = rows.map((r) => r[o.which] ?? []);
  const maxD = Math.max(0, ...ys.map((y) => y.length - 1));
  if (!rows.length || ys.every((y) => y.length === 0))
    return emptyScene(
      name,
      width,
      140,
      `Range of recall (${TITLES[o.which]}): run the sweep to see it.`,
    );
  let lo = -0.2;
  let hi = 1;
  for (const y of ys)
    for (const v of y)
      if (Number.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
  const f = xyFrame({
    width,
    height: o.height ?? 240,
    x: [0, Math.max(1, maxD)],
    y: [lo, hi],
    xTitle: 'graph distance d',
    yTitle: o.which === 'byDistance' ? 'correlation' : 'attractor similarity',
  });
  const marks: SceneNode[] = [valueRule(f, 0, '0')];
  rows.forEach((r, i) => {
    const y = ys[i];
    const colour = seriesColour(i);
    const xs = y.map((_, d) => f.x(d));
    marks.push(
      h('g', { class: 'recall-series', 'data-a': r.a, 'data-h': r.h }, [
        seriesLine('recall-line', xs, y.map(f.y), colour, i),
        ...y.flatMap((v, d) =>
          Number.isFinite(v)
            ? [
                h('circle', { class: 'recall-point', cx: xs[d], cy: f.y(v), r: 3, fill: colour }, [
                  h('title', {}, `${pairText(r)}; d = ${d}: ${num(v)}`),
                ]),
              ]
            : [],
        ),
      ]),
    );
  });
  const legendRows = rows.map((r, i) => ({
    swatch: [
      h('line', {
        x1: 0,
        x2: 22,
        stroke: seriesColour(i),
        'stroke-width': 2,
        'stroke-dasharray': seriesDash(i),
      }),
      h('circle', { cx: 11, r: 3, fill: seriesColour(i) }),
    ],
    text: pairText(r),
  }));
  const at = (y: number[], d: number) => (Number.isFinite(y[d]) ? num(y[d]) : 'none');
  const label =
    `Range of recall: ${TITLES[o.which]}, for d = 0 … ${maxD}; ` +
    rows
      .map((r, i) => `${pairText(r)}: ${at(ys[i], 0)} at d = 0, ${at(ys[i], 1)} at d = 1`)
      .join('; ') +
    '.';
  return xyScene(name, f, marks, legendRows, label);
}

export function renderRecall(
  svg: SVGSVGElement,
  rows: RangeOfRecallRow[],
  o: RecallOptions & { width: number },
): void {
  paintScene(svg, recallScene(rows, o));
}
