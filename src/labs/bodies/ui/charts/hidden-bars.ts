/**
 * The hidden layer now: one bar per memory neuron, its output f_μ on an axis that holds the
 * largest |f| of the whole run (so bars grow as the run plays), the most active one highlighted,
 * each bar with its memory's picture under it when the page supplies them.
 */
import { num } from '../../../../charts/frame';
import { OTHER, WINNER } from '../../../../charts/palette';
import { emptyScene } from '../../../../charts/scene-frame';
import { xyFrame, xyScene } from '../../../../charts/scene-xy';
import { h, paintScene, type Scene, type SceneNode } from '../../../../charts/svg-scene';

export interface BarsData {
  /** The outputs f at the frame shown, length K. */
  f: Float64Array;
  /** The largest |f| of the run (the axis's top). */
  top: number;
  labels: readonly number[];
  /** Memory pictures as image URLs (one per memory), or none. */
  thumbs?: readonly string[];
}

const NAME = 'hidden-bars';
const TITLE = 'Hidden outputs f now';

export function barsScene(d: BarsData, opts: { width: number; height?: number }): Scene {
  const K = d.f.length;
  const height = opts.height ?? 220;
  if (!K) return emptyScene(NAME, opts.width, height, `${TITLE}: no run yet`);
  const f = xyFrame({
    width: opts.width,
    height,
    x: [0, K],
    y: [0, d.top > 0 && Number.isFinite(d.top) ? d.top : 1],
    niceY: true,
    xTitle: 'memory μ (its digit under the bar)',
    yTitle: 'f',
  });
  let best = 0;
  for (let m = 1; m < K; m++) if (Math.abs(d.f[m]) > Math.abs(d.f[best])) best = m;
  const w = (f.x1 - f.x0) / K;
  const marks: SceneNode[] = [];
  for (let m = 0; m < K; m++) {
    const v = Number.isFinite(d.f[m]) ? Math.abs(d.f[m]) : 0;
    const y = f.y(Math.min(v, f.y.domain()[1]));
    const thumb = d.thumbs?.[m];
    const side = Math.min(w * 0.9, 18);
    if (thumb)
      marks.push(
        h('image', {
          class: 'thumb',
          href: thumb,
          x: f.x(m) + (w - side) / 2,
          y: f.y0 - side - 1,
          width: side,
          height: side,
          opacity: 0.5,
          'image-rendering': 'pixelated',
        }),
      );
    marks.push(
      h('rect', {
        class: m === best ? 'bar top' : 'bar',
        x: f.x(m) + w * 0.1,
        y,
        width: w * 0.8,
        height: Math.max(0, f.y0 - y),
        fill: m === best ? WINNER : OTHER,
        'fill-opacity': 0.8,
        'data-memory': m,
      }),
    );
  }
  const label =
    `${TITLE}: ${K} memory neurons; the most active is memory ${best} (digit ${d.labels[best]}) ` +
    `with f = ${num(d.f[best])}; the axis holds the run's largest |f|, ${num(d.top)}.`;
  return xyScene(NAME, f, marks, [], label);
}

export function renderBars(
  svg: SVGSVGElement,
  data: BarsData,
  opts: { width: number; height?: number },
): void {
  paintScene(svg, barsScene(data, opts));
}
