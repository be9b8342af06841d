/**
 * The state x(t): a square picture when the memories are images (min–max scaled from paper to
 * ink in the colours of the project's pattern pictures, one <image> from a pure PNG data URL so
 * a 784-pixel state stays one element), else a bar strip of its first STRIP_MAX values.
 * Framework-free scene.
 */
import { num } from '../../../../charts/frame';
import { LINE, NEGATIVE } from '../../../../charts/palette';
import { designWidth, emptyScene, MUTED, rootAttrs } from '../../../../charts/scene-frame';
import { extentWith, valueRule, xyFrame, xyScene } from '../../../../charts/scene-xy';
import { h, paintScene, type Scene, type SceneNode } from '../../../../charts/svg-scene';
import { pngDataUrl } from './png';

export interface StateData {
  x: ArrayLike<number>;
  /** Image side when the state is a square picture (side² values), else null: a strip. */
  side: number | null;
  width?: number;
}

export const STRIP_MAX = 400;
const NAME = 'cdam-state';
/** Ink and paper of src/charts/pattern-image.ts. */
const INK = [26, 32, 64];
const PAPER = [250, 250, 247];

/** The finite minimum and maximum of the first n values ([0, 0] when none). */
export function valueRange(x: ArrayLike<number>, n = x.length): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++)
    if (Number.isFinite(x[i])) {
      lo = Math.min(lo, x[i]);
      hi = Math.max(hi, x[i]);
    }
  return lo <= hi ? [lo, hi] : [0, 0];
}

/** RGB pixels of a side × side state, min–max scaled: the least value paper, the largest ink. */
export function stateRgb(x: ArrayLike<number>, side: number): Uint8Array {
  const n = side * side;
  const [lo, hi] = valueRange(x, n);
  const out = new Uint8Array(3 * n);
  for (let i = 0; i < n; i++) {
    const t = hi > lo && Number.isFinite(x[i]) ? (x[i] - lo) / (hi - lo) : 0;
    for (let c = 0; c < 3; c++) out[3 * i + c] = Math.round(PAPER[c] + (INK[c] - PAPER[c]) * t);
  }
  return out;
}

/** The state as a PNG data URL (also for the memories' thumbnails in the graph). */
export const stateImageUrl = (x: ArrayLike<number>, side: number): string =>
  pngDataUrl(side, side, stateRgb(x, side));

function imageScene(d: StateData, side: number): Scene {
  const width = designWidth(d.width ?? 280);
  const size = Math.min(width - 24, 280);
  const [lo, hi] = valueRange(d.x, side * side);
  const caption = `${side} × ${side}, paper ${num(lo)} … ink ${num(hi)}`;
  const x0 = (width - size) / 2;
  return {
    attrs: rootAttrs(
      NAME,
      width,
      size + 30,
      `The state as a ${side} × ${side} picture, values ${num(lo)} … ${num(hi)}.`,
    ),
    children: [
      h('image', {
        class: 'state-picture',
        href: stateImageUrl(d.x, side),
        x: x0,
        y: 4,
        width: size,
        height: size,
        preserveAspectRatio: 'none',
        'image-rendering': 'pixelated',
        style: 'image-rendering: pixelated',
      }),
      h('rect', {
        x: x0,
        y: 4,
        width: size,
        height: size,
        fill: 'none',
        stroke: 'currentColor',
        'stroke-opacity': 0.45,
      }),
      h(
        'text',
        { class: 'caption', x: width / 2, y: size + 22, 'text-anchor': 'middle', ...MUTED },
        caption,
      ),
    ],
  };
}

function stripScene(d: StateData): Scene {
  const N = d.x.length;
  const n = Math.min(N, STRIP_MAX);
  const vals = Array.from({ length: n }, (_, i) => (Number.isFinite(d.x[i]) ? d.x[i] : 0));
  const f = xyFrame({
    width: d.width ?? 480,
    height: 180,
    x: [0, n],
    y: extentWith(vals, 0),
    niceY: true,
    xTitle: n < N ? `component i (the first ${n} of ${N})` : 'component i',
    yTitle: 'x_i',
  });
  const w = (f.x1 - f.x0) / n;
  const zero = f.y(0);
  const bars: SceneNode[] = vals.map((v, i) => {
    const y = f.y(v);
    return h('rect', {
      class: 'bar',
      x: f.x(i),
      y: Math.min(y, zero),
      width: Math.max(0.5, w * 0.85),
      height: Math.abs(zero - y),
      fill: v < 0 ? NEGATIVE : LINE,
    });
  });
  const [lo, hi] = valueRange(d.x);
  const label = `The state's ${n < N ? `first ${n} of ${N}` : N} components as bars, values ${num(lo)} … ${num(hi)}.`;
  return xyScene(NAME, f, [...bars, valueRule(f, 0, '0')], [], label);
}

export function stateScene(d: StateData): Scene {
  const N = d.x.length;
  if (N === 0) return emptyScene(NAME, d.width ?? 280, 120, 'The state: no run yet.');
  const side = d.side;
  if (side !== null && Number.isInteger(side) && side > 0 && N >= side * side)
    return imageScene(d, side);
  return stripScene(d);
}

export function renderState(svg: SVGSVGElement, d: StateData, o: { width: number }): void {
  paintScene(svg, stateScene({ ...d, width: o.width }));
}
