/**
 * The paper's curves, live (Hoover et al. 2024, Fig. 3 and 4A; models.md §6.5): the mean
 * absolute energy error |Ẽ − E| between the distributed memory and the exact one against the
 * number of random features Y on log–log axes, one series per (β, query kind) with its fitted
 * power law drawn through the points and its slope in the legend (−½ is the 1/√Y of theory);
 * the random-guess baseline per β as a dashed rule. A second chart: the Hamming distance between
 * the binarised fixed points of both memories against Y. Framework-free scenes.
 */
import type {
  FeaturesCurve,
  FeaturesPoint,
  QueryKind,
} from '../../../../core/features/experiment-types';
import { num } from '../../../../charts/frame';
import { OKABE_ITO } from '../../../../charts/palette';
import { emptyScene, legend, lineSwatch, rootAttrs } from '../../../../charts/scene-frame';
import { LEGEND_ROW, MARGIN } from '../../../../charts/frame';
import { pathThrough, seriesDash } from '../../../../charts/scene-xy';
import { h, paintScene, type Scene, type SceneNode } from '../../../../charts/svg-scene';
import { logXFrame, powerOfTwo, type LogXFrame } from './rf-logx';

export interface ErrorCurveData {
  points: readonly FeaturesPoint[];
  curves: readonly FeaturesCurve[];
  baselines: readonly { beta: number; randomGuess: number }[];
}

export interface CurveOptions {
  width: number;
  height?: number;
}

export const QUERY_COLOURS: Record<QueryKind, string> = {
  stored: OKABE_ITO.blue,
  near: OKABE_ITO.orange,
  random: OKABE_ITO.vermillion,
};

export const QUERY_LABELS: Record<QueryKind, string> = {
  stored: 'at memories',
  near: 'near memories',
  random: 'random',
};

const QUERY_ORDER: QueryKind[] = ['stored', 'near', 'random'];

interface Series {
  beta: number;
  query: QueryKind;
  /** Sorted by Y. */
  points: FeaturesPoint[];
}

/** The points grouped by (β, query), β ascending then stored → near → random. */
export function seriesOf(points: readonly FeaturesPoint[]): Series[] {
  const map = new Map<string, Series>();
  for (const p of points) {
    const key = `${p.beta}|${p.query}`;
    let s = map.get(key);
    if (!s) map.set(key, (s = { beta: p.beta, query: p.query, points: [] }));
    s.points.push(p);
  }
  const out = [...map.values()];
  for (const s of out) s.points.sort((a, b) => a.Y - b.Y);
  return out.sort(
    (a, b) => a.beta - b.beta || QUERY_ORDER.indexOf(a.query) - QUERY_ORDER.indexOf(b.query),
  );
}

const betasOf = (series: Series[]) => [...new Set(series.map((s) => s.beta))];

/** "slope −0.49" or "no slope yet" for the curve of (β, query). */
export function slopeText(curves: readonly FeaturesCurve[], beta: number, query: QueryKind) {
  const c = curves.find((k) => k.beta === beta && k.query === query);
  return c && c.slope !== null ? `slope ${num(c.slope).replace('-', '−')}` : 'no slope yet';
}

function finishScene(
  name: string,
  f: LogXFrame,
  marks: SceneNode[],
  rows: Parameters<typeof legend>[0],
  label: string,
): Scene {
  const key = legend(rows, Math.max(8, f.x0 - 40), f.y0 + MARGIN.bottom + 4, f.width);
  const height = f.y0 + MARGIN.bottom + (key.rows > 0 ? key.rows * LEGEND_ROW + 6 : 0);
  return {
    attrs: rootAttrs(name, f.width, height, label),
    children: [...f.axes, h('g', { class: 'marks' }, marks), key.node],
  };
}

const heightOf = (o: CurveOptions) =>
  o.height ?? Math.round(Math.min(340, Math.max(220, o.width * 0.55)));

