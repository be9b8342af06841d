/**
 * ROC curves on a square plot: true against false positive rate for each score, the diagonal of
 * chance, and each curve's area under it (AUC) in the legend.
 */
import { num } from '../../../../charts/frame';
import { emptyScene, line, lineSwatch, RULE } from '../../../../charts/scene-frame';
import { seriesDash, seriesLine, xyFrame, xyScene } from '../../../../charts/scene-xy';
import { SERIES } from '../../../../charts/palette';
import { paintScene, type Scene, type SceneNode } from '../../../../charts/svg-scene';

export interface RocCurve {
  label: string;
  /** From (0, 0) to (1, 1), ascending in fpr. */
  fpr: Float64Array;
  tpr: Float64Array;
  auc: number;
}

export interface RocChartData {
  curves: readonly RocCurve[];
}

const NAME = 'roc-chart';
const TITLE = 'ROC curves';

const aucText = (auc: number) => (Number.isFinite(auc) ? `AUC ${num(auc)}` : 'AUC n/a');

export function rocChartScene(data: RocChartData, opts: { width: number; height?: number }): Scene {
  const curves = data.curves.filter((c) => c.fpr.length > 0 && c.fpr.length === c.tpr.length);
  const height = opts.height ?? Math.round(Math.min(420, Math.max(240, opts.width)));
  if (!curves.length) return emptyScene(NAME, opts.width, height, `${TITLE}: no data yet`);
  const f = xyFrame({
    width: opts.width,
    height,
    x: [0, 1],
    y: [0, 1],
    square: true,
    xTitle: 'false positive rate',
    yTitle: 'true positive rate',
  });
  const marks: SceneNode[] = [
    line(f.x(0), f.y(0), f.x(1), f.y(1), { ...RULE, class: 'chance', 'stroke-dasharray': '4 3' }),
  ];
  const rows = curves.map((c, i) => {
    const colour = SERIES[i % SERIES.length];
    marks.push(
      seriesLine(
        'roc-line',
        Array.from(c.fpr, (v) => f.x(v)),
        Array.from(c.tpr, (v) => f.y(v)),
        colour,
        i,
        { 'data-curve': c.label },
      ),
    );
    return { swatch: lineSwatch(colour, seriesDash(i)), text: `${c.label}: ${aucText(c.auc)}` };
  });
  rows.push({
    swatch: lineSwatch('currentColor', '4 3'),
    text: 'diagonal: chance (AUC 0.5)',
  });
  const label =
    `${TITLE}, true against false positive rate: ` +
    curves.map((c) => `${c.label} ${aucText(c.auc)}`).join('; ') +
    '. The diagonal is chance, AUC 0.5.';
  return xyScene(NAME, f, marks, rows, label);
}

/** Draws the ROC curves into `svg` (a full redraw). */
export function renderRocChart(
  svg: SVGSVGElement,
  data: RocChartData,
  opts: { width: number; height?: number },
): void {
  paintScene(svg, rocChartScene(data, opts));
}
