/**
 * The phase map: the share of generating prototypes that are fixed points (stable / total) over
 * examples per prototype E (columns) × flip probability p (rows, p rising upwards), on a
 * sequential colour scale (viridis) with its legend, the value printed in a cell with room, cells
 * not yet computed hatched grey (the map fills in as the worker goes), and the theory's ½ line
 * through the cells' centres.
 */
import { interpolateViridis, rgb } from 'd3';
import type { PhaseCell } from '../../../../core/census/types';
import { MARGIN, num, pct } from '../../../../charts/frame';
import {
  axisTitle,
  designWidth,
  emptyScene,
  legend,
  MUTED,
  rootAttrs,
  type SceneLegendRow,
} from '../../../../charts/scene-frame';
import { h, paintScene, type Scene, type SceneNode } from '../../../../charts/svg-scene';
import { contourSegments } from './phase-contour';

export interface PhaseMapData {
  Es: readonly number[];
  ps: readonly number[];
  cells: readonly PhaseCell[];
  /** Cells computed so far, in `cells` order (all when absent); the rest draw as pending. */
  done?: number;
}

const NAME = 'phase-map';
const TITLE = 'Phase map: share of prototypes that are stable';
const INK_DARK = '#1a2040';
let patternIds = 0;

/** The cell's fill and the text colour that reads on it. */
export function phaseColour(v: number): { fill: string; text: string } {
  const c = rgb(interpolateViridis(Math.min(1, Math.max(0, v))));
  const lum = (0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b) / 255;
  return { fill: c.formatHex(), text: lum > 0.45 ? INK_DARK : '#ffffff' };
}

interface Grid {
  /** [row][col] share stable (null while pending) and theory. */
  share: (number | null)[][];
  theory: (number | null)[][];
  computed: number;
}

function gridOf(data: PhaseMapData): Grid {
  const at = new Map<string, number>();
  data.cells.forEach((c, k) => at.set(`${c.E}|${c.p}`, k));
  const done = data.done ?? data.cells.length;
  let computed = 0;
  const share = data.ps.map((p) =>
    data.Es.map((E) => {
      const k = at.get(`${E}|${p}`);
      const c = k === undefined ? undefined : data.cells[k];
      if (!c || k === undefined || k >= done || !(c.total > 0)) return null;
      computed++;
      return c.stable / c.total;
    }),
  );
  const theory = data.ps.map((p) =>
    data.Es.map((E) => {
      const k = at.get(`${E}|${p}`);
      const t = k === undefined ? null : data.cells[k].theory;
      return t !== null && Number.isFinite(t) ? t : null;
    }),
  );
  return { share, theory, computed };
}

function describe(data: PhaseMapData, g: Grid, contour: boolean): string {
  const total = data.Es.length * data.ps.length;
  const known = g.share.flatMap((r, j) =>
    r.flatMap((v, i) =>
      v === null ? [] : [{ v, where: `E = ${num(data.Es[i])}, p = ${num(data.ps[j])}` }],
    ),
  );
  let text =
    `${TITLE}, over examples per prototype E (${data.Es.map(num).join(', ')}) and flip ` +
    `probability p (${data.ps.map(num).join(', ')}). ${g.computed} of ${total} cells computed`;
  if (known.length) {
    const lo = known.reduce((a, b) => (b.v < a.v ? b : a));
    const hi = known.reduce((a, b) => (b.v > a.v ? b : a));
    text += `; lowest ${pct(lo.v)} at ${lo.where}, highest ${pct(hi.v)} at ${hi.where}`;
    if (known.length <= 36) text += `. ${known.map((c) => `${c.where}: ${pct(c.v)}`).join('; ')}`;
  }
  text += '.';
  if (contour) text += ' A line marks where the theory predicts 50%.';
  return text;
}

/** Every `step`-th index so labels `px` wide fit in cells `cell` wide. */
const labelStep = (cell: number, px: number) => Math.max(1, Math.ceil(px / Math.max(1, cell)));

