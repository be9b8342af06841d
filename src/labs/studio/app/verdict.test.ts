import { describe, expect, it } from 'vitest';
import { randomPatterns } from '../../../core/data/datasets';
import { createRng } from '../../../core/util/random';
import { softmax } from '../../../core/dynamics/softmax';
import { similarities } from '../../../core/dynamics/softmax-update';
import {
  describeProgress,
  describeVerdict,
  effectiveCount,
  failureHint,
  isFinal,
  nearestMemory,
  studioVerdict,
} from './verdict';

const rng = createRng(7);
const mem = randomPatterns(6, 200, rng);
const row = (mu: number) => mem.data.slice(mu * 200, mu * 200 + 200);
const labels = ['0', '1', '2', '3', '4', '5'];
const ctx = {
  model: { energy: 'polynomial' as const, n: 20, beta: 1 },
  count: 6,
  dim: 200,
  cueMemory: 3,
  flipP: 0.1,
  temperature: 0,
  sync: false,
  converged: true,
};

describe('studio verdict', () => {
  it('keeps the core verdict for a retrieved memory and has no hint', () => {
    const v = studioVerdict(mem, row(3), null);
    expect(v.kind).toBe('retrieved');
    expect(describeVerdict(v, labels, 3)).toEqual({
      tone: 'good',
      text: 'Retrieved memory 4 · 3, overlap 1.00',
    });
    expect(failureHint(v, ctx)).toBeNull();
  });

  it('calls an average of all memories metastable and blames a small β', () => {
    const avg = new Float64Array(200);
    for (let mu = 0; mu < 6; mu++) for (let i = 0; i < 200; i++) avg[i] += row(mu)[i] / 6;
    const w = softmax(1e-3, similarities(mem, avg));
    expect(effectiveCount(w)).toBeGreaterThan(5.9);
    const v = studioVerdict(mem, avg, w);
    expect(v.kind).toBe('metastable');
    if (v.kind !== 'metastable') return;
    expect(v.count).toBe(6);
    expect(describeVerdict(v, labels, 3).text).toMatch(/^Metastable average of 6 memories/);
    expect(failureHint(v, { ...ctx, model: { energy: 'softmax', n: 2, beta: 1e-3 } })).toBe(
      'β too small: the state averages all memories. Raise β.',
    );
  });

  it('explains mixtures at n = 2 above 0.14 N and a wrong memory from a noisy cue', () => {
    const mix = { kind: 'mixture' as const, memories: [0, 1, 2], overlaps: [0.5, 0.5, 0.5] };
    const classical = { ...ctx, model: { energy: 'classical' as const, n: 2, beta: 1 }, count: 40 };
    expect(failureHint(mix, classical)).toMatch(/^n = 2 with K = 40 above ≈ 0.14 N = 28/);
    const wrong = { kind: 'retrieved' as const, memory: 1, overlap: 1 };
    expect(failureHint(wrong, { ...ctx, flipP: 0.4 })).toMatch(/^Cue too corrupted \(p = 0.40\)/);
    expect(describeVerdict(wrong, labels, 3).tone).toBe('warn');
  });

  it('a run that has neither settled nor reached its limit is only in progress, neutrally', () => {
    expect(isFinal(false, 0.25, 50)).toBe(false);
    expect(isFinal(true, 0.25, 50)).toBe(true);
    expect(isFinal(false, 50, 50)).toBe(true);
    const p = nearestMemory([0.1, -0.7, 0.6]);
    expect(p).toEqual({ nearest: 1, overlap: -0.7 });
    const text = describeProgress(p, labels);
    expect(text).toBe('In progress: nearest memory 2 · 1, overlap -0.70');
    expect(text).not.toMatch(/spurious|step limit|not settled/i);
  });

  it('numbers memories 1…K in every sentence', () => {
    const spurious = { kind: 'spurious' as const, nearest: 0, overlap: 0.3 };
    expect(describeVerdict(spurious, labels, null).text).toBe(
      'Spurious state: nearest is memory 1 · 0, overlap 0.30',
    );
    const mix = { kind: 'mixture' as const, memories: [0, 5], overlaps: [0.5, 0.5] };
    expect(describeVerdict(mix, labels, null).text).toBe('Mixture of memories 1 · 0; 6 · 5');
  });
});
