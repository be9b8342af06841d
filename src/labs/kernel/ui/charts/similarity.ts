/**
 * The pairwise cosine similarity of the memories' normalised features before and after U-Hop+,
 * two heat maps side by side (stacked when narrow) on one diverging scale from −1 (blue) through
 * 0 (white) to +1 (red), with its legend. Large M shows the first SHOWN_MAX memories and says
 * so. Framework-free scene.
 */
import { interpolateRdBu } from 'd3';
import { num } from '../../../../charts/frame';
import { designWidth, emptyScene, legend, MUTED, rootAttrs } from '../../../../charts/scene-frame';
import { h, paintScene, type Scene, type SceneNode } from '../../../../charts/svg-scene';

export interface SimilarityData {
  M: number;
  /** M × M row-major. */
  before: ArrayLike<number>;
  after: ArrayLike<number>;
}

export const SHOWN_MAX = 40;
const NAME = 'kernel-similarity';

/** The colour of cosine c ∈ [−1, 1]: blue (−1), white (0), red (+1). */
export const similarityColour = (c: number): string =>
  interpolateRdBu(0.5 - Math.max(-1, Math.min(1, c)) / 2);

/** The largest off-diagonal similarity among the first n memories. */
function offMax(s: ArrayLike<number>, M: number, n: number): number {
  let hi = -Infinity;
  for (let a = 0; a < n; a++)
    for (let b = 0; b < n; b++) if (a !== b) hi = Math.max(hi, s[a * M + b]);
  return hi;
}

function panel(
  title: string,
  s: ArrayLike<number>,
  M: number,
  n: number,
  x0: number,
  y0: number,
  side: number,
): SceneNode {
  const c = side / n;
  const cells: SceneNode[] = [];
  for (let a = 0; a < n; a++)
    for (let b = 0; b < n; b++)
      cells.push(
        h('rect', {
          class: 'cell',
          x: x0 + b * c,
          y: y0 + a * c,
          width: c + 0.2,
          height: c + 0.2,
          fill: similarityColour(s[a * M + b]),
        }),
      );
  return h('g', { class: 'similarity-panel' }, [
    h('text', { class: 'panel-title', x: x0, y: y0 - 6 }, title),
    ...cells,
    h('rect', {
      x: x0,
      y: y0,
      width: side,
      height: side,
      fill: 'none',
      stroke: 'currentColor',
      'stroke-opacity': 0.45,
    }),
  ]);
}

export function similarityScene(d: SimilarityData, o: { width: number; height?: number }): Scene {
  const width = designWidth(o.width);
  if (d.M < 2 || d.before.length < d.M * d.M || d.after.length < d.M * d.M)
    return emptyScene(NAME, width, 160, 'Pairwise similarities: train to see them.');
  const n = Math.min(d.M, SHOWN_MAX);
  const stacked = width < 520;
  const gap = 24;
  const side = Math.floor(
    stacked ? Math.min(width - 24, 300) : Math.min((width - 24 - gap) / 2, 300),
  );
  const x = 12;
  const top = 22;
  const yAfter = stacked ? top + side + 28 : top;
  const xAfter = stacked ? x : x + side + gap;
  const bottom = (stacked ? yAfter : top) + side;
  const ramp: SceneNode[] = Array.from({ length: 11 }, (_, k) =>
    h('rect', { x: k * 2, y: -5, width: 2, height: 10, fill: similarityColour(-1 + k / 5) }),
  );
  const key = legend(
    [{ swatch: ramp, text: 'cosine of two memories’ features: −1 (blue), 0 (white), +1 (red)' }],
    8,
    bottom + 18,
    width,
  );
  const note =
    n < d.M
      ? [
          h(
            'text',
            { class: 'cut-note', x: 8, y: bottom + 18 + key.rows * 16 + 4, ...MUTED },
            `The first ${n} of ${d.M} memories.`,
          ),
        ]
      : [];
  const height = bottom + 18 + key.rows * 16 + (note.length ? 22 : 6);
  const label =
    `Pairwise cosine similarity of the ${d.M} memories’ normalised features before and after U-Hop+` +
    `${n < d.M ? ` (first ${n})` : ''}; largest off-diagonal value ${num(offMax(d.before, d.M, n))} before, ` +
    `${num(offMax(d.after, d.M, n))} after.`;
  return {
    attrs: rootAttrs(NAME, width, height, label),
    children: [
      panel('before U-Hop+', d.before, d.M, n, x, top, side),
      panel('after U-Hop+', d.after, d.M, n, xAfter, yAfter, side),
      key.node,
      ...note,
    ],
  };
}

export function renderSimilarity(
  svg: SVGSVGElement,
  d: SimilarityData,
  o: { width: number },
): void {
  paintScene(svg, similarityScene(d, o));
}
