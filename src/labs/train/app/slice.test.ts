import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { khConfig } from '../../../core/classifier/kh-model';
import type { KhEpochRecord } from '../../../core/classifier/kh-snapshot';
import {
  createLabSlice,
  DEFAULT_LAB_SETUP,
  LAB_RUNS_MAX,
  normaliseLabSetup,
  selectShownRuns,
  type LabRun,
  type LabSlice,
} from './slice';

const store = () =>
  create<LabSlice>()((...a) =>
    createLabSlice(...(a as unknown as Parameters<typeof createLabSlice>)),
  );

const run = (key: string, source: LabRun['source']): LabRun => ({
  key,
  id: 1,
  source,
  name: 'n = 3',
  config: khConfig({ n: 3 }),
  epoch: 0,
  target: 3,
  fraction: 0,
  history: [],
  saved: [],
  status: 'queued',
});

const record = (epoch: number): KhEpochRecord => ({
  epoch,
  trainLoss: 1,
  trainError: 0.5,
  testError: 0.4,
  ms: 10,
  T: 540,
});

describe('lab set-up', () => {
  it('clamps every value into its range and keeps temperatures in step with the runs', () => {
    const s = normaliseLabSetup({
      ns: [1, 99, 3.4, 20, 30],
      temps: [0, -5, 1e9, 700, 1],
      K: 0,
      seed: -3,
      epochs: 5000,
      batchSize: 0,
      subset: 3,
    });
    expect(s.ns).toEqual([2, 60, 3, 20]);
    expect(s.temps).toEqual([null, null, 1e5, 700]);
    expect(s.K).toBe(1);
    expect(s.seed).toBe(0);
    expect(s.epochs).toBe(1000);
    expect(s.batchSize).toBe(1);
    expect(s.subset).toBe(10);
    expect(normaliseLabSetup({ ns: [5] }).ns).toEqual([5, 20]);
    expect(normaliseLabSetup({ subset: 0 }).subset).toBe(0);
    expect(normaliseLabSetup({ subset: 1e6 }).subset).toBe(7996);
    expect(normaliseLabSetup({ K: Number.NaN }).K).toBe(DEFAULT_LAB_SETUP.K);
  });

  it('adds runs up to four and removes them down to two; a new n drops its T override', () => {
    const s = store();
    s.getState().setLabTemp(1, 800);
    expect(s.getState().lab.setup.temps).toEqual([null, 800]);
    s.getState().setLabN(1, 30); // same n (the default pair is 3 and 30): the override stays
    expect(s.getState().lab.setup.temps).toEqual([null, 800]);
    s.getState().setLabN(1, 20);
    expect(s.getState().lab.setup.temps).toEqual([null, null]);
    for (let k = 0; k < 5; k++) s.getState().addLabN();
    expect(s.getState().lab.setup.ns).toHaveLength(LAB_RUNS_MAX);
    expect(new Set(s.getState().lab.setup.ns).size).toBe(LAB_RUNS_MAX);
    s.getState().setLabTemp(2, 600);
    s.getState().removeLabN(0);
    expect(s.getState().lab.setup.temps[1]).toBe(600);
    for (let k = 0; k < 5; k++) s.getState().removeLabN(0);
    expect(s.getState().lab.setup.ns).toHaveLength(2);
  });
});

describe('lab runs', () => {
  it('replaces one source at a time and shows the chosen group', () => {
    const s = store();
    s.getState().replaceLabRuns('shipped', [run('a', 'shipped'), run('b', 'shipped')]);
    s.getState().replaceLabRuns('live', [run('c', 'live')]);
    s.getState().setLab({ useRun: 'c' });
    expect(selectShownRuns(s.getState().lab).map((r) => r.key)).toEqual(['a', 'b']);
    s.getState().setLab({ group: 'live' });
    expect(selectShownRuns(s.getState().lab).map((r) => r.key)).toEqual(['c']);
    s.getState().replaceLabRuns('live', [run('d', 'live')]);
    expect(s.getState().lab.runs.map((r) => r.key)).toEqual(['a', 'b', 'd']);
    expect(s.getState().lab.useRun).toBeNull(); // its run is gone
  });

  it('shows the shipped pair, or every shipped run with shippedAll', () => {
    const s = store();
    const extra = (key: string): LabRun => ({ ...run(key, 'shipped'), extra: true });
    s.getState().replaceLabRuns('shipped', [
      extra('n2'),
      run('n3', 'shipped'),
      run('n30', 'shipped'),
    ]);
    expect(selectShownRuns(s.getState().lab).map((r) => r.key)).toEqual(['n3', 'n30']);
    s.getState().setLab({ shippedAll: true });
    expect(selectShownRuns(s.getState().lab).map((r) => r.key)).toEqual(['n2', 'n3', 'n30']);
    // Live runs are never held back.
    s.getState().replaceLabRuns('live', [{ ...run('l', 'live'), extra: true }]);
    s.getState().setLab({ group: 'live', shippedAll: false });
    expect(selectShownRuns(s.getState().lab).map((r) => r.key)).toEqual(['l']);
  });

  it('records epochs once, keeps the chosen ones and resets the in-epoch progress', () => {
    const s = store();
    s.getState().replaceLabRuns('live', [run('x', 'live'), run('y', 'live')]);
    s.getState().setLabProgress('x', 0.4);
    expect(s.getState().lab.runs[0].fraction).toBe(0.4);
    s.getState().setLabProgress('x', 7);
    expect(s.getState().lab.runs[0].fraction).toBe(1);
    s.getState().addLabEpoch('x', record(1), true);
    s.getState().addLabEpoch('x', record(2), false);
    s.getState().addLabEpoch('x', record(2), false); // a repeat replaces, never duplicates
    const x = s.getState().lab.runs[0];
    expect(x.epoch).toBe(2);
    expect(x.fraction).toBe(0);
    expect(x.history.map((h) => h.epoch)).toEqual([1, 2]);
    expect(x.saved).toEqual([1]);
    expect(s.getState().lab.runs[1].history).toEqual([]); // the other run is untouched
  });
});
