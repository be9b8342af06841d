/**
 * The capacity runtime against a fake room: a run shows points as they arrive and ends done, a
 * cancel stops it (late points dropped, those in kept), a bad set-up never reaches the room, a
 * result file opens (the set-up follows it) and a bad one is refused with the work kept.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { expandGrid, mergeLines } from '../../../core/capacity/grid';
import { CAPACITY_PRESETS } from '../../../core/capacity/presets';
import type { GridSpec, PointLine } from '../../../core/capacity/types';
import type { Shell } from '../../../shell/shell';
import { installLabSlices, useDamStore } from '../../../store';
import type { CallOptions, RoomClient } from '../../../worker-client/connection';
import type { CapacityRoomApi, GridSummary } from '../worker/api';
import { createCapacity } from './runtime';
import { sampleLine } from './sample-lines';
import { setSweep } from './setup';
import { createCapacitySlice, DEFAULT_CAPACITY, IDLE_RUN } from './slice';

installLabSlices([createCapacitySlice]);

const grid: GridSpec = {
  ...CAPACITY_PRESETS[0].grid,
  series: CAPACITY_PRESETS[0].grid.series
    .slice(0, 2)
    .map((s) => ({ ...s, sweep: { N: [32, 45] } })),
};
const linesOf = (g: GridSpec): PointLine[] =>
  expandGrid(g).map((p) => ({
    ...sampleLine({ index: p.index, series: p.series, N: p.spec.data.N, median: 5 }),
    spec: p.spec,
  }));

interface Call {
  grid: GridSpec;
  onPoint: (l: PointLine) => void;
  finish: () => void;
  signal?: AbortSignal;
}
const calls: Call[] = [];
const room = {
  call(method: string, args: unknown[], opts: CallOptions = {}) {
    if (method !== 'runGrid') return Promise.reject(new Error(`unexpected ${method}`));
    const [g, onPoint] = args as [GridSpec, (l: PointLine) => void];
    return new Promise<GridSummary>((resolve, reject) => {
      const summary = {
        points: 4,
        cached: 0,
        trials: 80,
        ms: 1,
        gram: { tfjs: 0, core: 4 },
        backend: 'cpu',
      };
      calls.push({ grid: g, onPoint, signal: opts.signal, finish: () => resolve(summary) });
      opts.signal?.addEventListener('abort', () =>
        reject(Object.assign(new Error('cancelled'), { name: 'AbortError' })),
      );
    });
  },
} as unknown as RoomClient<CapacityRoomApi>;
const shell = {
  compute: { whenReady: () => Promise.resolve({}), ensureMnist: () => Promise.resolve() },
} as unknown as Shell;

const tick = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  calls.length = 0;
  useDamStore.getState().setCapacity({ ...DEFAULT_CAPACITY, grid });
  useDamStore.getState().setCapacityRun(IDLE_RUN);
});

describe('the capacity runtime', () => {
  it('shows points as they arrive and ends done', async () => {
    const rt = createCapacity(shell, room);
    const done = rt.run();
    await tick();
    expect(useDamStore.getState().capacityRun).toMatchObject({
      status: 'running',
      totalPoints: 4,
      total: 80,
    });
    const lines = linesOf(grid);
    calls[0].onPoint(lines[2]);
    calls[0].onPoint(lines[0]);
    expect(rt.results.get().lines.map((l) => l.index)).toEqual([0, 2]);
    expect(useDamStore.getState().capacityRun.points).toBe(2);
    expect(rt.json()).toBeNull(); // not every point yet
    calls[0].onPoint(lines[1]);
    calls[0].onPoint(lines[3]);
    calls[0].finish();
    await done;
    expect(useDamStore.getState().capacityRun).toMatchObject({ status: 'done', points: 4 });
    expect(JSON.parse(rt.json()!)).toEqual(mergeLines(grid, lines));
  });

  it('cancels: late points are dropped, the points in stay', async () => {
    const rt = createCapacity(shell, room);
    const done = rt.run();
    await tick();
    const lines = linesOf(grid);
    calls[0].onPoint(lines[0]);
    rt.cancel();
    calls[0].onPoint(lines[1]);
    await done;
    expect(useDamStore.getState().capacityRun.status).toBe('cancelled');
    expect(rt.results.get().lines).toHaveLength(1);
    expect(calls[0].signal?.aborted).toBe(true);
  });

  it('never sends a set-up the schema refuses', async () => {
    useDamStore.getState().setCapacity({ grid: setSweep(grid, 0, 'N', [4]) });
    const rt = createCapacity(shell, room);
    await rt.run();
    expect(calls).toHaveLength(0);
    expect(useDamStore.getState().capacityRun).toMatchObject({
      status: 'error',
      error: expect.stringMatching(/^The set-up: series\[0\]\.sweep\.N\[0\]/),
    });
  });

  it('opens a result file, and refuses a bad one keeping the work', () => {
    const rt = createCapacity(shell, room);
    const mine = linesOf(grid).slice(0, 1);
    rt.results.set({ grid, lines: mine });
    expect(rt.openFile('{"format": "dam-capacity", "version": 2}', 'old.json')).toBe(false);
    expect(useDamStore.getState().ui.notice?.text).toMatch(
      /^old\.json is not a capacity result file: version/,
    );
    expect(rt.results.get().lines).toBe(mine);
    const other = setSweep(grid, 1, 'N', [64]);
    const file = JSON.stringify(mergeLines(other, linesOf(other)));
    expect(rt.openFile(file, 'merged.json')).toBe(true);
    expect(rt.results.get().lines).toHaveLength(3);
    expect(useDamStore.getState().capacity).toMatchObject({ preset: null, view: 'scaling' });
    expect(useDamStore.getState().capacity.grid).toEqual(other);
    expect(useDamStore.getState().capacityRun).toMatchObject({
      status: 'done',
      source: 'file',
      file: 'merged.json',
    });
  });
});
