import { describe, expect, it } from 'vitest';
import type { BasinPass, Plane } from '../../../core/basins/basin-types';
import {
  basinCurvesCsv,
  basinMapCsv,
  outcomeCounts,
  outcomeName,
  planePoint,
  projectToPlane,
} from './basin-math';

const plane: Plane = {
  origin: Float64Array.from([0.5, -0.5, 0, 1]),
  u: Float64Array.from([1, 1, 0, 0]),
  v: Float64Array.from([0, 1, 1, 0]),
  extent: { x0: -1, x1: 1, y0: -1, y1: 1 },
  marks: [],
};

describe('basin helpers', () => {
  it('counts and names outcomes', () => {
    const K = 2;
    expect(outcomeCounts(Int32Array.from([0, 0, 1, 2, 4, 5, 6]), K)).toEqual([2, 1, 1, 0, 1, 1, 1]);
    expect(outcomeName(1, K, ['a', 'b'])).toBe('memory 1: b');
    expect(outcomeName(3, K)).toBe('inverted memory 1');
    expect(outcomeName(4, K)).toBe('mixture');
    expect(outcomeName(5, K)).toBe('spurious');
    expect(outcomeName(6, K)).toBe('not converged');
  });

  it('projects a plane point back to its coordinates (non-orthogonal u, v)', () => {
    const p = planePoint(plane, 0.3, -0.7, false);
    const back = projectToPlane(plane, p);
    expect(back.x).toBeCloseTo(0.3, 6);
    expect(back.y).toBeCloseTo(-0.7, 6);
    expect(Array.from(planePoint(plane, 0.3, -0.7, true))).toEqual([1, -1, -1, 1]);
  });

  it('writes a map and curves as CSV', () => {
    const pass: BasinPass = {
      resolution: 2,
      outcome: Int32Array.from([0, 1, 4, 6]),
      steps: Uint16Array.from([1, 2, 3, 4]),
      energy: Float64Array.from([-1, -2, -3, -4]),
      progress: 1,
      plane,
      elapsedMs: 3,
    };
    const csv = basinMapCsv(pass, 2, ['x', 'y']).trim().split('\n');
    expect(csv).toHaveLength(5);
    expect(csv[0]).toBe('i,j,x,y,outcome,name,steps,energy');
    expect(csv[1]).toBe('0,0,-0.500000,-0.500000,0,memory 0: x,1,-1.0000000');
    expect(csv[4].split(',')[5]).toBe('not converged');
    const curves = basinCurvesCsv(
      [
        {
          model: 'polynomial n = 3',
          flips: [0, 0.5],
          curves: [{ memory: 2, p: [1, 0.2], lo: [0.98, 0.15], hi: [1, 0.26], radius: 0.4 }],
        },
      ],
      200,
    );
    expect(curves.trim().split('\n')).toEqual([
      'model,memory,flip,p,lo,hi,trials,radius',
      'polynomial n = 3,2,0,1.0000,0.9800,1.0000,200,0.4000',
      'polynomial n = 3,2,0.5,0.2000,0.1500,0.2600,200,0.4000',
    ]);
  });
});
