/**
 * Structured against dense features (Hoover et al. 2024 use dense Gaussian S; the Hadamard
 * blocks are the playground's cheaper S): the energy error against Y on log–log axes for both
 * projections of one measurement (same β, D, K, queries and seed), colour by query kind, solid
 * Gaussian and dashed Hadamard, each with its fitted line. Framework-free scene; the sentence of
 * what was measured (compareSentence) comes from the same numbers.
 */
import type {
  FeaturesCurve,
  FeaturesPoint,
  ProjectionKind,
  QueryKind,
} from '../../../../core/features/experiment-types';
import { num } from '../../../../charts/frame';
import { LEGEND_ROW, MARGIN } from '../../../../charts/frame';
import { emptyScene, legend, lineSwatch, rootAttrs } from '../../../../charts/scene-frame';
import { pathThrough } from '../../../../charts/scene-xy';
import { h, paintScene, type Scene, type SceneNode } from '../../../../charts/svg-scene';
import { QUERY_COLOURS, QUERY_LABELS } from './rf-error-curve';
import { logXFrame, powerOfTwo } from './rf-logx';

export interface CompareSide {
  projection: ProjectionKind;
  points: readonly FeaturesPoint[];
  curves: readonly FeaturesCurve[];
  /** Bytes the map holds at the largest Y (FeatureMap.bytes). */
  mapBytes: number | null;
}

export interface CompareData {
  /** The β drawn (the measurement's first). */
  beta: number;
  sides: readonly CompareSide[];
}

export const PROJECTION_LABELS: Record<ProjectionKind, string> = {
  gaussian: 'Gaussian',
  hadamard: 'Hadamard',
};
const DASH: Record<ProjectionKind, string | undefined> = { gaussian: undefined, hadamard: '6 4' };
const NAME = 'rf-compare-curve';
const TITLE = 'Energy error against Y, Gaussian and Hadamard projections';

const usableOf = (s: CompareSide, beta: number) =>
  s.points.filter((p) => p.beta === beta && p.Y >= 1 && p.energyMAE > 0 && isFinite(p.energyMAE));

export function bytesText(bytes: number): string {
  if (bytes >= 2 ** 20) return `${num(bytes / 2 ** 20)} MiB`;
  if (bytes >= 2 ** 10) return `${num(bytes / 2 ** 10)} KiB`;
  return `${bytes} B`;
}

/**
 * "Hadamard: slope −0.48, error 0.0031 at Y = 2^14, map 320 KiB; Gaussian: …" for the first query
 * kind measured on both sides, at the β drawn; null before both sides have points.
 */
export function compareSentence(data: CompareData): string | null {
  const parts: string[] = [];
  const first = data.sides[0] && usableOf(data.sides[0], data.beta)[0]?.query;
  if (!first || data.sides.length < 2) return null;
  for (const side of data.sides) {
    const mine = usableOf(side, data.beta).filter((p) => p.query === first);
    if (!mine.length) return null;
    const top = mine.reduce((a, p) => (p.Y > a.Y ? p : a));
    const c = side.curves.find((k) => k.beta === data.beta && k.query === first);
    const slope =
      c?.slope === null || c?.slope === undefined
        ? 'no slope'
        : `slope ${num(c.slope).replace('-', '−')}`;
    const mem = side.mapBytes === null ? '' : `, map ${bytesText(side.mapBytes)}`;
    parts.push(
      `${PROJECTION_LABELS[side.projection]}: ${slope}, error ${num(top.energyMAE)} at Y = ${powerOfTwo(Math.log2(top.Y))}${mem}`,
    );
  }
  return `β = ${num(data.beta)}, ${QUERY_LABELS[first]}. ${parts.join('; ')}.`;
}

export function compareScene(data: CompareData, o: { width: number; height?: number }): Scene {
  const height = o.height ?? Math.round(Math.min(340, Math.max(220, o.width * 0.55)));
  const all = data.sides.flatMap((s) => usableOf(s, data.beta));
  if (!all.length) return emptyScene(NAME, o.width, height, `${TITLE}: no points yet`);
  const lx = all.map((p) => Math.log2(p.Y));
  const ly = all.map((p) => Math.log10(p.energyMAE));
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
  const keys: { colour: string; dash: string | undefined; text: string }[] = [];
  for (const side of data.sides) {
    const dash = DASH[side.projection];
    const byQuery = new Map<QueryKind, FeaturesPoint[]>();
    for (const p of usableOf(side, data.beta))
      byQuery.set(p.query, [...(byQuery.get(p.query) ?? []), p]);
    for (const [query, pts] of byQuery) {
      pts.sort((a, b) => a.Y - b.Y);
      const colour = QUERY_COLOURS[query];
      const xs = pts.map((p) => f.x(Math.log2(p.Y)));
      const ys = pts.map((p) => f.y(Math.log10(p.energyMAE)));
      marks.push(
        h('g', { class: 'rf-compare', 'data-projection': side.projection, 'data-query': query }, [
          h('path', {
            class: 'rf-series',
            d: pathThrough(xs, ys),
            fill: 'none',
            stroke: colour,
            'stroke-width': 2,
            'stroke-dasharray': dash,
          }),
          ...pts.map((p, i) =>
            h('circle', { class: 'rf-point', cx: xs[i], cy: ys[i], r: 3.5, fill: colour }, [
              h(
                'title',
                {},
                `${PROJECTION_LABELS[side.projection]}, ${QUERY_LABELS[query]}, Y = ${powerOfTwo(Math.log2(p.Y))}: error ${num(p.energyMAE)}`,
              ),
            ]),
          ),
        ]),
      );
      const c = side.curves.find((k) => k.beta === data.beta && k.query === query);
      const slope =
        c?.slope === null || c?.slope === undefined
          ? 'no slope'
          : `slope ${num(c.slope).replace('-', '−')}`;
      keys.push({
        colour,
        dash,
        text: `${PROJECTION_LABELS[side.projection]}, ${QUERY_LABELS[query]}: ${slope}`,
      });
    }
  }
  const rows = keys.map((k) => ({
    swatch: lineSwatch(k.colour, k.dash, h('circle', { cx: 11, r: 3, fill: k.colour })),
    text: k.text,
  }));
  const key = legend(rows, Math.max(8, f.x0 - 40), f.y0 + MARGIN.bottom + 4, f.width);
  const total = f.y0 + MARGIN.bottom + (key.rows > 0 ? key.rows * LEGEND_ROW + 6 : 0);
  const label = `${TITLE}, log–log, β = ${num(data.beta)}: ${keys.map((k) => k.text).join('; ')}`;
  return {
    attrs: rootAttrs(NAME, f.width, total, label),
    children: [...f.axes, h('g', { class: 'marks' }, marks), key.node],
  };
}

export function renderCompare(
  svg: SVGSVGElement,
  data: CompareData,
  o: { width: number; height?: number },
) {
  paintScene(svg, compareScene(data, o));
}
