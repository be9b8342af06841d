/**
 * The U-Hop+ training against iteration: the separation loss, and the minimum pairwise angle
 * of the normalised features with the Tammes optimum for that M (when known) and the
 * Proposition 3.1 lower and upper bounds as labelled dashed rules, and the iteration the
 * scrubber shows as a vertical rule. Framework-free scene.
 */
import { num } from '../../../../charts/frame';
import { LINE, OKABE_ITO } from '../../../../charts/palette';
import { emptyScene, line, RULE } from '../../../../charts/scene-frame';
import {
  extentWith,
  seriesLine,
  valueRule,
  xyFrame,
  xyScene,
  type XyFrame,
} from '../../../../charts/scene-xy';
import { h, paintScene, type Scene, type SceneNode } from '../../../../charts/svg-scene';
import type { UhopStep } from '../../../../core/kernel/types';

export interface CurveData {
  history: readonly UhopStep[];
  /** Iterations the training runs to (the x axis spans 0 … total while it runs). */
  total: number;
  tammesDeg: number | null;
  boundsDeg: { lower: number; upper: number } | null;
  /** The iteration the scrubber shows, or null. */
  scrub: number | null;
}

export interface CurveOptions {
  width: number;
  height?: number;
  which: 'loss' | 'angle';
}

const swatchLine = (colour: string, dash?: string): SceneNode[] => [
  h('line', { x1: 0, x2: 22, stroke: colour, 'stroke-width': 2, 'stroke-dasharray': dash }),
];

function scrubRule(f: XyFrame, at: number | null): SceneNode[] {
  if (at === null) return [];
  const px = f.x(at);
  return [line(px, f.y0, px, f.y1, { ...RULE, class: 'scrub-rule', 'stroke-width': 1.5 })];
}

export function curveScene(d: CurveData, o: CurveOptions): Scene {
  const name = `kernel-${o.which}-curve`;
  const height = o.height ?? 220;
  const title = o.which === 'loss' ? 'Separation loss' : 'Minimum angle';
  if (d.history.length === 0)
    return emptyScene(name, o.width, 120, `${title} against iteration: train to draw it.`);
  const xs = d.history.map((s) => s.iteration);
  const ys = d.history.map((s) => (o.which === 'loss' ? s.loss : s.minAngleDeg));
  const extra: number[] = [];
  if (o.which === 'angle') {
    if (d.tammesDeg !== null) extra.push(d.tammesDeg);
    if (d.boundsDeg) extra.push(d.boundsDeg.lower, d.boundsDeg.upper);
  }
  const yDomain = extentWith([...ys, ...extra], ys[0]);
  const f = xyFrame({
    width: o.width,
    height,
    x: [0, Math.max(1, d.total, xs[xs.length - 1])],
    y: o.which === 'angle' ? [Math.max(0, yDomain[0] - 5), Math.min(180, yDomain[1] + 5)] : yDomain,
    xTitle: 'U-Hop+ iteration',
    yTitle: o.which === 'loss' ? 'separation loss' : 'minimum angle (°)',
    niceY: true,
  });
  const marks: SceneNode[] = [];
  const rows = [
    {
      swatch: swatchLine(LINE),
      text: o.which === 'loss' ? 'loss L(W)' : 'smallest pairwise angle',
    },
  ];
  if (o.which === 'angle' && d.tammesDeg !== null) {
    marks.push(
      h('g', { class: 'tammes-line' }, [
        valueRule(f, d.tammesDeg, `Tammes optimum ${num(d.tammesDeg)}°`),
      ]),
    );
    rows.push({ swatch: swatchLine('currentColor', '4 3'), text: 'Tammes optimum for this M' });
  }
  if (o.which === 'angle' && d.boundsDeg) {
    for (const [k, v] of [
      ['lower', d.boundsDeg.lower],
      ['upper', d.boundsDeg.upper],
    ] as const) {
      const py = f.y(v);
      marks.push(
        h('g', { class: `bound-${k}` }, [
          line(f.x0, py, f.x1, py, {
            stroke: OKABE_ITO.vermillion,
            'stroke-width': 1.5,
            'stroke-dasharray': '2 3',
          }),
          h(
            'text',
            { x: f.x0 + 4, y: py + (k === 'lower' ? 12 : -4), fill: OKABE_ITO.vermillion },
            `Prop. 3.1 ${k} bound ${num(v)}°`,
          ),
        ]),
      );
    }
    rows.push({
      swatch: swatchLine(OKABE_ITO.vermillion, '2 3'),
      text: 'Proposition 3.1 bounds on the minimum separation',
    });
  }
  marks.push(seriesLine('history-line', xs.map(f.x), ys.map(f.y), LINE, 0));
  marks.push(...scrubRule(f, d.scrub));
  const last = d.history[d.history.length - 1];
  const first = d.history[0];
  const value = (s: UhopStep) => (o.which === 'loss' ? num(s.loss) : `${num(s.minAngleDeg)}°`);
  const label =
    `${title} against U-Hop+ iteration, ${d.history.length} points: ` +
    `${value(first)} at iteration ${first.iteration}, ${value(last)} at iteration ${last.iteration}` +
    (o.which === 'angle' && d.tammesDeg !== null ? `; Tammes optimum ${num(d.tammesDeg)}°` : '') +
    (o.which === 'angle' && d.boundsDeg
      ? `; Proposition 3.1 bounds ${num(d.boundsDeg.lower)}° and ${num(d.boundsDeg.upper)}°`
      : '') +
    '.';
  return xyScene(name, f, marks, rows, label);
}

export function renderCurve(svg: SVGSVGElement, d: CurveData, o: CurveOptions): void {
  paintScene(svg, curveScene(d, o));
}
