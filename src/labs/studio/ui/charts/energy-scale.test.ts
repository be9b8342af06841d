import { describe, expect, it } from 'vitest';
import { energyAxisLabel, scaleEnergy, thinIndices } from './energy-scale';

describe('energy scale', () => {
  const poly = { energy: 'polynomial' as const, n: 20, beta: 1 };
  const soft = { energy: 'softmax' as const, n: 2, beta: 0.1 };

  it('normalises polynomial energies by Nⁿ so a 1e57 descent reads as −K … 0', () => {
    const N = 784;
    const e = -3 * N ** 20; // three memories fully aligned
    expect(Math.abs(e)).toBeGreaterThan(1e57);
    expect(scaleEnergy(e, poly, N, 'normalised')).toBeCloseTo(-3, 12);
    expect(scaleEnergy(-392, soft, N, 'normalised')).toBe(-0.5);
    expect(energyAxisLabel(poly, 'normalised')).toBe('E / Nⁿ (n = 20)');
    expect(energyAxisLabel(soft, 'normalised')).toBe('E / N');
  });

  it('keeps the order of E on the signed log axis', () => {
    const xs = [-1e57, -1e3, -1, 0, 5].map((e) => scaleEnergy(e, poly, 784, 'log'));
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThan(xs[i - 1]);
    expect(scaleEnergy(-1e57, poly, 784, 'raw')).toBe(-1e57);
  });

  it('thins long histories to at most max points, first and last kept', () => {
    expect(thinIndices(5, 10)).toEqual([0, 1, 2, 3, 4]);
    const t = thinIndices(5000, 400);
    expect(t).toHaveLength(400);
    expect(t[0]).toBe(0);
    expect(t[399]).toBe(4999);
  });
});
