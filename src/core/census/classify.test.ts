import { describe, expect, it } from 'vitest';
import { createRng } from '../util/random';
import { classifyState } from './classify';
import { buildNetwork } from './network';
import { isFixedPoint } from './profile';
import { relax } from './relax';
import { buildTask, randomSigns } from './task';
import { handTask } from './test-nets';

const N = 100;
const mix = (rows: Int8Array, groups: number[], signs: number[]) => {
  const out = new Int8Array(N);
  for (let i = 0; i < N; i++) {
    let s = 0;
    groups.forEach((g, k) => (s += signs[k] * rows[g * N + i]));
    out[i] = s > 0 ? 1 : -1;
  }
  return out;
};

describe('classifyState on hand-built tasks', () => {
  const task = buildTask({ kind: 'random', side: 10, P: 6, E: 3, p: 0.1, nonExamples: 2, seed: 4 });
  it('learned before prototype; a non-example is learned too', () => {
    expect(classifyState(task, task.examples.slice(4 * N, 5 * N))).toMatchObject({
      cls: 'learned',
      example: 4,
      overlap: 1,
    });
    expect(classifyState(task, task.examples.slice(19 * N, 20 * N))).toMatchObject({
      cls: 'learned',
      example: 19,
    });
    const same = handTask([[1, 1, -1, 1]], [[1, 1, -1, 1]], [0]);
    expect(classifyState(same, Int8Array.of(1, 1, -1, 1)).cls).toBe('learned');
  });
  it('prototype by centroid or generating prototype, overlap ≥ 0.99 (no bit off at N = 100)', () => {
    const c = task.centroids.slice(2 * N, 3 * N);
    expect(classifyState(task, c)).toMatchObject({ cls: 'prototype', group: 2 });
    const p = task.prototypes.slice(5 * N, 6 * N);
    expect(classifyState(task, p)).toMatchObject({ cls: 'prototype', group: 5, overlap: 1 });
    p[7] = -p[7];
    expect(classifyState(task, p).cls).not.toBe('prototype');
  });
  it('inverted of an example or a prototype', () => {
    const ex = task.examples.slice(N, 2 * N).map((x) => -x);
    expect(classifyState(task, ex)).toMatchObject({
      cls: 'inverted',
      of: { kind: 'example', index: 1 },
      overlap: -1,
    });
    const pr = task.prototypes.slice(3 * N, 4 * N).map((x) => -x);
    expect(classifyState(task, pr)).toMatchObject({
      cls: 'inverted',
      of: { kind: 'prototype', index: 3 },
    });
  });
  it('mixtures of 3 and 5 centroids with their signs', () => {
    const m3 = mix(task.centroids, [0, 2, 5], [1, -1, 1]);
    expect(classifyState(task, m3)).toEqual({
      cls: 'mixture',
      components: [
        { group: 0, sign: 1 },
        { group: 2, sign: -1 },
        { group: 5, sign: 1 },
      ],
      score: 1,
    });
    const m5 = mix(task.centroids, [0, 1, 2, 3, 4], [-1, 1, 1, 1, -1]);
    const d = classifyState(task, m5);
    expect(d.cls).toBe('mixture');
    if (d.cls === 'mixture') expect(d.components.map((c) => c.sign)).toEqual([-1, 1, 1, 1, -1]);
  });
  it('spurious with its nearest named state', () => {
    const s = new Int8Array(N);
    randomSigns(createRng(9), s, 0, N);
    const d = classifyState(task, s);
    expect(d.cls).toBe('spurious');
    if (d.cls === 'spurious') expect(Math.abs(d.overlap)).toBeLessThan(0.5);
    const near = task.examples.slice(0, N);
    for (let i = 0; i < 10; i++) near[i] = -near[i];
    expect(classifyState(task, near)).toMatchObject({
      cls: 'spurious',
      nearest: { kind: 'example', index: 0 },
      overlap: 0.8,
    });
  });
});

describe('classification of known stable states of a Hebbian network', () => {
  const task = buildTask({
    kind: 'random',
    side: 10,
    P: 3,
    E: 20,
    p: 0.1,
    nonExamples: 0,
    seed: 2,
  });
  const net = buildNetwork(task, { kind: 'hebbian', n: 2 });
  it('the centroids are stable prototypes, the symmetric 3-mixture a stable mixture', () => {
    for (let g = 0; g < 3; g++) {
      const c = task.centroids.slice(g * N, (g + 1) * N);
      expect(isFixedPoint(net, c)).toBe(true);
      expect(classifyState(task, c)).toMatchObject({ cls: 'prototype', group: g });
      const inv = c.map((x) => -x);
      expect(isFixedPoint(net, inv)).toBe(true);
      expect(classifyState(task, inv).cls).toBe('inverted');
    }
    const m = mix(task.centroids, [0, 1, 2], [1, 1, 1]);
    relax(net, m, createRng(1));
    const d = classifyState(task, m);
    expect(d.cls).toBe('mixture');
    if (d.cls === 'mixture') expect(d.components.map((c) => c.group)).toEqual([0, 1, 2]);
  });
});
