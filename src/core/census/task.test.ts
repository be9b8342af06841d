import { describe, expect, it } from 'vitest';
import type { MnistSet } from '../data/mnist-format';
import { buildTask } from './task';
import type { MnistTaskSpec } from './types';

describe('buildTask (random)', () => {
  const spec = { kind: 'random', side: 6, P: 4, E: 9, p: 0.2, nonExamples: 3, seed: 7 } as const;
  it('lays out examples by group, then the non-examples, with majority-vote centroids', () => {
    const t = buildTask(spec);
    expect(t.N).toBe(36);
    expect(t.K).toBe(4 * 9 + 3);
    expect(t.examples.length).toBe(t.K * 36);
    expect(Array.from(t.groupOf.slice(0, 10))).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(Array.from(t.groupOf.slice(-3))).toEqual([-1, -1, -1]);
    expect(t.labels).toEqual(['P1', 'P2', 'P3', 'P4']);
    for (let g = 0; g < 4; g++) {
      for (let i = 0; i < 36; i++) {
        let s = 0;
        for (let e = 0; e < 9; e++) s += t.examples[(g * 9 + e) * 36 + i];
        expect(t.centroids[g * 36 + i]).toBe(s >= 0 ? 1 : -1);
      }
    }
    for (const x of t.examples) expect(Math.abs(x)).toBe(1);
  });
  it('flips about p of the bits, is seeded, and keeps prototypes across E and p', () => {
    const t = buildTask(spec);
    expect(buildTask(spec)).toEqual(t);
    let flips = 0;
    for (let k = 0; k < 36; k++) {
      const g = t.groupOf[k];
      for (let i = 0; i < 36; i++) if (t.examples[k * 36 + i] !== t.prototypes[g * 36 + i]) flips++;
    }
    expect(flips / (36 * 36)).toBeGreaterThan(0.1);
    expect(flips / (36 * 36)).toBeLessThan(0.3);
    const more = buildTask({ ...spec, E: 12, p: 0 });
    expect(more.prototypes).toEqual(t.prototypes);
    expect(buildTask({ ...spec, p: 0, nonExamples: 0 }).examples.slice(0, 36)).toEqual(
      t.prototypes.slice(0, 36),
    );
  });
});

/** A fake asset: class d's digits are a bar of ink in column d (plus one noisy pixel). */
function fakeMnist(perClass: number): MnistSet {
  const count = 10 * perClass;
  const labels = new Uint8Array(count);
  const pixels = new Uint8Array(count * 784);
  for (let k = 0; k < count; k++) {
    const d = Math.floor(k / perClass);
    labels[k] = d;
    for (let y = 0; y < 28; y++) {
      pixels[k * 784 + y * 28 + 2 * d] = 255;
      pixels[k * 784 + y * 28 + 2 * d + 1] = 255;
    }
    pixels[k * 784 + 27 * 28 + 27] = k % 3 === 0 ? 255 : 0;
  }
  return { count, rows: 28, cols: 28, labels, pixels };
}

describe('buildTask (mnist)', () => {
  const spec: MnistTaskSpec = {
    kind: 'mnist',
    side: 14,
    digits: [3, 5],
    E: 4,
    nonExamples: 1,
    seed: 2,
  };
  it('pools 2×2, binarises, and takes the class sign-of-mean as the prototype', () => {
    const t = buildTask(spec, fakeMnist(6));
    expect(t.N).toBe(196);
    expect(t.K).toBe(9);
    expect(t.labels).toEqual(['3', '5']);
    const row = Array.from(t.prototypes.slice(0, 14));
    expect(row.map((x, i) => (x > 0 ? i : -1)).filter((i) => i >= 0)).toEqual([3]);
    expect(t.prototypes[196 + 13 * 14 + 13]).toBe(-1);
    expect(buildTask({ ...spec, side: 28 }, fakeMnist(6)).N).toBe(784);
  });
  it('throws a clear error without the asset or with too few digits', () => {
    expect(() => buildTask(spec)).toThrow(/MNIST digits are not loaded/);
    expect(() => buildTask({ ...spec, E: 7 }, fakeMnist(6))).toThrow(/6 digits of class 3/);
  });
});
