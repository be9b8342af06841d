/**
 * The rehearsal buffer (docs/models.md §8.2, "naive rehearsal"): after task `upTo`, B stored
 * training examples of tasks 0 … upTo, trained on again alongside the next task's digits.
 *  - 'balanced': an equal share per class seen, where a class is a (task, label) pair (in a
 *    permuted sequence digit 3 of task 0 and of task 1 are different inputs): B is dealt round
 *    robin over the classes in task order, a class that runs out of examples dropping out, so
 *    the shares differ by at most one and B ≥ all past examples keeps all of them. Within a class
 *    the examples are the first `share` of a seeded permutation that depends only on
 *    (seed, task, label), so as shares shrink with more classes the buffer only drops items.
 *  - 'random': B examples drawn uniformly without replacement from all past examples
 *    (createRng(subSeed(seed, 2, upTo))).
 * The chosen examples come in their tasks' order (task by task, class by class, in split order):
 * a buffer holding all of the past is exactly tasks[0].train ++ … ++ tasks[upTo].train.
 */
import type { KhData } from '../classifier/kh-model';
import { createRng } from '../util/random';
import { subSeed } from '../util/sub-seed';
import type { Task } from './tasks';

export type BufferSelection = 'balanced' | 'random';

interface Group {
  task: number;
  label: number;
  /** Rows of tasks[task].train with this label. */
  rows: number[];
}

function groupsOf(tasks: readonly Task[], upTo: number): Group[] {
  const groups: Group[] = [];
  for (let t = 0; t <= upTo; t++) {
    const { labels } = tasks[t].train;
    const byLabel = new Map<number, number[]>();
    for (let r = 0; r < labels.length; r++) {
      const l = labels[r];
      let rows = byLabel.get(l);
      if (!rows) byLabel.set(l, (rows = []));
      rows.push(r);
    }
    for (const [label, rows] of byLabel) groups.push({ task: t, label, rows });
  }
  return groups;
}

/** Shares of B dealt one at a time over the groups with room left. */
function shares(sizes: readonly number[], B: number): number[] {
  const q = sizes.map(() => 0);
  let left = Math.min(
    B,
    sizes.reduce((a, b) => a + b, 0),
  );
  while (left > 0) {
    for (let g = 0; g < sizes.length && left > 0; g++) {
      if (q[g] < sizes[g]) {
        q[g]++;
        left--;
      }
    }
  }
  return q;
}

/** Pixels per example of the tasks (from the first non-empty set; 0 when all are empty). */
function rowLength(tasks: readonly Task[]): number {
  for (const t of tasks) {
    for (const set of [t.train, t.test]) {
      if (set.labels.length > 0) return set.images.length / set.labels.length;
    }
  }
  return 0;
}

/** The sets one after another (D pixels a row). */
export function concatData(sets: readonly KhData[], D: number): KhData {
  const N = sets.reduce((a, s) => a + s.labels.length, 0);
  const images = new Float64Array(N * D);
  const labels = new Int32Array(N);
  let at = 0;
  for (const s of sets) {
    if (s.images.length !== s.labels.length * D)
      throw new RangeError('images and labels do not match D');
    images.set(s.images, at * D);
    labels.set(s.labels, at);
    at += s.labels.length;
  }
  return { images, labels };
}

/** The buffer after task `upTo` (empty for upTo < 0 or B = 0). */
export function bufferAfter(
  tasks: readonly Task[],
  upTo: number,
  B: number,
  selection: BufferSelection,
  seed: number,
): KhData {
  if (!Number.isInteger(B) || B < 0) throw new RangeError(`buffer must be a whole number ≥ 0`);
  if (upTo >= tasks.length) throw new RangeError(`task ${upTo} is past the last task`);
  const D = rowLength(tasks);
  const chosen: { task: number; row: number }[] = [];
  if (upTo >= 0 && B > 0) {
    const groups = groupsOf(tasks, upTo);
    if (selection === 'balanced') {
      const q = shares(
        groups.map((g) => g.rows.length),
        B,
      );
      const picked: number[][] = tasks.map(() => []);
      groups.forEach((g, k) => {
        const perm = createRng(subSeed(seed, 1, g.task, g.label)).permutation(g.rows.length);
        for (let i = 0; i < q[k]; i++) picked[g.task].push(g.rows[perm[i]]);
      });
      for (let t = 0; t <= upTo; t++) {
        for (const row of picked[t].sort((a, b) => a - b)) chosen.push({ task: t, row });
      }
    } else if (selection === 'random') {
      const pool: { task: number; row: number }[] = [];
      for (let t = 0; t <= upTo; t++) {
        for (let r = 0; r < tasks[t].train.labels.length; r++) pool.push({ task: t, row: r });
      }
      const perm = createRng(subSeed(seed, 2, upTo)).permutation(pool.length);
      const take = Array.from(perm.subarray(0, Math.min(B, pool.length))).sort((a, b) => a - b);
      for (const k of take) chosen.push(pool[k]);
    } else {
      throw new RangeError(`unknown buffer selection ${String(selection)}`);
    }
  }
  const images = new Float64Array(chosen.length * D);
  const labels = new Int32Array(chosen.length);
  chosen.forEach(({ task, row }, k) => {
    const src = tasks[task].train;
    images.set(src.images.subarray(row * D, (row + 1) * D), k * D);
    labels[k] = src.labels[row];
  });
  return { images, labels };
}
