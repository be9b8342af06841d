import { describe, expect, it } from 'vitest';
import { parseMnistAsset } from '../data/mnist-format';
import { splitMnist } from '../classifier/kh-split';
import { mnistAssetBytes } from '../../test-utils/mnist-asset';
import { bufferAfter, concatData } from './buffer';
import { buildTasks } from './tasks';

const split = splitMnist(parseMnistAsset(mnistAssetBytes()), 200);
const D = 784;
const classTasks = buildTasks(split, { kind: 'class', tasks: 5, perClass: 15, seed: 1 });
const permTasks = buildTasks(split, { kind: 'permuted', tasks: 3, perClass: 4, seed: 2 });

const counts = (labels: ArrayLike<number>) => {
  const c = new Map<number, number>();
  for (const l of Array.from(labels)) c.set(l, (c.get(l) ?? 0) + 1);
  return c;
};

/** Row k of a set as a key, to find it in the tasks. */
const rowKey = (images: Float64Array, k: number) => images.subarray(k * D, (k + 1) * D).join(',');

describe('rehearsal buffer', () => {
  it('balanced: equal shares per class seen, within one', () => {
    const b = bufferAfter(classTasks, 2, 40, 'balanced', 7);
    expect(b.labels.length).toBe(40);
    const c = counts(b.labels);
    expect([...c.keys()].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    for (const n of c.values()) expect(n === 6 || n === 7).toBe(true);
    // Every buffered digit is a training digit of a task seen, with its label.
    const known = new Map<string, number>();
    for (const t of classTasks.slice(0, 3)) {
      for (let k = 0; k < t.train.labels.length; k++)
        known.set(rowKey(t.train.images, k), t.train.labels[k]);
    }
    for (let k = 0; k < b.labels.length; k++)
      expect(known.get(rowKey(b.images, k))).toBe(b.labels[k]);
  });

  it('balanced shares are per (task, label) in a permuted sequence', () => {
    const b = bufferAfter(permTasks, 1, 30, 'balanced', 3);
    // 20 (task, label) classes: the first ten get 2, the rest 1 — labels 0–9 each 3 in all.
    expect(b.labels.length).toBe(30);
    for (const n of counts(b.labels).values()) expect(n).toBe(3);
  });

  it('a buffer as large as the past holds exactly the past tasks, in order', () => {
    const all = concatData(
      classTasks.slice(0, 3).map((t) => t.train),
      D,
    );
    for (const selection of ['balanced', 'random'] as const) {
      const b = bufferAfter(classTasks, 2, 1000, selection, 5);
      expect(b.images).toEqual(all.images);
      expect(Array.from(b.labels)).toEqual(Array.from(all.labels));
    }
  });

  it('random: B of all past examples, seeded', () => {
    const a = bufferAfter(classTasks, 3, 25, 'random', 11);
    expect(a.labels.length).toBe(25);
    expect(bufferAfter(classTasks, 3, 25, 'random', 11)).toEqual(a);
    expect(bufferAfter(classTasks, 3, 25, 'random', 12).images).not.toEqual(a.images);
    for (const l of Array.from(a.labels)) expect(l).toBeLessThan(8);
  });

  it('balanced buffers only drop items as more classes arrive', () => {
    const keys = (upTo: number) => {
      const b = bufferAfter(classTasks, upTo, 20, 'balanced', 4);
      return new Set(Array.from({ length: b.labels.length }, (_, k) => rowKey(b.images, k)));
    };
    const before = keys(1);
    const after = keys(2);
    const kept = classTasks
      .slice(0, 2)
      .flatMap((t) =>
        Array.from({ length: t.train.labels.length }, (_, k) => rowKey(t.train.images, k)),
      );
    for (const k of kept) if (after.has(k)) expect(before.has(k)).toBe(true);
  });

  it('is empty before the first task or with B = 0', () => {
    expect(bufferAfter(classTasks, -1, 50, 'balanced', 1).labels.length).toBe(0);
    expect(bufferAfter(classTasks, 2, 0, 'random', 1).labels.length).toBe(0);
  });
});
