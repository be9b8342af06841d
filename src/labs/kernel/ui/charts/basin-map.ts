/**
 * Basin maps before | after U-Hop+ on one plane, side by side (stacked when narrow): each grid
 * cell coloured by the memory its query reached within tol, white where it reached none, cells
 * of one colour in a row drawn as one rectangle (a 100 × 100 map stays small), the memories as
 * ringed marks. Colours repeat after seven memories. Framework-free scene.
 */
import { pct } from '../../../../charts/frame';
import { SERIES } from '../../../../charts/palette';
import { designWidth, emptyScene, legend, rootAttrs } from '../../../../charts/scene-frame';
import { h, paintScene, type Scene, type SceneNode } from '../../../../charts/svg-scene';
import type { KernelBasinCells } from '../../../../core/kernel/types';

export interface BasinMapData {
  before: KernelBasinCells;
  after: KernelBasinCells;
  /** The memories on the plane, in the plane's unit square [0, 1]² (x right, y up); k: memory. */
  marks: readonly { x: number; y: number; k?: number }[];
  /** The memories the after map retrieves, when not `marks` (the learned features in feature space). */
  marksAfter?: readonly { x: number; y: number; k?: number }[];
}

const NAME = 'kernel-basins';
export const NONE_FILL = '#ffffff';
export const basinColour = (label: number): string =>
  label < 0 ? NONE_FILL : SERIES[label % SERIES.length];

/** Row j's runs of one label: [start column, length, label]. */
export function runs(labels: ArrayLike<number>, R: number, j: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  let start = 0;
  for (let i = 1; i <= R; i++)
    if (i === R || labels[j * R + i] !== labels[j * R + start]) {
      out.push([start, i - start, labels[j * R + start]]);
      start = i;
    }
  return out;
}

function panel(
  title: string,
  cells: KernelBasinCells,
  marks: BasinMapData['marks'],
  x0: number,
  y0: number,
  side: number,
): SceneNode {
  const c = side / cells.R;
  const rects: SceneNode[] = [];
  for (let j = 0; j < cells.R; j++)
    for (const [i, n, label] of runs(cells.labels, cells.R, j))
      rects.push(
        h('rect', {
          class: label < 0 ? 'run none' : 'run',
          x: x0 + i * c,
          // Row 0 is the bottom of the plane.
          y: y0 + side - (j + 1) * c,
          width: n * c + 0.3,
          height: c + 0.3,
          fill: basinColour(label),
        }),
      );
  const dots = marks.map((m, k) =>
    h('circle', {
      class: 'memory-mark',
      cx: x0 + m.x * side,
      cy: y0 + (1 - m.y) * side,
      r: 4,
      fill: basinColour(m.k ?? k),
      stroke: '#000000',
      'stroke-width': 1.5,
    }),
  );
  return h('g', { class: 'basin-panel' }, [
    h(
      'text',
      { class: 'panel-title', x: x0, y: y0 - 6 },
      `${title}: ${pct(cells.converged)} converged`,
    ),
    ...rects,
    h('rect', {
      x: x0,
      y: y0,
      width: side,
      height: side,
      fill: 'none',
      stroke: 'currentColor',
      'stroke-opacity': 0.6,
    }),
    ...dots,
  ]);
}

export function basinMapScene(
  d: BasinMapData | null,
  o: { width: number; height?: number },
): Scene {
  const width = designWidth(o.width);
  if (!d || d.before.R === 0)
    return emptyScene(NAME, width, 160, 'Basin maps: compute them to see.');
  const stacked = width < 520;
  const gap = 24;
  const side = Math.floor(
    stacked ? Math.min(width - 24, 320) : Math.min((width - 24 - gap) / 2, 320),
  );
  const top = 22;
  const x = 12;
  const yAfter = stacked ? top + side + 28 : top;
  const xAfter = stacked ? x : x + side + gap;
  const bottom = (stacked ? yAfter : top) + side;
  const M = d.before.share.length;
  const rows = [
    ...Array.from({ length: Math.min(M, SERIES.length) }, (_, k) => ({
      swatch: [h('rect', { x: 0, y: -5, width: 22, height: 10, fill: basinColour(k) })],
      text:
        M > SERIES.length ? `memories ${k + 1}, ${k + 1 + SERIES.length}, …` : `memory ${k + 1}`,
    })),
    {
      swatch: [
        h('rect', { x: 0, y: -5, width: 22, height: 10, fill: NONE_FILL, stroke: 'currentColor' }),
      ],
      text: 'reached no memory',
    },
  ];
  const key = legend(rows, 8, bottom + 18, width);
  const height = bottom + 18 + key.rows * 16 + 6;
  const label =
    `Basin maps of ${M} memories on ${d.before.R} × ${d.before.R} cells: ${pct(d.before.converged)} of ` +
    `queries converged to a memory before U-Hop+, ${pct(d.after.converged)} after.`;
  return {
    attrs: rootAttrs(NAME, width, height, label),
    children: [
      panel('before', d.before, d.marks, x, top, side),
      panel('after', d.after, d.marksAfter ?? d.marks, xAfter, yAfter, side),
      key.node,
    ],
  };
}

export function renderBasinMap(
  svg: SVGSVGElement,
  d: BasinMapData | null,
  o: { width: number },
): void {
  paintScene(svg, basinMapScene(d, o));
}

/** Marks in plane coordinates → the unit square of the extent (those outside dropped, k kept). */
export function marksInUnit(
  marks: readonly { x: number; y: number }[],
  e: { x0: number; x1: number; y0: number; y1: number },
): { x: number; y: number; k: number }[] {
  return marks
    .map((m, k) => ({
      x: (m.x - e.x0) / (e.x1 - e.x0 || 1),
      y: (m.y - e.y0) / (e.y1 - e.y0 || 1),
      k,
    }))
    .filter((m) => m.x >= 0 && m.x <= 1 && m.y >= 0 && m.y <= 1);
}
