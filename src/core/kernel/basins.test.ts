/**
 * Kernel basin maps and energy grids on the plane of R² (identityPlane2d): five unit memories on
 * the circle (seed 8: neighbours 42° … 85° apart), β = 20, identity Φ, 5 steps (the paper's
 * Fig. 2 set-up without training): the cells near a memory converge to it; at the paper's
 * tol 1e-3 the sparse normalisers land exactly on the memories and softmax's fixed points sit
 * off the closer ones (measured: 63.5% of cells converged against 100% for sparsemax); the grid
 * layout is the landscape's (row j major, cell centres).
 */
import { describe, expect, it } from 'vitest';
import { gridPoint } from '../basins/basin-plane';
import { identityPlane2d } from '../features/landscape';
import { kernelBasinMap, kernelEnergyGrid } from './basins';
import { createKhm } from './khm';
import { circleMemories } from './memories';

const memories = circleMemories(5, 8);
const plane = identityPlane2d(1.5);

describe('kernelBasinMap', () => {
  for (const n of ['softmax', 'entmax15', 'sparsemax'] as const) {
    it(`${n}: every cell within 0.2 of a memory converges to it (tol 1e-2)`, () => {
      const khm = createKhm(null, memories, 20, n);
      const R = 48;
      const rows: number[] = [];
      const cells = kernelBasinMap(khm, memories, plane, R, 5, 1e-2, {
        onRow: (done, total) => {
          expect(total).toBe(R);
          rows.push(done);
        },
      });
      expect(rows).toEqual(Array.from({ length: R }, (_, j) => j + 1));
      let near = 0;
      let right = 0;
      for (let j = 0; j < R; j++)
        for (let i = 0; i < R; i++) {
          const c = gridPoint(plane, R, i, j);
          for (let m = 0; m < 5; m++) {
            const d = Math.hypot(c.x - memories.data[2 * m], c.y - memories.data[2 * m + 1]);
            if (d < 0.2) {
              near++;
              if (cells.labels[j * R + i] === m) right++;
            }
          }
        }
      expect(near).toBeGreaterThan(50);
      expect(right / near).toBeGreaterThan(0.99);
      const total = cells.share.reduce((a, b) => a + b, 0);
      expect(total).toBeCloseTo(cells.converged, 14);
      expect(cells.share.every((s) => s > 0.02)).toBe(true);
      const labelled = cells.labels.filter((l) => l >= 0).length;
      expect(labelled / (R * R)).toBeCloseTo(cells.converged, 14);
    });
  }

  it('at tol 1e-3 the sparse normalisers converge where softmax does not', () => {
    const share = (n: 'softmax' | 'entmax15' | 'sparsemax') =>
      kernelBasinMap(createKhm(null, memories, 20, n), memories, plane, 32, 5, 1e-3).converged;
    const soft = share('softmax');
    expect(share('sparsemax')).toBeGreaterThan(0.99);
    expect(share('entmax15')).toBeGreaterThan(0.99);
    expect(soft).toBeGreaterThan(0.4);
    expect(soft).toBeLessThan(0.8);
  });

  it('with 0 iterations only the cells within tol of a memory count; cancels; checks R', () => {
    const khm = createKhm(null, memories, 20, 'softmax');
    const still = kernelBasinMap(khm, memories, plane, 16, 0, 1e-3);
    expect(still.converged).toBe(0);
    expect(() =>
      kernelBasinMap(khm, memories, plane, 8, 5, 1e-3, { signal: { aborted: true } }),
    ).toThrow(expect.objectContaining({ name: 'AbortError' }));
    expect(() => kernelBasinMap(khm, memories, plane, 0, 5, 1e-3)).toThrow(/R/);
    expect(() => kernelBasinMap(khm, memories, plane, 8, 5, -1)).toThrow(/tol/);
  });
});

describe('kernelEnergyGrid', () => {
  it('is E at the cell centres, row j major', () => {
    const khm = createKhm(null, memories, 20, 'softmax');
    const R = 7;
    const E = kernelEnergyGrid(khm, plane, R);
    for (const [i, j] of [
      [0, 0],
      [3, 1],
      [6, 5],
    ]) {
      const c = gridPoint(plane, R, i, j);
      expect(E[j * R + i]).toBe(khm.energy(Float64Array.of(c.x, c.y)));
    }
    expect(E.every(Number.isFinite)).toBe(true);
    // The centre cell (the origin) is a hill between the memories on the unit circle.
    expect(Math.min(...E)).toBeLessThan(E[3 * R + 3] - 0.3);
  });
});
