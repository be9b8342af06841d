import { describe, expect, it } from 'vitest';
import { DEFAULT_HIDDEN } from '../app/hidden-slice';
import type { HiddenSetup } from './hidden-api';
import { buildHiddenTask, maskOf, MEMORY_EXAMPLES } from './hidden-task';
import { fakeDigits } from './fake-digits';

const set = fakeDigits();
const N = set.rows * set.cols;
const setup = (patch: Partial<HiddenSetup> = {}): HiddenSetup => ({ ...DEFAULT_HIDDEN, ...patch });
const norm = (x: Float64Array) => Math.sqrt(x.reduce((a, v) => a + v * v, 0));

describe('buildHiddenTask', () => {
  it('stores K unit-norm digits, one per class in turn', () => {
    const t = buildHiddenTask(setup({ K: 23 }), set);
    expect(t.memories.K).toBe(23);
    expect(t.memories.N).toBe(N);
    expect(t.labels.slice(0, 12)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1]);
    for (let m = 0; m < 23; m++)
      expect(norm(t.memories.data.subarray(m * N, (m + 1) * N))).toBeCloseTo(1, 12);
  });

  it('takes a memory as the cue, or an example of the digit that no memory uses', () => {
    const noiseless = { noise: 0, mask: 'none' as const };
    const m = buildHiddenTask(setup({ ...noiseless, cue: 'memory', memory: 13, K: 20 }), set);
    expect(Array.from(m.v0)).toEqual(Array.from(m.memories.data.subarray(13 * N, 14 * N)));
    const t = buildHiddenTask(setup({ ...noiseless, cue: 'test', digit: 4, K: 50 }), set);
    expect(norm(t.v0)).toBeCloseTo(1, 12);
    for (let mu = 0; mu < 50; mu++) {
      const same = t.v0.every((v, i) => v === t.memories.data[mu * N + i]);
      expect(same, `memory ${mu}`).toBe(false);
    }
    expect(() => buildHiddenTask(setup({ cue: 'test', sample: 8 - MEMORY_EXAMPLES }), set)).toThrow(
      /holds 8 examples of 7/,
    );
  });

  it('replaces a seeded share of the pixels: the same seed the same cue, another seed another', () => {
    const a = buildHiddenTask(setup({ noise: 0.5, seed: 9 }), set);
    const b = buildHiddenTask(setup({ noise: 0.5, seed: 9 }), set);
    const c = buildHiddenTask(setup({ noise: 0.5, seed: 10 }), set);
    const clean = buildHiddenTask(setup({ noise: 0, seed: 9 }), set);
    expect(Array.from(a.v0)).toEqual(Array.from(b.v0));
    expect(Array.from(a.v0)).not.toEqual(Array.from(c.v0));
    expect(Array.from(a.v0)).not.toEqual(Array.from(clean.v0));
    expect(a.v0.every(Number.isFinite)).toBe(true);
  });

  it('masks half the cue and clamps the known half, or feeds it as the input I', () => {
    const mask = maskOf('top', set.rows, set.cols);
    expect(mask.reduce((a, v) => a + v, 0)).toBe(N / 2);
    expect(mask[0]).toBe(1);
    expect(mask[N - 1]).toBe(0);
    const clamp = buildHiddenTask(setup({ mask: 'top', inpaint: 'clamp' }), set);
    expect(clamp.v0.subarray(0, N / 2).every((v) => v === 0)).toBe(true);
    expect(Array.from(clamp.input.clamp!)).toEqual(Array.from(mask, (m) => 1 - m));
    expect(clamp.input.I.every((v) => v === 0)).toBe(true);
    const input = buildHiddenTask(setup({ mask: 'left', inpaint: 'input', gain: 2 }), set);
    expect(input.input.clamp).toBeUndefined();
    expect(Array.from(input.input.I)).toEqual(Array.from(input.v0, (v) => 2 * v));
    const none = buildHiddenTask(setup({ mask: 'none', inpaint: 'clamp' }), set);
    expect(none.input.clamp).toBeUndefined();
  });
});
