/**
 * The frame of a scene chart (svg-scene.ts) in the house conventions of frame.ts: its margins,
 * legend rows under the plot and number formats; axes drawn from d3 scales' ticks; text and
 * rules in currentColor, so a chart follows the page's ink on any theme; an empty chart that
 * says why in words.
 */
import type { ScaleLinear } from 'd3';
import { LEGEND_ROW, num, wrapText } from './frame';
import { h, type Attrs, type Scene, type SceneNode } from './svg-scene';

/** Design width: the width asked for, never under 280 units (a phone is 320). */
export const designWidth = (width: number): number =>
  Math.round(Math.max(280, Number.isFinite(width) ? width : 280));

/** Ticks for an axis of `px` units: one per 70 units, 2–10. */
export const tickCount = (px: number): number => Math.max(2, Math.min(10, Math.floor(px / 70)));

export const INK = 'currentColor';
/** Secondary text and rules: the ink, lighter. */
export const MUTED = { fill: INK, 'fill-opacity': 0.72 } as const;
export const RULE = { stroke: INK, 'stroke-opacity': 0.45, 'stroke-width': 1 } as const;

/** The root's attributes: size, class, role and the text alternative. */
export function rootAttrs(name: string, width: number, height: number, label: string): Attrs {
  return {
    class: `scene-chart ${name}`,
    role: 'img',
    'aria-label': label,
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    'font-size': 11,
    fill: INK,
  };
}

/** A chart with no data: its frame and one centred line of text saying so. */
export function emptyScene(name: string, askedWidth: number, height: number, text: string): Scene {
  const width = designWidth(askedWidth);
  const lines = wrapText(text, Math.max(20, Math.floor((width - 24) / 6.1)));
  const y0 = height / 2 - ((lines.length - 1) * LEGEND_ROW) / 2;
  return {
    attrs: rootAttrs(name, width, height, text),
    children: [
      h(
        'g',
        { class: 'empty', 'text-anchor': 'middle', ...MUTED },
        lines.map((t, i) => h('text', { x: width / 2, y: y0 + i * LEGEND_ROW }, t)),
      ),
    ],
  };
}

export const line = (x1: number, y1: number, x2: number, y2: number, attrs: Attrs = {}) =>
  h('line', { x1, y1, x2, y2, ...attrs });

type Linear = ScaleLinear<number, number>;

/** An x axis at height `y`: the domain rule, tick marks and labels. */
export function bottomAxis(x: Linear, y: number, count: number, fmt = num): SceneNode {
  const [a, b] = x.range();
  return h('g', { class: 'axis x-axis' }, [
    line(a, y, b, y, RULE),
    ...x
      .ticks(count)
      .flatMap((t) => [
        line(x(t), y, x(t), y + 4, RULE),
        h('text', { x: x(t), y: y + 15, 'text-anchor': 'middle', ...MUTED }, fmt(t)),
      ]),
  ]);
}

/** A y axis at `x`: the domain rule, tick marks and labels. */
export function leftAxis(y: Linear, x: number, count: number, fmt = num): SceneNode {
  const [a, b] = y.range();
  return h('g', { class: 'axis y-axis' }, [
    line(x, a, x, b, RULE),
    ...y
      .ticks(count)
      .flatMap((t) => [
        line(x - 4, y(t), x, y(t), RULE),
        h('text', { x: x - 6, y: y(t) + 4, 'text-anchor': 'end', ...MUTED }, fmt(t)),
      ]),
  ]);
}

/** An axis title centred under [x0, x1] at `y`, or rotated along the left edge. */
export function axisTitle(text: string, at: number, y: number, rotate = false): SceneNode {
  const attrs: Attrs = rotate
    ? { transform: `translate(${Math.round(y)},${Math.round(at)}) rotate(-90)` }
    : { x: at, y };
  return h('text', { class: 'axis-label', 'text-anchor': 'middle', ...attrs, ...MUTED }, text);
}

export interface SceneLegendRow {
  /** Swatch marks, drawn in a 22 × 10 box whose left middle is (0, 0). */
  swatch: SceneNode[];
  text: string;
}

/** The legend from `top` down, each entry wrapped to the width; returns it and the rows used. */
export function legend(
  rows: readonly SceneLegendRow[],
  left: number,
  top: number,
  width: number,
): { node: SceneNode; rows: number } {
  const max = Math.max(24, Math.floor((width - left - 28 - 8) / 6.1));
  let at = 0;
  const groups = rows.map((r) => {
    const lines = wrapText(r.text, max);
    const g = h(
      'g',
      { class: 'legend-row', transform: `translate(${left},${top + at * LEGEND_ROW})` },
      [
        ...r.swatch,
        ...lines.map((t, k) =>
          h('text', { class: 'legend-text', x: 28, y: 4 + k * LEGEND_ROW }, t),
        ),
      ],
    );
    at += lines.length;
    return g;
  });
  return { node: h('g', { class: 'legend' }, groups), rows: at };
}

/** A legend swatch: a line (dashed when `dash`), with an optional mark in its middle. */
export function lineSwatch(colour: string, dash?: string, mark?: SceneNode): SceneNode[] {
  const out = [line(0, 0, 22, 0, { stroke: colour, 'stroke-width': 2, 'stroke-dasharray': dash })];
  if (mark) out.push(mark);
  return out;
}
