import { describe, expect, it } from 'vitest';
import { DEFAULT_FEATURES } from './rf-presets';
import { curveCsv, featuresJson, trajectoriesCsv } from './rf-export';
import type { RfResults } from './rf-controller';

const f = (...v: number[]) => Float64Array.from(v);

const toy = {
  Y: 256,
  K: 2,
  params: 512,
  exactParams: 4,
  update: 'built' as const,
  grid: { R: 2, lo: -1, hi: 1, exact: f(1, 2, 3, 4), distributed: f(1, 2, 3, 5) },
  gridError: 0.25,
  memoryError: 0.1,
  every: 5,
  exact: { states: f(0, 0, 0.5, 0.5), energy: f(1, 0.5) },
  distributed: { states: f(0, 0, 0.4, 0.6), energy: f(1.1, NaN) },
  distance: f(0, 0.14),
  ms: 3,
};
const results: RfResults = { toy, toyFor: DEFAULT_FEATURES, curve: null, mnist: null };

describe('exports', () => {
  it('writes the curve table with empty cells for what was not measured', () => {
    const csv = curveCsv([
      { beta: 10, Y: 256, query: 'near', energyMAE: 0.5, energySEM: 0.1, gradMAE: 0.2 },
      {
        beta: 10,
        Y: 512,
        query: 'near',
        energyMAE: 0.3,
        energySEM: 0.1,
        gradMAE: 0.1,
        retrievalHamming: 0,
        retrievalAgree: 1,
      },
    ]).split('\n');
    expect(csv[0]).toBe(
      'beta,Y,query,energy_mae,energy_sem,grad_mae,retrieval_hamming,retrieval_agree',
    );
    expect(csv[1]).toBe('10,256,near,0.5,0.1,0.2,,');
    expect(csv[2]).toBe('10,512,near,0.3,0.1,0.1,0,1');
  });
  it('writes one trajectory row per frame, steps by the recording interval, no NaN', () => {
    const csv = trajectoriesCsv(results)!.trim().split('\n');
    expect(csv).toHaveLength(3);
    expect(csv[2]).toBe('5,0.5,,0.14,0.5,0.5,0.4,0.6');
    expect(trajectoriesCsv({ ...results, toy: null })).toBeNull();
  });
  it('writes typed arrays as lists in the JSON, with the set-up', () => {
    const j = JSON.parse(featuresJson(DEFAULT_FEATURES, results));
    expect(j.setup.map).toBe('sincos');
    expect(j.toy.grid.exact).toEqual([1, 2, 3, 4]);
    expect(j.toy.distributed.energy).toEqual([1.1, null]);
  });
});
