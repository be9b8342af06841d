import { describe, expect, it } from 'vitest';
import type { BasinPass, Plane } from '../../../core/basins/basin-types';
import {
  attractorNames,
  basinCurvesCsv,
  basinMapCsv,
  cellName,
  kindSummary,
  passKinds,
  percent,
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

  it('names distinct mixtures and spurious states, and sums their shares per kind', () => {
    const pass: BasinPass = {
      resolution: 3,
      // K = 2: 4 mixture, 5 spurious, 6 not converged.
      outcome: Int32Array.from([0, 5, 5, 4, 5, 1, 6, 5, 4]),
      steps: new Uint16Array(9),
      energy: new Float64Array(9),
      attractor: Int32Array.from([-1, 0, 0, 1, 2, -1, -1, 0, 1]),
      attractors: [
        { kind: 'spurious', parts: [] },
        {
          kind: 'mixture',
          parts: [
            { memory: 0, sign: 1 },
            { memory: 1, sign: -1 },
            { memory: 0, sign: 1 },
          ],
        },
        { kind: 'spurious', parts: [] },
      ],
      progress: 1,
      plane,
      elapsedMs: 1,
    };
    expect(attractorNames(pass.attractors)).toEqual([
      'spurious state 1',
      'mixture 1 (+0 −1 +0)',
      'spurious state 2',
    ]);
    expect(cellName(pass, 4, 2, [])).toBe('spurious state 2');
    expect(cellName(pass, 6, 2, [])).toBe('not converged');
    const [spurious, mixture] = passKinds(pass);
    expect(kindSummary(spurious)).toBe('spurious states: 2 distinct, 44.4% of probes');
    expect(spurious.attractors.map((a) => [a.id, a.cells])).toEqual([
      [0, 3],
      [2, 1],
    ]);
    expect(kindSummary(mixture)).toBe('mixtures: 1 distinct, 22.2% of probes');
    expect(percent(1)).toBe('100%');
    expect(percent(0.99999)).toBe('99.9%');
    expect(percent(0.0001)).toBe('< 0.1%');
    const csv = basinMapCsv(pass, 2, []).trim().split('\n');
    expect(csv[2]).toBe('1,0,0.00000,-0.666667,5,spurious state 1,0,0.0000000,0');
    expect(csv[4].split(',').slice(5)).toEqual(['mixture 1 (+0 −1 +0)', '0', '0.0000000', '1']);
  });

  it('writes a map and curves as CSV', () => {
    const pass: BasinPass = {
      resolution: 2,
      outcome: Int32Array.from([0, 1, 4, 6]),
      steps: Uint16Array.from([1, 2, 3, 4]),
      energy: Float64Array.from([-1, -2, -3, -4]),
      attractor: Int32Array.from([-1, -1, -1, -1]),
      attractors: [],
      progress: 1,
      plane,
      elapsedMs: 3,
    };
    const csv = basinMapCsv(pass, 2, ['x', 'y']).trim().split('\n');
    expect(csv).toHaveLength(5);
    expect(csv[0]).toBe('i,j,x,y,outcome,name,steps,energy,attractor');
    expect(csv[1]).toBe('0,0,-0.500000,-0.500000,0,memory 0: x,1,-1.0000000,');
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
