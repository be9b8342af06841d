import { describe, expect, it } from 'vitest';
import { flipNoise, gaussianNoise, maskRect } from './corrupt';
import { binarize, glyphPatterns, randomPatterns } from '../data/datasets';
import { createRng } from '../util/random';
import { hamming, nearestMemory, overlaps, verdict } from './metrics';
import type { Patterns } from './types';

const row = (p: Patterns, mu: number) => p.data.slice(mu * p.dim, (mu + 1) * p.dim);

describe('metrics and verdicts', () => {
  const memories = randomPatterns(6, 200, createRng(10));

  it('computes overlaps, Hamming distance and the nearest memory', () => {
    const m = overlaps(memories, row(memories, 3));
    expect(m[3]).toBe(1);
    const flipped = flipNoise(row(memories, 3), 0.1, createRng(1));
    const d = hamming(flipped, row(memories, 3));
    expect(d).toBeGreaterThan(5);
    expect(overlaps(memories, flipped)[3]).toBeCloseTo(1 - (2 * d) / 200, 12);
    expect(nearestMemory(memories, flipped).index).toBe(3);
  });

  it('names retrieved, inverted, mixture and spurious states', () => {
    expect(verdict(memories, row(memories, 2))).toEqual({
      kind: 'retrieved',
      memory: 2,
      overlap: 1,
    });
    const inv = row(memories, 4).map((v) => -v);
    expect(verdict(memories, inv)).toMatchObject({ kind: 'inverted', memory: 4 });
    const mix = new Float32Array(200);
    for (let i = 0; i < 200; i++)
      mix[i] = Math.sign(row(memories, 0)[i] + row(memories, 1)[i] - row(memories, 5)[i]);
    const v = verdict(memories, mix);
    expect(v.kind).toBe('mixture');
    if (v.kind === 'mixture') expect(v.memories).toEqual([0, 1, 5]);
    expect(verdict(memories, randomPatterns(1, 200, createRng(77)).data).kind).toBe('spurious');
  });

  it('names a continuous average of memories a mixture', () => {
    const avg = new Float32Array(200);
    for (let i = 0; i < 200; i++) avg[i] = (row(memories, 1)[i] + row(memories, 2)[i]) / 2;
    const v = verdict(memories, avg);
    expect(v).toMatchObject({ kind: 'mixture', memories: [1, 2] });
  });
});

describe('corruptions and datasets', () => {
  it('flips about p of the bits, reproducibly, without touching the input', () => {
    const x = new Float32Array(10000).fill(1);
    const a = flipNoise(x, 0.2, createRng(5));
    const b = flipNoise(x, 0.2, createRng(5));
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(x.every((v) => v === 1)).toBe(true);
    const frac = a.filter((v) => v === -1).length / 10000;
    expect(frac).toBeGreaterThan(0.18);
    expect(frac).toBeLessThan(0.22);
  });

  it('masks a clipped rectangle and adds Gaussian noise', () => {
    const x = new Float32Array(16).fill(1);
    const masked = maskRect(x, 4, { x: 2, y: 1, w: 5, h: 2 });
    expect(Array.from(masked)).toEqual([1, 1, 1, 1, 1, 1, -1, -1, 1, 1, -1, -1, 1, 1, 1, 1]);
    const noisy = gaussianNoise(x, 0.5, createRng(2));
    expect(noisy.some((v) => v !== 1)).toBe(true);
  });

  it('draws letter glyphs as distinct ±1 patterns and rejects unknown characters', () => {
    const g = glyphPatterns('HOPFIELD', 16);
    expect(g.count).toBe(8);
    expect(g.dim).toBe(256);
    g.data.forEach((v) => expect(Math.abs(v)).toBe(1));
    const rows = Array.from({ length: 8 }, (_, k) => Array.from(row(g, k)).join());
    expect(new Set(rows).size).toBe(8);
    expect(() => glyphPatterns('A1')).toThrow(/no glyph for "1"/);
  });

  it('binarizes grey levels at the threshold', () => {
    expect(Array.from(binarize([0, 0.5, 0.51, 1]))).toEqual([-1, -1, 1, 1]);
  });
});
