/**
 * A linear classifier's weights against the quantile of the sorted energy profile they read
 * (0 = the lowest-energy unit … 1 = the highest), with the zero line: a weight above zero moves
 * the decision towards "spurious", below zero towards a stored or learned state.
 */
import { num } from '../../../../charts/frame';
import { emptyScene, lineSwatch } from '../../../../charts/scene-frame';
import { seriesDash, seriesLine, unitFrame, xyScene } from '../../../../charts/scene-xy';
import { SERIES } from '../../../../charts/palette';
import { h, paintScene, type Scene, type SceneNode } from '../../../../charts/svg-scene';

export interface WeightsModel {
  label: string;
  /** One weight per profile quantile, lowest-energy quantile first. */
  w: Float64Array;
}

export interface WeightsPlotData {
  models: readonly WeightsModel[];
}

const NAME = 'weights-plot';
const TITLE =
  'Classifier weights against the sorted-profile quantile (0 = lowest-energy unit, 1 = highest)';
export const SIGN_NOTE =
  'A weight above zero → spurious: a larger energy at that quantile makes the state more ' +
  'likely spurious; below zero, more likely a stored state.';
/** Dots on the line up to this many weights. */
const DOTS = 40;

const quantile = (j: number, L: number) => (L > 1 ? j / (L - 1) : 0.5);

function describe(models: readonly WeightsModel[]): string {
  const parts = models.map((m) => {
    let hi = 0;
    let lo = 0;
    m.w.forEach((v, j) => {
      if (v > m.w[hi]) hi = j;
      if (v < m.w[lo]) lo = j;
    });
    const L = m.w.length;
    return (
      `${m.label}: ${L} weights, largest ${num(m.w[hi])} at quantile ${num(quantile(hi, L))}, ` +
      `smallest ${num(m.w[lo])} at quantile ${num(quantile(lo, L))}`
    );
  });
  return `${TITLE}: ${parts.join('; ')}. ${SIGN_NOTE}`;
}

export function weightsPlotScene(
  data: WeightsPlotData,
  opts: { width: number; height?: number },
): Scene {
  const models = data.models.filter((m) => m.w.length > 0 && m.w.every((v) => Number.isFinite(v)));
  const height = opts.height ?? Math.round(Math.min(300, Math.max(200, opts.width * 0.45)));
  if (!models.length) return emptyScene(NAME, opts.width, height, `${TITLE}: no data yet`);
  const { f, zero } = unitFrame({
    width: opts.width,
    height,
    values: models.flatMap((m) => Array.from(m.w)),
    xTitle: 'quantile of the sorted profile (0 = lowest energy)',
    yTitle: 'weight (> 0 → spurious)',
  });
  const marks: SceneNode[] = [zero];
  const rows = models.map((m, i) => {
    const colour = SERIES[i % SERIES.length];
    const L = m.w.length;
    const xs = Array.from(m.w, (_, j) => f.x(quantile(j, L)));
    const ys = Array.from(m.w, (v) => f.y(v));
    const dots =
      L <= DOTS
        ? xs.map((x, j) =>
            h('circle', { class: 'weight-dot', cx: x, cy: ys[j], r: 2.5, fill: colour }),
          )
        : [];
    marks.push(
      h('g', { class: 'model', 'data-model': m.label }, [
        seriesLine('weights-line', xs, ys, colour, i),
        ...dots,
      ]),
    );
    return { swatch: lineSwatch(colour, seriesDash(i)), text: `${m.label} (${L} weights)` };
  });
  rows.push({ swatch: [h('text', { x: 2, y: 4 }, '→')], text: SIGN_NOTE });
  return xyScene(NAME, f, marks, rows, describe(models));
}

/** Draws the weights into `svg` (a full redraw). */
export function renderWeightsPlot(
  svg: SVGSVGElement,
  data: WeightsPlotData,
  opts: { width: number; height?: number },
): void {
  paintScene(svg, weightsPlotScene(data, opts));
}
