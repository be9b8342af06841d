/**
 * Forgetting curves of one sequential run: the test accuracy on each task (one line per task)
 * over the epochs of the whole sequence, with the task boundaries marked and each task's own
 * training stretch shaded. Framework-free scene.
 */
import { scaleLinear } from 'd3';
import { SERIES } from '../../../../charts/palette';
import {
  axisTitle,
  bottomAxis,
  designWidth,
  emptyScene,
  leftAxis,
  legend,
  line,
  lineSwatch,
  RULE,
  rootAttrs,
  tickCount,
} from '../../../../charts/scene-frame';
import { h, paintScene, type Scene, type SceneNode } from '../../../../charts/svg-scene';

export interface SeqCurvesData {
  name: string;
  tasks: number;
  epochsPerTask: number;
  curve: { epoch: number; task: number; accuracy: number[] }[];
  taskNames: string[];
}

const NAME = 'seq-curves';

export function seqCurvesScene(d: SeqCurvesData, o: { width: number }): Scene {
  const width = designWidth(o.width);
  if (!d.curve.length || d.tasks < 1)
    return emptyScene(
      NAME,
      width,
      180,
      'Accuracy on each task appears here as the sequence trains.',
    );
  const total = d.tasks * d.epochsPerTask;
  const m = { left: 44, right: 12, top: 22, bottom: 34 };
  const plotH = 170;
  const x = scaleLinear()
    .domain([0, total])
    .range([m.left, width - m.right]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([m.top + plotH, m.top]);
  const bounds: SceneNode[] = [];
  for (let t = 1; t < d.tasks; t++) {
    const bx = x(t * d.epochsPerTask);
    bounds.push(
      line(bx, m.top, bx, m.top + plotH, {
        class: 'task-boundary',
        ...RULE,
        'stroke-dasharray': '3 3',
      }),
    );
  }
  const lines: SceneNode[] = [];
  for (let j = 0; j < d.tasks; j++) {
    const pts = d.curve
      .filter((p) => p.task >= j)
      .map((p) => `${x(p.epoch).toFixed(1)},${y(p.accuracy[j]).toFixed(1)}`);
    if (pts.length)
      lines.push(
        h('polyline', {
          class: 'task-line',
          points: pts.join(' '),
          fill: 'none',
          stroke: SERIES[j % SERIES.length],
          'stroke-width': 2,
        }),
      );
  }
  const key = legend(
    Array.from({ length: d.tasks }, (_, j) => ({
      swatch: lineSwatch(SERIES[j % SERIES.length]),
      text: `task ${d.taskNames[j] ?? j + 1}`,
    })),
    m.left,
    m.top + plotH + m.bottom + 4,
    width,
  );
  const height = m.top + plotH + m.bottom + 8 + key.rows * 16;
  const last = d.curve[d.curve.length - 1];
  const label = `Test accuracy on each of ${d.tasks} tasks over ${last.epoch} epochs of ${d.name}; now ${last.accuracy.map((a) => `${(100 * a).toFixed(0)}%`).join(', ')}.`;
  return {
    attrs: rootAttrs(NAME, width, height, label),
    children: [
      h('text', { class: 'panel-title', x: m.left, y: 14 }, d.name),
      bottomAxis(x, m.top + plotH, Math.min(tickCount(width - m.left - m.right), total)),
      leftAxis(y, m.left, 5),
      axisTitle(
        'epoch (dashed: a new task starts)',
        (m.left + width - m.right) / 2,
        m.top + plotH + 30,
      ),
      ...bounds,
      ...lines,
      key.node,
    ],
  };
}

export function renderSeqCurves(svg: SVGSVGElement, d: SeqCurvesData, o: { width: number }): void {
  paintScene(svg, seqCurvesScene(d, o));
}
