/**
 * The correlations m_μ(t) of the state with every memory over time: steps along x, memories
 * along y (in `order`, e.g. by place on the graph), each cell on the diverging correlation
 * scale, a rule at the current step and the scale's legend. A long run is drawn in at most
 * MAX_COLUMNS column buckets (each the mean of its steps), and cells of one colour level in a
 * row as one rectangle, so the SVG stays small. Framework-free scene.
 */
import { scaleLinear } from 'd3';
import { LEGEND_ROW, num } from '../../../../charts/frame';
import {
  axisTitle,
  bottomAxis,
  designWidth,
  emptyScene,
  legend,
  line,
  MUTED,
  RULE,
  rootAttrs,
  tickCount,
  type SceneLegendRow,
} from '../../../../charts/scene-frame';
import { h, paintScene, type Scene, type SceneNode } from '../../../../charts/svg-scene';
import { correlationColour, correlationRamp } from './cdam-scale';

export interface HeatmapData {
  P: number;
  /** Rows (steps) in m. */
  T: number;
  /** T × P row-major: m[t·P + μ]. */
  m: ArrayLike<number>;
  /** Memories from the top of the y axis down (a permutation of 0 … P−1); index order if not. */
  order?: number[];
  labels?: string[];
  /** The current step: a rule across the map. */
  now?: number;
  /** The step of row 0 (default 0). */
  t0?: number;
  width?: number;
}

export const MAX_COLUMNS = 400;
/** Colour levels per unit of correlation: cells are drawn at multiples of 1/LEVELS. */
export const LEVELS = 20;
const NAME = 'cdam-heatmap';

/** The column buckets: from[k] … from[k+1]−1 are the rows averaged into column k. */
export function heatmapColumns(
  T: number,
  P: number,
  m: ArrayLike<number>,
  max = MAX_COLUMNS,
): { cols: number; from: Int32Array; v: Float64Array } {
  const cols = Math.max(0, Math.min(T, max));
  const from = new Int32Array(cols + 1);
  for (let k = 0; k <= cols; k++) from[k] = Math.floor((k * T) / cols);
  const v = new Float64Array(cols * P);
  for (let k = 0; k < cols; k++)
    for (let mu = 0; mu < P; mu++) {
      let s = 0;
      let n = 0;
      for (let t = from[k]; t < from[k + 1]; t++) {
        const x = m[t * P + mu];
        if (Number.isFinite(x)) {
          s += x;
          n++;
        }
      }
      v[k * P + mu] = n ? s / n : NaN;
    }
  return { cols, from, v };
}

const validOrder = (order: number[] | undefined, P: number): number[] => {
  const id = Array.from({ length: P }, (_, i) => i);
  if (!order || order.length !== P) return id;
  const seen = new Set(order.filter((i) => Number.isInteger(i) && i >= 0 && i < P));
  return seen.size === P ? order : id;
};

const level = (x: number) =>
  Number.isFinite(x) ? Math.round(Math.max(-1, Math.min(1, x)) * LEVELS) : NaN;
const sameLevel = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));

export function heatmapScene(d: HeatmapData): Scene {
  const width = designWidth(d.width ?? 480);
  const { P, T } = d;
  if (!(P > 0 && T > 0) || d.m.length < P * T)
    return emptyScene(NAME, width, 140, 'Correlation with each memory over time: run to see it.');
  const labels = Array.from({ length: P }, (_, i) => d.labels?.[i] ?? String(i));
  const order = validOrder(d.order, P);
  const t0 = d.t0 ?? 0;
  const longest = Math.min(16, Math.max(...labels.map((s) => s.length)));
  const x0 = Math.round(Math.min(130, Math.max(56, 30 + 6.1 * longest)));
  const x1 = width - 16;
  const y1 = 14;
  const plotH = Math.max(60, Math.min(360, P * Math.max(3, Math.min(16, 240 / P))));
  const y0 = y1 + plotH;
  const rowH = plotH / P;
  const x = scaleLinear()
    .domain([t0, t0 + T])
    .range([x0, x1]);
  const { cols, from, v } = heatmapColumns(T, P, d.m);
  const cells: SceneNode[] = [];
  order.forEach((mu, p) => {
    let start = 0;
    for (let k = 1; k <= cols; k++) {
      const lv = level(v[start * P + mu]);
      if (k < cols && sameLevel(level(v[k * P + mu]), lv)) continue;
      const xa = x(t0 + from[start]);
      cells.push(
        h('rect', {
          class: 'cell',
          x: xa,
          y: y1 + p * rowH,
          width: x(t0 + from[k]) - xa + 0.3,
          height: rowH + 0.3,
          fill: correlationColour(lv / LEVELS),
        }),
      );
      start = k;
    }
  });
  const every = Math.max(1, Math.ceil(P / Math.max(1, Math.floor(plotH / 11))));
  const yLabels = order.flatMap((mu, p) =>
    p % every
      ? []
      : [
          h(
            'text',
            {
              class: 'memory-label',
              x: x0 - 6,
              y: y1 + (p + 0.5) * rowH + 4,
              'text-anchor': 'end',
              ...MUTED,
            },
            labels[mu],
          ),
        ],
  );
  const marks: SceneNode[] = [];
  const now = d.now;
  const nowShown = now !== undefined && Number.isFinite(now) && now >= t0 && now < t0 + T;
  if (nowShown) {
    const px = x(now + 0.5);
    marks.push(
      line(px, y1 - 4, px, y0, { class: 'now-rule', stroke: 'currentColor', 'stroke-width': 1.5 }),
    );
  }
  const perCol = T / cols;
  const rows: SceneLegendRow[] = [
    {
      swatch: correlationRamp(),
      text: 'correlation m_μ with memory μ: −1 (blue), 0 (white), +1 (red)',
    },
  ];
  if (nowShown)
    rows.push({
      swatch: [line(11, -6, 11, 6, { stroke: 'currentColor', 'stroke-width': 1.5 })],
      text: `now: step ${num(now)}`,
    });
  if (cols < T) rows.push({ swatch: [], text: `each column is the mean of ${num(perCol)} steps` });
  const key = legend(rows, 8, y0 + 48, width);
  const height = y0 + 44 + key.rows * LEGEND_ROW + 6;
  const last = (T - 1) * P;
  let best = 0;
  for (let mu = 1; mu < P; mu++) if (d.m[last + mu] > d.m[last + best]) best = mu;
  const label =
    `Correlation of the state with each of ${P} memories over ${T} steps` +
    `${cols < T ? ` (${cols} columns, each a mean of ${num(perCol)} steps)` : ''}; ` +
    `at the last step memory ${labels[best]} is highest, m = ${num(d.m[last + best])}.`;
  return {
    attrs: rootAttrs(NAME, width, height, label),
    children: [
      h('g', { class: 'cells' }, cells),
      h('rect', { x: x0, y: y1, width: x1 - x0, height: plotH, fill: 'none', ...RULE }),
      bottomAxis(x, y0, Math.max(1, Math.min(tickCount(x1 - x0), T))),
      h('g', { class: 'axis y-axis' }, yLabels),
      axisTitle('step', (x0 + x1) / 2, y0 + 32),
      axisTitle('memory', (y0 + y1) / 2, 12, true),
      h('g', { class: 'marks' }, marks),
      key.node,
    ],
  };
}

export function renderHeatmap(svg: SVGSVGElement, d: HeatmapData, o: { width: number }): void {
  paintScene(svg, heatmapScene({ ...d, width: o.width }));
}
