/**
 * The hidden layer over time: one row per memory neuron μ, one column per frame, each cell as
 * dark as |f_μ| is against the largest |f| of the run; a rule marks the frame shown.
 */
import { num } from '../../../../charts/frame';
import { OKABE_ITO } from '../../../../charts/palette';
import { emptyScene, line, RULE } from '../../../../charts/scene-frame';
import { xyFrame, xyScene } from '../../../../charts/scene-xy';
import { h, paintScene, type Scene, type SceneNode } from '../../../../charts/svg-scene';

export interface HeatData {
  /** Frame times, ascending. */
  t: readonly number[];
  /** Hidden outputs per frame: frames × K, frame-major. */
  f: Float64Array;
  K: number;
  /** Digit class of each memory (row labels). */
  labels: readonly number[];
  /** The frame shown, or null. */
  cursor: number | null;
}

const NAME = 'hidden-heat';
const TITLE = 'Hidden activity over time';

export function maxAbs(x: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < x.length; i++) if (Number.isFinite(x[i])) m = Math.max(m, Math.abs(x[i]));
  return m;
}

/** The memory most active at frame j (the largest |f|), or −1. */
export function topAt(f: Float64Array, K: number, j: number): number {
  let best = -1;
  let bv = -1;
  for (let m = 0; m < K; m++) {
    const v = Math.abs(f[j * K + m]);
    if (Number.isFinite(v) && v > bv) [best, bv] = [m, v];
  }
  return best;
}

export function heatScene(d: HeatData, opts: { width: number; height?: number }): Scene {
  const frames = d.t.length;
  const rowH = Math.max(4, Math.min(16, Math.floor(240 / Math.max(1, d.K))));
  const height = opts.height ?? d.K * rowH + 14 + 40 + 22;
  if (!frames || d.K < 1 || d.f.length !== frames * d.K)
    return emptyScene(NAME, opts.width, Math.max(160, height), `${TITLE}: no run yet`);
  const last = d.t[frames - 1];
  const span = frames > 1 ? last + (last - d.t[frames - 2]) : Math.max(last, 1);
  const f = xyFrame({
    width: opts.width,
    height: height - 22,
    x: [0, span],
    y: [d.K, 0],
    xTitle: 'time t',
    yTitle: 'memory μ',
  });
  const top = maxAbs(d.f) || 1;
  const cells: SceneNode[] = [];
  const rowPx = Math.abs(f.y(1) - f.y(0));
  for (let j = 0; j < frames; j++) {
    const x0 = f.x(d.t[j]);
    const x1 = f.x(j + 1 < frames ? d.t[j + 1] : span);
    for (let m = 0; m < d.K; m++) {
      const v = Math.abs(d.f[j * d.K + m]) / top;
      if (!(v > 0.01)) continue;
      cells.push(
        h('rect', {
          x: x0,
          y: f.y(m),
          width: Math.max(0.5, x1 - x0),
          height: rowPx,
          fill: OKABE_ITO.blue,
          'fill-opacity': Math.min(1, v),
        }),
      );
    }
  }
  const marks: SceneNode[] = [h('g', { class: 'heat-cells' }, cells)];
  if (d.cursor !== null && d.cursor >= 0 && d.cursor < frames) {
    const x = f.x(d.t[d.cursor]);
    marks.push(line(x, f.y0, x, f.y1, { ...RULE, class: 'cursor', 'stroke-opacity': 0.9 }));
  }
  const end = topAt(d.f, d.K, frames - 1);
  const label =
    `${TITLE}: ${d.K} memory neurons over ${frames} frames to t = ${num(last)}; ` +
    (end >= 0
      ? `at the end memory ${end} (digit ${d.labels[end]}) is the most active, ` +
        `|f| = ${num(Math.abs(d.f[(frames - 1) * d.K + end]))} of a largest ${num(top)}.`
      : 'no neuron is active.');
  const rows = [
    {
      swatch: [h('rect', { x: 0, y: -5, width: 22, height: 10, fill: OKABE_ITO.blue })],
      text: `darkest: |f| = ${num(top)}, the largest of the run`,
    },
  ];
  return xyScene(NAME, f, marks, rows, label);
}

export function renderHeat(
  svg: SVGSVGElement,
  data: HeatData,
  opts: { width: number; height?: number },
): void {
  paintScene(svg, heatScene(data, opts));
}
