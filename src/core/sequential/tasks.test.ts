import { describe, expect, it } from 'vitest';
import { parseMnistAsset } from '../data/mnist-format';
import { splitMnist } from '../classifier/kh-split';
import { mnistAssetBytes } from '../../test-utils/mnist-asset';
import { buildTasks, classGroups } from './tasks';

const split = splitMnist(parseMnistAsset(mnistAssetBytes()), 300);
const D = 784;

const countOf = (labels: ArrayLike<number>, c: number) =>
  Array.from(labels).filter((l) => l === c).length;

describe('sequential tasks', () => {
  it('cuts the digits into consecutive class groups, the larger first', () => {
    expect(classGroups(5)).toEqual([
      [0, 1],
      [2, 3],
      [4, 5],
      [6, 7],
      [8, 9],
    ]);
    expect(classGroups(2)).toEqual([
      [0, 1, 2, 3, 4],
      [5, 6, 7, 8, 9],
    ]);
    expect(classGroups(3)).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    expect(classGroups(4)).toEqual([
      [0, 1, 2],
      [3, 4, 5],
      [6, 7],
      [8, 9],
    ]);
  });

  it('class tasks: perClass training digits of each class, every test digit of its classes', () => {
    const tasks = buildTasks(split, { kind: 'class', tasks: 5, perClass: 12, seed: 1 });
    expect(tasks.map((t) => t.name)).toEqual([
      'digits 0–1',
      'digits 2–3',
      'digits 4–5',
      'digits 6–7',
      'digits 8–9',
    ]);
    let tests = 0;
    for (const t of tasks) {
      expect(t.permutation).toBeNull();
      expect(t.train.labels.length).toBe(24);
      expect(t.train.images.length).toBe(24 * D);
      for (const c of t.classes) {
        expect(countOf(t.train.labels, c)).toBe(12);
        expect(countOf(t.test.labels, c)).toBe(countOf(split.test.labels, c));
      }
      expect(t.test.images.length).toBe(t.test.labels.length * D);
      tests += t.test.labels.length;
    }
    expect(tests).toBe(split.test.labels.length);
    // The first 12 of class 2 in split order, pixel for pixel.
    const first2 = Array.from(split.train.labels).indexOf(2);
    expect(tasks[1].train.images.subarray(0, D)).toEqual(
      split.train.images.subarray(first2 * D, (first2 + 1) * D),
    );
  });

  it('takes all of a class that has fewer digits than perClass', () => {
    const tasks = buildTasks(split, { kind: 'class', tasks: 2, perClass: 50, seed: 1 });
    expect(tasks[0].train.labels.length).toBe(5 * 30);
  });

  it('permuted tasks: all ten classes, task 0 as is, later tasks one seeded permutation each', () => {
    const spec = { kind: 'permuted' as const, tasks: 3, perClass: 5, seed: 9 };
    const tasks = buildTasks(split, spec);
    expect(tasks.map((t) => t.name)).toEqual(['identity', 'permutation 1', 'permutation 2']);
    expect(tasks[0].permutation).toBeNull();
    for (const t of tasks) {
      expect(t.classes).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(t.train.labels.length).toBe(50);
      expect(t.test.labels.length).toBe(split.test.labels.length);
      expect(Array.from(t.train.labels)).toEqual(Array.from(tasks[0].train.labels));
    }
    const perm = tasks[1].permutation!;
    expect([...perm].sort((a, b) => a - b)).toEqual(Array.from({ length: D }, (_, i) => i));
    expect(tasks[2].permutation).not.toEqual(perm);
    for (const [set, base] of [
      [tasks[1].train, tasks[0].train],
      [tasks[1].test, tasks[0].test],
    ] as const) {
      for (const r of [0, 7]) {
        for (const i of [0, 100, 400, 783]) {
          expect(set.images[r * D + i]).toBe(base.images[r * D + perm[i]]);
        }
      }
    }
    expect(buildTasks(split, spec)[2].train.images).toEqual(tasks[2].train.images);
    expect(buildTasks(split, { ...spec, seed: 10 })[1].permutation).not.toEqual(perm);
  });
});