export function phaseMapScene(data: PhaseMapData, opts: { width: number; height?: number }): Scene {
  const width = designWidth(opts.width);
  const nE = data.Es.length;
  const nP = data.ps.length;
  if (!nE || !nP) return emptyScene(NAME, width, opts.height ?? 160, `${TITLE}: no data yet`);
  const x0 = MARGIN.left;
  const x1 = width - MARGIN.right;
  const cw = (x1 - x0) / nE;
  const plotH = opts.height
    ? Math.max(60, opts.height - MARGIN.top - MARGIN.bottom)
    : Math.max(120, Math.min(420, nP * Math.min(cw, 44)));
  const y1 = MARGIN.top;
  const y0 = y1 + plotH;
  const ch = plotH / nP;
  const cx = (i: number) => x0 + (i + 0.5) * cw;
  const cy = (j: number) => y0 - (j + 0.5) * ch;
  const g = gridOf(data);
  const hatch = `phase-hatch-${++patternIds}`;
  const defs = h('defs', {}, [
    h('pattern', { id: hatch, patternUnits: 'userSpaceOnUse', width: 6, height: 6 }, [
      h('rect', { width: 6, height: 6, fill: '#98a2b3', 'fill-opacity': 0.25 }),
      h('path', { d: 'M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5', stroke: '#98a2b3', 'stroke-width': 1 }),
    ]),
  ]);
  const printable = cw >= 30 && ch >= 15;
  const cells: SceneNode[] = [];
  const values: SceneNode[] = [];
  g.share.forEach((r, j) =>
    r.forEach((v, i) => {
      const box = {
        x: x0 + i * cw + 0.5,
        y: y0 - (j + 1) * ch + 0.5,
        width: cw - 1,
        height: ch - 1,
      };
      if (v === null) {
        cells.push(h('rect', { class: 'cell pending', ...box, fill: `url(#${hatch})` }));
        return;
      }
      const c = phaseColour(v);
      cells.push(h('rect', { class: 'cell done', ...box, fill: c.fill }));
      if (printable)
        values.push(
          h(
            'text',
            { class: 'cell-value', x: cx(i), y: cy(j) + 4, 'text-anchor': 'middle', fill: c.text },
            pct(v),
          ),
        );
    }),
  );
  const segs = contourSegments(
    {
      values: g.theory,
      xs: data.Es.map((_, i) => cx(i)),
      ys: data.ps.map((_, j) => cy(j)),
      halfW: cw / 2,
      halfH: ch / 2,
    },
    0.5,
  );
  const f1 = (v: number) => v.toFixed(1);
  const d = segs.map(([a, b, c, e]) => `M${f1(a)},${f1(b)}L${f1(c)},${f1(e)}`).join('');
  const contour = segs.length
    ? [
        h('path', {
          class: 'theory-halo',
          d,
          fill: 'none',
          stroke: INK_DARK,
          'stroke-width': 4.5,
          'stroke-opacity': 0.7,
        }),
        h('path', {
          class: 'theory-contour',
          d,
          fill: 'none',
          stroke: '#ffffff',
          'stroke-width': 2,
          'stroke-dasharray': '6 3',
        }),
      ]
    : [];
  const xStep = labelStep(cw, 26);
  const yStep = labelStep(ch, 13);
  const axes = [
    ...data.Es.flatMap((E, i) =>
      i % xStep
        ? []
        : [h('text', { x: cx(i), y: y0 + 14, 'text-anchor': 'middle', ...MUTED }, num(E))],
    ),
    ...data.ps.flatMap((p, j) =>
      j % yStep
        ? []
        : [h('text', { x: x0 - 6, y: cy(j) + 4, 'text-anchor': 'end', ...MUTED }, num(p))],
    ),
    axisTitle('examples per prototype E', (x0 + x1) / 2, y0 + 32),
    axisTitle('flip probability p', (y0 + y1) / 2, 14, true),
  ];
  const ramp: SceneNode[] = Array.from({ length: 10 }, (_, k) =>
    h('rect', {
      x: k * 2.2,
      y: -5,
      width: 2.2,
      height: 10,
      fill: phaseColour((k + 0.5) / 10).fill,
    }),
  );
  const rows: SceneLegendRow[] = [
    { swatch: ramp, text: 'share of prototypes stable: 0% (dark) to 100% (yellow)' },
    {
      swatch: [h('rect', { x: 0, y: -5, width: 22, height: 10, fill: `url(#${hatch})` })],
      text: 'not computed yet',
    },
  ];
  if (segs.length)
    rows.push({
      swatch: [
        h('line', { x1: 0, x2: 22, stroke: INK_DARK, 'stroke-width': 4.5, 'stroke-opacity': 0.7 }),
        h('line', {
          x1: 0,
          x2: 22,
          stroke: '#ffffff',
          'stroke-width': 2,
          'stroke-dasharray': '6 3',
        }),
      ],
      text: 'theory: where 50% of prototypes are stable',
    });
  const key = legend(rows, 8, y0 + MARGIN.bottom + 4, width);
  const height = y0 + MARGIN.bottom + key.rows * 16 + 6;
  return {
    attrs: rootAttrs(NAME, width, height, describe(data, g, segs.length > 0)),
    children: [
      defs,
      h('g', { class: 'cells' }, cells),
      ...contour,
      // The values above the line, so it never hides one.
      h('g', { class: 'cell-values' }, values),
      ...axes,
      key.node,
    ],
  };
}

/** Draws the phase map into `svg` (a full redraw; call again as cells arrive). */
export function renderPhaseMap(
  svg: SVGSVGElement,
  data: PhaseMapData,
  opts: { width: number; height?: number },
): void {
  paintScene(svg, phaseMapScene(data, opts));
}