const ERROR_NAME = 'rf-error-curve';
const ERROR_TITLE = 'Mean absolute energy error |Ẽ − E| against the number of features Y';

export function errorCurveScene(data: ErrorCurveData, o: CurveOptions): Scene {
  const usable = data.points.filter((p) => p.Y >= 1 && p.energyMAE > 0 && isFinite(p.energyMAE));
  const height = heightOf(o);
  if (!usable.length)
    return emptyScene(ERROR_NAME, o.width, height, `${ERROR_TITLE}: no points yet`);
  const series = seriesOf(usable);
  const betas = betasOf(series);
  const lx = usable.map((p) => Math.log2(p.Y));
  const guesses = data.baselines.filter((b) => b.randomGuess > 0 && betas.includes(b.beta));
  const ly = [
    ...usable.map((p) => Math.log10(p.energyMAE)),
    ...guesses.map((b) => Math.log10(b.randomGuess)),
  ];
  const f = logXFrame({
    width: o.width,
    height,
    x: [Math.min(...lx), Math.max(...lx)],
    y: [Math.min(...ly), Math.max(...ly)],
    logY: true,
    xTitle: 'number of features Y (log scale)',
    yTitle: 'energy error (log scale)',
  });
  const marks: SceneNode[] = [];
  for (const b of guesses) {
    const py = f.y(Math.log10(b.randomGuess));
    const dash = seriesDash(betas.indexOf(b.beta) + 1);
    marks.push(
      h('g', { class: 'rf-baseline', 'data-beta': b.beta }, [
        h('line', {
          x1: f.x0,
          x2: f.x1,
          y1: py,
          y2: py,
          stroke: 'currentColor',
          'stroke-opacity': 0.45,
          'stroke-dasharray': dash ?? '4 3',
        }),
        h(
          'text',
          { x: f.x1 - 2, y: py - 3, 'text-anchor': 'end', 'fill-opacity': 0.72 },
          `random guess, β = ${num(b.beta)}`,
        ),
      ]),
    );
  }
  const rows = series.map((s) => {
    const colour = QUERY_COLOURS[s.query];
    const dash = seriesDash(betas.indexOf(s.beta));
    const xs = s.points.map((p) => f.x(Math.log2(p.Y)));
    const ys = s.points.map((p) => f.y(Math.log10(p.energyMAE)));
    const g: SceneNode[] = [
      h('path', {
        class: 'rf-series',
        d: pathThrough(xs, ys),
        fill: 'none',
        stroke: colour,
        'stroke-width': 1.5,
        'stroke-opacity': 0.5,
        'stroke-dasharray': dash,
      }),
      ...s.points.map((p, i) =>
        h('circle', { class: 'rf-point', cx: xs[i], cy: ys[i], r: 3.5, fill: colour }, [
          h(
            'title',
            {},
            `β = ${num(p.beta)}, ${QUERY_LABELS[p.query]}, Y = ${powerOfTwo(Math.log2(p.Y))}: error ${num(p.energyMAE)} ± ${num(p.energySEM)}`,
          ),
        ]),
      ),
    ];
    const c = data.curves.find((k) => k.beta === s.beta && k.query === s.query);
    if (c && c.slope !== null && s.points.length >= 2) {
      // The least-squares line passes through the centroid of (log Y, log error); on these axes
      // (log₂ across, log₁₀ up) its slope is slope·log₁₀2.
      const mx = s.points.reduce((a, p) => a + Math.log2(p.Y), 0) / s.points.length;
      const my = s.points.reduce((a, p) => a + Math.log10(p.energyMAE), 0) / s.points.length;
      const k = c.slope * Math.log10(2);
      const a = Math.log2(s.points[0].Y);
      const b = Math.log2(s.points[s.points.length - 1].Y);
      g.push(
        h('line', {
          class: 'rf-fit',
          x1: f.x(a),
          y1: f.y(my + k * (a - mx)),
          x2: f.x(b),
          y2: f.y(my + k * (b - mx)),
          stroke: colour,
          'stroke-width': 2.5,
          'stroke-dasharray': dash,
        }),
      );
    }
    marks.push(h('g', { class: 'rf-curve', 'data-beta': s.beta, 'data-query': s.query }, g));
    return {
      swatch: lineSwatch(colour, dash, h('circle', { cx: 11, r: 3, fill: colour })),
      text: `β = ${num(s.beta)}, ${QUERY_LABELS[s.query]}: ${slopeText(data.curves, s.beta, s.query)}`,
    };
  });
  const label = `${ERROR_TITLE}, log–log: ${rows.map((r) => r.text).join('; ')}`;
  return finishScene(ERROR_NAME, f, marks, rows, label);
}

