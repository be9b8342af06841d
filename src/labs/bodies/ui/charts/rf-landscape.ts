/**
 * Two energy landscapes of the 2-D toy on one colour scale, side by side (stacked on a phone):
 * the exact memory's E_β(x; Ξ) and the distributed memory's Ẽ(x; T), each a grid of cells
 * (viridis, low energy dark), the memories as white rings, the cue as a cross, and each
 * memory's own descent from the cue drawn on its panel. The scale is the exact panel's range,
 * so where the distributed landscape is off it shows as colour; a cell the estimate refused
 * (NaN) is grey. Framework-free scene.
 */
import { interpolateViridis } from 'd3';
import { num } from '../../../../charts/frame';
import { OKABE_ITO } from '../../../../charts/palette';
import { designWidth, emptyScene, MUTED, rootAttrs } from '../../../../charts/scene-frame';
import { pathThrough } from '../../../../charts/scene-xy';
import { h, paintScene, type Scene, type SceneNode } from '../../../../charts/svg-scene';

export interface LandscapePanel {
  label: string;
  /** R × R energies, row-major, row 0 at the bottom (y = lo), column 0 at the left (x = lo). */
  energy: ArrayLike<number>;
  /** The descent from the cue on this landscape: x, y pairs. */
  path: ArrayLike<number> | null;
}

export interface LandscapeData {
  R: number;
  /** The square [lo, hi]² the grid covers (cell centres at lo + (i + ½)(hi − lo)/R). */
  lo: number;
  hi: number;
  panels: readonly LandscapePanel[];
  /** Memories as x, y pairs. */
  memories: ArrayLike<number>;
  cue: readonly [number, number] | null;
}

const NAME = 'rf-landscape';
const MISSING = '#9a9a9a';
const GAP = 18;
const TOP = 20;
const BOTTOM = 30;

/** The finite range of `v` (a flat [v, v + 1] when all equal), or null with none. */
export function rangeOf(v: ArrayLike<number>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < v.length; i++)
    if (Number.isFinite(v[i])) {
      if (v[i] < lo) lo = v[i];
      if (v[i] > hi) hi = v[i];
    }
  if (!Number.isFinite(lo)) return null;
  return hi > lo ? [lo, hi] : [lo, lo + 1];
}

export const cellColour = (e: number, lo: number, hi: number): string =>
  Number.isFinite(e) ? interpolateViridis(Math.min(1, Math.max(0, (e - lo) / (hi - lo)))) : MISSING;

function panelNode(
  p: LandscapePanel,
  d: LandscapeData,
  scale: [number, number],
  left: number,
  top: number,
  side: number,
): SceneNode {
  const { R, lo, hi } = d;
  const cell = side / R;
  const px = (x: number) => left + ((x - lo) / (hi - lo)) * side;
  const py = (y: number) => top + side - ((y - lo) / (hi - lo)) * side;
  const cells: SceneNode[] = [];
  for (let j = 0; j < R; j++)
    for (let i = 0; i < R; i++)
      cells.push(
        h('rect', {
          x: left + i * cell,
          y: top + side - (j + 1) * cell,
          width: cell + 0.3,
          height: cell + 0.3,
          fill: cellColour(Number(p.energy[j * R + i]), scale[0], scale[1]),
        }),
      );
  const marks: SceneNode[] = [];
  for (let m = 0; m + 1 < d.memories.length; m += 2)
    marks.push(
      h('circle', {
        class: 'rf-memory',
        cx: px(d.memories[m]),
        cy: py(d.memories[m + 1]),
        r: 4,
        fill: 'none',
        stroke: '#ffffff',
        'stroke-width': 2,
      }),
    );
  if (p.path && p.path.length >= 4) {
    const xs: number[] = [];
    const ys: number[] = [];
    for (let k = 0; k + 1 < p.path.length; k += 2) {
      xs.push(px(p.path[k]));
      ys.push(py(p.path[k + 1]));
    }
    marks.push(
      h('path', {
        class: 'rf-path',
        d: pathThrough(xs, ys),
        fill: 'none',
        stroke: OKABE_ITO.orange,
        'stroke-width': 2,
      }),
      h('circle', {
        class: 'rf-end',
        cx: xs[xs.length - 1],
        cy: ys[ys.length - 1],
        r: 3.5,
        fill: OKABE_ITO.orange,
      }),
    );
  }
  if (d.cue) {
    const [cx, cy] = [px(d.cue[0]), py(d.cue[1])];
    marks.push(
      h('path', {
        class: 'rf-cue',
        d: `M${cx - 5},${cy - 5}L${cx + 5},${cy + 5}M${cx - 5},${cy + 5}L${cx + 5},${cy - 5}`,
        stroke: '#ffffff',
        'stroke-width': 2.5,
      }),
    );
  }
  return h('g', { class: 'rf-panel', 'data-panel': p.label }, [
    h('text', { x: left, y: top - 6, 'font-weight': 600 }, p.label),
    h('g', { class: 'rf-cells' }, cells),
    ...marks,
    h('text', { x: left, y: top + side + 14, ...MUTED }, `x from ${num(lo)} to ${num(hi)}`),
  ]);
}

export function landscapeScene(d: LandscapeData, o: { width: number }): Scene {
  const width = designWidth(o.width);
  const R = Math.floor(d.R);
  const ok =
    R >= 2 &&
    d.hi > d.lo &&
    d.panels.length > 0 &&
    d.panels.every((p) => p.energy.length === R * R);
  const scale = ok ? rangeOf(d.panels[0].energy) : null;
  if (!ok || !scale) return emptyScene(NAME, width, 220, 'Energy landscapes: none computed yet');
  const n = d.panels.length;
  const across = width >= 520 ? n : 1;
  const side = Math.floor(Math.min(320, (width - 16 - GAP * (across - 1)) / across));
  const rows = Math.ceil(n / across);
  const children = d.panels.map((p, k) =>
    panelNode(
      p,
      d,
      scale,
      8 + (k % across) * (side + GAP),
      TOP + Math.floor(k / across) * (side + TOP + BOTTOM),
      side,
    ),
  );
  const height = rows * (side + TOP + BOTTOM);
  const words = d.panels
    .map((p) => {
      const r = rangeOf(p.energy);
      return `${p.label}: energy from ${r ? num(r[0]) : 'none'} to ${r ? num(r[1]) : 'none'}`;
    })
    .join('; ');
  const label =
    `Energy landscapes on the plane, one colour scale (${num(scale[0])} dark to ${num(scale[1])} light), ` +
    `${d.memories.length / 2} memories marked: ${words}`;
  return { attrs: rootAttrs(NAME, width, height, label), children };
}

export function renderLandscape(svg: SVGSVGElement, d: LandscapeData, o: { width: number }) {
  paintScene(svg, landscapeScene(d, o));
}
