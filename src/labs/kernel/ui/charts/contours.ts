/**
 * The 2-D toy's energy E(x) = ½𝒦(x,x) − lse(β, 𝒦(Ξ, x)) after given U-Hop+ iterations, one
 * small panel per iteration on one shared scale: filled contour bands (d3-contour, viridis, low
 * energy dark) over the plane [−extent, extent]², the memories as white rings when known.
 * Framework-free scene.
 */
import { contours as d3contours, geoPath, interpolateViridis } from 'd3';
import { num } from '../../../../charts/frame';
import { designWidth, emptyScene, legend, rootAttrs } from '../../../../charts/scene-frame';
import { h, paintScene, type Scene, type SceneNode } from '../../../../charts/svg-scene';

export interface ContourData {
  R: number;
  extent: number;
  grids: readonly { iteration: number; energy: ArrayLike<number> }[];
  /** Memories as x, y pairs, or null. */
  marks: ArrayLike<number> | null;
}

const NAME = 'kernel-contours';
export const BANDS = 10;

/** The finite range over every grid, or null. */
export function energyRange(grids: ContourData['grids']): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const g of grids)
    for (let i = 0; i < g.energy.length; i++) {
      const e = g.energy[i];
      if (Number.isFinite(e)) {
        lo = Math.min(lo, e);
        hi = Math.max(hi, e);
      }
    }
  if (!Number.isFinite(lo)) return null;
  return hi > lo ? [lo, hi] : [lo, lo + 1];
}

export function contourScene(d: ContourData, o: { width: number; height?: number }): Scene {
  const width = designWidth(o.width);
  const range = d.grids.length ? energyRange(d.grids) : null;
  if (!range || d.R < 2)
    return emptyScene(NAME, width, 160, 'Energy contours: compute them to see.');
  const [lo, hi] = range;
  const thresholds = Array.from({ length: BANDS }, (_, k) => lo + ((hi - lo) * k) / BANDS);
  const perRow = width < 520 ? 2 : Math.min(4, d.grids.length);
  const gap = 14;
  const side = Math.floor((width - 16 - gap * (perRow - 1)) / perRow);
  const rowsN = Math.ceil(d.grids.length / perRow);
  const scale = side / d.R;
  const path = geoPath();
  const gen = d3contours().size([d.R, d.R]).thresholds(thresholds);
  const panels: SceneNode[] = d.grids.map((g, n) => {
    const x0 = 8 + (n % perRow) * (side + gap);
    const y0 = 20 + Math.floor(n / perRow) * (side + 26);
    // d3-contour reads row 0 at the top; the grid's row 0 is the bottom (y = −extent).
    const flipped = new Float64Array(d.R * d.R);
    for (let j = 0; j < d.R; j++)
      for (let i = 0; i < d.R; i++) flipped[(d.R - 1 - j) * d.R + i] = g.energy[j * d.R + i];
    const bands = gen(Array.from(flipped, (e) => (Number.isFinite(e) ? e : hi))).map((c, k) =>
      h('path', {
        class: 'band',
        d: path(c) ?? '',
        fill: interpolateViridis(k / BANDS),
        transform: `translate(${x0},${y0}) scale(${num(scale)})`,
      }),
    );
    const toPx = (x: number, y: number) => [
      x0 + ((x + d.extent) / (2 * d.extent)) * side,
      y0 + (1 - (y + d.extent) / (2 * d.extent)) * side,
    ];
    const rings: SceneNode[] = [];
    if (d.marks)
      for (let m = 0; m + 1 < d.marks.length; m += 2) {
        const [cx, cy] = toPx(d.marks[m], d.marks[m + 1]);
        rings.push(
          h('circle', {
            class: 'memory-ring',
            cx,
            cy,
            r: 4,
            fill: 'none',
            stroke: '#ffffff',
            'stroke-width': 2,
          }),
        );
      }
    return h('g', { class: 'contour-panel' }, [
      h(
        'text',
        { class: 'panel-title', x: x0, y: y0 - 6 },
        g.iteration === 0
          ? 'before (0 iterations)'
          : `after ${g.iteration} iteration${g.iteration === 1 ? '' : 's'}`,
      ),
      h('rect', { x: x0, y: y0, width: side, height: side, fill: interpolateViridis(0) }),
      ...bands,
      h('rect', {
        x: x0,
        y: y0,
        width: side,
        height: side,
        fill: 'none',
        stroke: 'currentColor',
        'stroke-opacity': 0.5,
      }),
      ...rings,
    ]);
  });
  const bottom = 20 + rowsN * (side + 26) - 26;
  const ramp = Array.from({ length: BANDS }, (_, k) =>
    h('rect', { x: k * 2.2, y: -5, width: 2.2, height: 10, fill: interpolateViridis(k / BANDS) }),
  );
  const key = legend(
    [
      {
        swatch: ramp,
        text: `energy from ${num(lo)} (dark) to ${num(hi)} (yellow), ${BANDS} bands`,
      },
      ...(d.marks
        ? [
            {
              swatch: [
                h('circle', {
                  cx: 11,
                  cy: 0,
                  r: 4,
                  fill: 'none',
                  stroke: '#888888',
                  'stroke-width': 2,
                }),
              ],
              text: 'memory',
            },
          ]
        : []),
    ],
    8,
    bottom + 16,
    width,
  );
  const label =
    `Energy contours of the 2-D toy after ${d.grids.map((g) => g.iteration).join(', ')} U-Hop+ iterations, ` +
    `energy from ${num(lo)} to ${num(hi)} on one scale.`;
  return {
    attrs: rootAttrs(NAME, width, bottom + 16 + key.rows * 16 + 6, label),
    children: [...panels, key.node],
  };
}

export function renderContours(svg: SVGSVGElement, d: ContourData, o: { width: number }): void {
  paintScene(svg, contourScene(d, o));
}