const HAMMING_NAME = 'rf-retrieval-curve';
const HAMMING_TITLE =
  'Hamming distance between the binarised fixed points of the exact and distributed memory against Y';

export function retrievalCurveScene(data: ErrorCurveData, o: CurveOptions): Scene {
  const usable = data.points.filter(
    (p) => p.Y >= 1 && p.retrievalHamming !== undefined && isFinite(p.retrievalHamming),
  );
  const height = heightOf(o);
  if (!usable.length)
    return emptyScene(HAMMING_NAME, o.width, height, `${HAMMING_TITLE}: no retrieval run yet`);
  const series = seriesOf(usable);
  const betas = betasOf(series);
  const lx = usable.map((p) => Math.log2(p.Y));
  const hs = usable.map((p) => p.retrievalHamming as number);
  const f = logXFrame({
    width: o.width,
    height,
    x: [Math.min(...lx), Math.max(...lx)],
    y: [0, Math.max(0.05, ...hs)],
    logY: false,
    xTitle: 'number of features Y (log scale)',
    yTitle: 'Hamming distance / √D',
  });
  const marks: SceneNode[] = [];
  const rows = series.map((s) => {
    const colour = QUERY_COLOURS[s.query];
    const dash = seriesDash(betas.indexOf(s.beta));
    const xs = s.points.map((p) => f.x(Math.log2(p.Y)));
    const ys = s.points.map((p) => f.y(p.retrievalHamming as number));
    marks.push(
      h('g', { class: 'rf-curve', 'data-beta': s.beta, 'data-query': s.query }, [
        h('path', {
          class: 'rf-series',
          d: pathThrough(xs, ys),
          fill: 'none',
          stroke: colour,
          'stroke-width': 2,
          'stroke-dasharray': dash,
        }),
        ...s.points.map((p, i) =>
          h('circle', { class: 'rf-point', cx: xs[i], cy: ys[i], r: 3.5, fill: colour }, [
            h(
              'title',
              {},
              `β = ${num(p.beta)}, ${QUERY_LABELS[p.query]}, Y = ${powerOfTwo(Math.log2(p.Y))}: distance ${num(p.retrievalHamming as number)}, ${num(100 * (p.retrievalAgree ?? 0))}% identical`,
            ),
          ]),
        ),
      ]),
    );
    const last = s.points[s.points.length - 1];
    return {
      swatch: lineSwatch(colour, dash, h('circle', { cx: 11, r: 3, fill: colour })),
      text: `β = ${num(s.beta)}, ${QUERY_LABELS[s.query]}: ${num(last.retrievalHamming as number)} at the largest Y`,
    };
  });
  const label = `${HAMMING_TITLE}: ${rows.map((r) => r.text).join('; ')}`;
  return finishScene(HAMMING_NAME, f, marks, rows, label);
}

export function renderErrorCurve(svg: SVGSVGElement, data: ErrorCurveData, o: CurveOptions) {
  paintScene(svg, errorCurveScene(data, o));
}

export function renderRetrievalCurve(svg: SVGSVGElement, data: ErrorCurveData, o: CurveOptions) {
  paintScene(svg, retrievalCurveScene(data, o));
}
