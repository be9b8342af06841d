/** The sequential charts' scenes: one cell per trained row and task, a line per task, boundaries. */
import { describe, expect, it } from 'vitest';
import type { SceneNode } from '../../../../charts/svg-scene';
import { seqCurvesScene } from './seq-curves';
import { seqMatrixScene } from './seq-matrix';

const count = (nodes: readonly SceneNode[], cls: string): number =>
  nodes.reduce<number>((n, c) => n + (c.attrs.class === cls ? 1 : 0) + count(c.children, cls), 0);

describe('sequential charts', () => {
  it('draws the matrix with blanks for tasks not reached', () => {
    const s = seqMatrixScene(
      {
        name: 'n = 3',
        tasks: 3,
        matrix: [[0.9, 0, 0], [0.2, 0.95, 0], null],
        taskNames: ['0–3', '4–6', '7–9'],
      },
      { width: 320 },
    );
    expect(count(s.children, 'cell')).toBe(9);
    expect(String(s.attrs['aria-label'])).toMatch(/2 of 3 tasks trained/);
  });

  it('draws one line per task begun and a boundary per new task', () => {
    const curve = [
      { epoch: 1, task: 0, accuracy: [0.8, 0] },
      { epoch: 2, task: 1, accuracy: [0.3, 0.9] },
    ];
    const s = seqCurvesScene(
      { name: 'x', tasks: 2, epochsPerTask: 1, curve, taskNames: ['a', 'b'] },
      { width: 400 },
    );
    expect(count(s.children, 'task-line')).toBe(2);
    expect(count(s.children, 'task-boundary')).toBe(1);
  });
});
