/**
 * The tasks of a sequence, cut from the fixed MNIST split (core/classifier/kh-split; pixels in
 * [−1, 1], labels 0–9), docs/models.md §8.2:
 *  - 'class' (class-incremental): the ten digits in `tasks` consecutive groups, the first
 *    10 mod tasks groups one digit larger: 2 → {0–4}, {5–9}; 3 → {0–3}, {4–6}, {7–9};
 *    4 → {0–2}, {3–5}, {6, 7}, {8, 9}; 5 → {0, 1}, {2, 3}, …, {8, 9};
 *  - 'permuted': every task holds all ten digits; task 0 keeps its pixels, task t > 0 reads pixel
 *    i of the digit at position perm_t[i] (perm_t = createRng(subSeed(seed, t)).permutation(D)),
 *    the same permutation for its train and test digits.
 * Train: the first `perClass` training digits of each of the task's classes in split order
 * (all of a class when it has fewer: digit 5 has 690 on the 10,000-digit asset), class by class.
 * Test: every test digit of the task's classes, in split order.
 */
import type { KhData } from '../classifier/kh-model';
import { createRng } from '../util/random';
import { subSeed } from '../util/sub-seed';
import type { TaskSpec } from './types';

export interface Task {
  /** "digits 0–1" or "permutation 2" (task 0 of a permuted sequence: "identity"). */
  name: string;
  classes: number[];
  train: KhData;
  test: KhData;
  /** Pixel i of a task digit = pixel permutation[i] of the split digit; null: unpermuted. */
  permutation: Int32Array | null;
}

const CLASSES = 10;

/** Consecutive class groups of the 'class' kind (the larger ones first). */
export function classGroups(tasks: number): number[][] {
  if (!Number.isInteger(tasks) || tasks < 1 || tasks > CLASSES) {
    throw new RangeError(`tasks must be a whole number from 1 to ${CLASSES} (got ${tasks})`);
  }
  const groups: number[][] = [];
  let next = 0;
  for (let t = 0; t < tasks; t++) {
    const size = Math.floor(CLASSES / tasks) + (t < CLASSES % tasks ? 1 : 0);
    groups.push(Array.from({ length: size }, (_, k) => next + k));
    next += size;
  }
  return groups;
}

/** Rows of `data` whose label is in `classes`, at most `perClass` of each (in order). */
function pick(data: KhData, classes: readonly number[], perClass: number): number[] {
  const left = new Map(classes.map((c) => [c, perClass]));
  const rows: number[] = [];
  for (const c of classes) {
    for (let r = 0; r < data.labels.length; r++) {
      if (data.labels[r] !== c) continue;
      const n = left.get(c)!;
      if (n === 0) break;
      left.set(c, n - 1);
      rows.push(r);
    }
  }
  return rows;
}

/** Rows `rows` of `data` (D pixels each), pixel i read at perm[i] when perm is given. */
function gather(data: KhData, rows: readonly number[], D: number, perm: Int32Array | null): KhData {
  const images = new Float64Array(rows.length * D);
  const labels = new Int32Array(rows.length);
  rows.forEach((r, k) => {
    const src = r * D;
    const dst = k * D;
    if (perm) for (let i = 0; i < D; i++) images[dst + i] = data.images[src + perm[i]];
    else images.set(data.images.subarray(src, src + D), dst);
    labels[k] = data.labels[r];
  });
  return { images, labels };
}

const span = (classes: readonly number[]) =>
  classes.length === 1 ? `digit ${classes[0]}` : `digits ${classes[0]}–${classes.at(-1)}`;

/** The tasks of `spec` on the split (D = images per row / labels). */
export function buildTasks(split: { train: KhData; test: KhData }, spec: TaskSpec): Task[] {
  const { kind, tasks, perClass, seed } = spec;
  if (!Number.isInteger(perClass) || perClass < 1) {
    throw new RangeError(`perClass must be a whole number ≥ 1 (got ${perClass})`);
  }
  if (!Number.isInteger(tasks) || tasks < 1 || tasks > 5) {
    throw new RangeError(`tasks must be a whole number from 1 to 5 (got ${tasks})`);
  }
  const N = split.train.labels.length;
  const D = N > 0 ? split.train.images.length / N : 784;
  if (!Number.isInteger(D) || D < 1) throw new RangeError('train images and labels do not match');
  if (kind === 'class') {
    return classGroups(tasks).map((classes) => ({
      name: span(classes),
      classes,
      train: gather(split.train, pick(split.train, classes, perClass), D, null),
      test: gather(split.test, pick(split.test, classes, Infinity), D, null),
      permutation: null,
    }));
  }
  if (kind !== 'permuted') throw new RangeError(`unknown task kind ${String(kind)}`);
  const all = Array.from({ length: CLASSES }, (_, c) => c);
  const trainRows = pick(split.train, all, perClass);
  const testRows = pick(split.test, all, Infinity);
  return Array.from({ length: tasks }, (_, t) => {
    const permutation = t === 0 ? null : createRng(subSeed(seed, t)).permutation(D);
    return {
      name: t === 0 ? 'identity' : `permutation ${t}`,
      classes: all,
      train: gather(split.train, trainRows, D, permutation),
      test: gather(split.test, testRows, D, permutation),
      permutation,
    };
  });
}
