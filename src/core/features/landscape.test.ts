import { describe, expect, it } from 'vitest';
import { energyGrid, identityPlane2d } from './landscape';

describe('energyGrid', () => {
  it('samples cell centres, cell (i, j) at j·R + i', () => {
    const R = 4;
    const grid = energyGrid((x) => 10 * x[0] + x[1], identityPlane2d(2), R);
    // Centres at −1.5, −0.5, 0.5, 1.5 on both axes.
    const c = [-1.5, -0.5, 0.5, 1.5];
    for (let j = 0; j < R; j++)
      for (let i = 0; i < R; i++) expect(grid[j * R + i]).toBeCloseTo(10 * c[i] + c[j], 12);
  });

  it('refuses R beyond the cap and a non-finite energy', () => {
    const plane = identityPlane2d(1);
    expect(() => energyGrid(() => 0, plane, 257)).toThrow(/R must be an integer in \[1, 256\]/);
    expect(() => energyGrid(() => NaN, plane, 2)).toThrow(/E = NaN at cell \(0, 0\)/);
    expect(() => identityPlane2d(0)).toThrow(/extent must be finite and > 0/);
  });
});
