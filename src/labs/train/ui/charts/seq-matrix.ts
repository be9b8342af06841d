/**
 * The task-by-task accuracy matrix of one sequential run: row i is the accuracy on every task j
 * after training task i (rows not reached yet are blank), each cell coloured from 0 (white) to 1
 * (dark blue) with its value written in it. Framework-free scene.
 */
import { interpolateBlues } from 'd3';
import { designWidth, emptyScene, MUTED, rootAttrs } from '../../../../charts/scene-frame';
import { h, paintScene, type Scene, type SceneNode } from '../../../../charts/svg-scene';

export interface SeqMatrixData {
  name: string;
  tasks: number;
  /** Row i (null until task i has ended): accuracy on task j after task i. */
  matrix: (number[] | null)[];
  /** Task names for the axes ("0–1", "2–3", or "task 1"). */
  taskNames: string[];
}

const NAME = 'seq-matrix';

export const accuracyColour = (a: number): string =>
  interpolateBlues(0.05 + 0.9 * Math.max(0, Math.min(1, a)));

export function seqMatrixScene(d: SeqMatrixData, o: { width: number }): Scene {
  const width = Math.min(designWidth(o.width), 360);
  if (d.tasks < 1) return emptyScene(NAME, width, 120, 'Train a sequence to see its matrix.');
  const left = 64;
  const top = 36;
  const side = Math.min(width - left - 12, 36 * d.tasks + 40);
  const c = side / d.tasks;
  const cells: SceneNode[] = [];
  for (let i = 0; i < d.tasks; i++) {
    const row = d.matrix[i];
    for (let j = 0; j < d.tasks; j++) {
      const a = row ? row[j] : null;
      const x = left + j * c;
      const y = top + i * c;
      cells.push(
        h('rect', {
          class: 'cell',
          x,
          y,
          width: c - 1,
          height: c - 1,
          fill: a === null ? 'none' : accuracyColour(a),
          stroke: a === null ? 'currentColor' : 'none',
          'stroke-opacity': 0.15,
        }),
      );
      if (a !== null)
        cells.push(
          h(
            'text',
            {
              x: x + c / 2,
              y: y + c / 2 + 4,
              'text-anchor': 'middle',
              fill: a > 0.55 ? '#fff' : '#111',
              'font-size': Math.min(12, c / 3),
            },
            (100 * a).toFixed(0),
          ),
        );
    }
  }
  const labels: SceneNode[] = [];
  for (let k = 0; k < d.tasks; k++) {
    labels.push(
      h(
        'text',
        { x: left + k * c + c / 2, y: top - 6, 'text-anchor': 'middle', ...MUTED },
        d.taskNames[k] ?? `${k + 1}`,
      ),
    );
    labels.push(
      h(
        'text',
        { x: left - 6, y: top + k * c + c / 2 + 4, 'text-anchor': 'end', ...MUTED },
        `after ${d.taskNames[k] ?? k + 1}`,
      ),
    );
  }
  const height = top + side + 30;
  const done = d.matrix.filter(Boolean).length;
  const last = d.matrix[d.tasks - 1];
  const label =
    `Accuracy matrix of ${d.name}: ${done} of ${d.tasks} tasks trained` +
    (last
      ? `; after the last task, accuracy per task ${last.map((a) => `${(100 * a).toFixed(0)}%`).join(', ')}.`
      : '.');
  return {
    attrs: rootAttrs(NAME, width, height, label),
    children: [
      h('text', { class: 'panel-title', x: 8, y: 14 }, d.name),
      ...labels,
      ...cells,
      h(
        'text',
        { x: left, y: top + side + 20, ...MUTED },
        'accuracy on task (%) — columns; rows: after training',
      ),
    ],
  };
}

export function renderSeqMatrix(svg: SVGSVGElement, d: SeqMatrixData, o: { width: number }): void {
  paintScene(svg, seqMatrixScene(d, o));
}
