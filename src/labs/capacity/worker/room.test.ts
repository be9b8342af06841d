/**
 * The capacity room on a fake host: points reported in run order (cheapest first) with
 * progress in trials, a rerun served from the cache, a cancel that keeps the finished points
 * for the restart, an impossible set-up refused before any point, and the tfjs Gram engine used
 * only on an accelerator and for big enough matrices, with the same results as the core.
 */
import { describe, expect, it } from 'vitest';
import { coreGram, type GramFn } from '../../../core/capacity/gram';
import { expandGrid, runOrder } from '../../../core/capacity/grid';
import { DEFAULT_POINT } from '../../../core/capacity/presets';
import type { GridSpec, PointLine } from '../../../core/capacity/types';
import type { HostContext } from '../../../engine/room';
import type { CapacityRoomApi } from './api';
import type { RoomImpl } from '../../../worker-api/host-api';
import { capacityRoomWith, TF_GRAM_MIN } from './room';

const ctx: HostContext = {
  memories: () => {
    throw new Error('no memories');
  },
  mnist: () => {
    throw new Error('no digits');
  },
  onChange: () => undefined,
};

const grid: GridSpec = {
  base: { ...DEFAULT_POINT, trials: 3, kCap: 200, data: { ...DEFAULT_POINT.data, N: 24 } },
  series: [
    { label: 'n = 3', set: { model: { energy: 'polynomial', n: 3 } }, sweep: { N: [24, 32] } },
    { label: 'n = 2', set: { model: { energy: 'polynomial', n: 2 } }, sweep: { N: [24, 32] } },
  ],
};

function open(opts: Parameters<typeof capacityRoomWith>[0] = { tfGram: null }) {
  const room = capacityRoomWith(opts).create(ctx) as unknown as RoomImpl<CapacityRoomApi>;
  return room;
}

async function runAll(
  room: RoomImpl<CapacityRoomApi>,
  g: GridSpec,
  signal = new AbortController().signal,
) {
  const lines: PointLine[] = [];
  const progress: [number, number][] = [];
  const summary = await room.runGrid(
    signal,
    g,
    (l) => lines.push(l),
    (d, t) => progress.push([d, t]),
  );
  return { lines, progress, summary };
}

describe('the capacity room', () => {
  it('reports every point in run order, with progress in trials, then serves a rerun from its cache', async () => {
    const room = open();
    const first = await runAll(room, grid);
    expect(first.lines.map((l) => l.index)).toEqual(runOrder(expandGrid(grid)).map((p) => p.index));
    expect(first.lines.every((l) => l.kMax.median > 0 && l.curve.length > 0)).toBe(true);
    expect(first.progress[first.progress.length - 1]).toEqual([12, 12]);
    const done = first.progress.map(([d]) => d);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(first.summary).toMatchObject({ points: 4, cached: 0, trials: 12 });
    const again = await runAll(room, grid);
    expect(again.summary.cached).toBe(4);
    expect(again.lines).toEqual(first.lines);
  });

  it('stops on a cancel; the restart measures only the points still missing', async () => {
    const room = open();
    const abort = new AbortController();
    const lines: PointLine[] = [];
    const run = room.runGrid(
      abort.signal,
      grid,
      (l) => {
        lines.push(l);
        if (lines.length === 2) abort.abort();
      },
      () => undefined,
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(lines).toHaveLength(2);
    const rest = await runAll(room, grid);
    expect(rest.summary.cached).toBe(2);
    expect(rest.lines).toHaveLength(4);
  });

  it('refuses an impossible set-up before any point, naming the point and the field', async () => {
    const room = open();
    const bad: GridSpec = {
      ...grid,
      series: [
        ...grid.series,
        {
          label: 'far apart',
          set: { data: { kind: 'separated', dH: 20 } },
          sweep: { N: [24] },
        },
      ],
    };
    const { lines } = { lines: [] as PointLine[] };
    await expect(
      room.runGrid(
        new AbortController().signal,
        bad,
        (l) => lines.push(l),
        () => undefined,
      ),
    ).rejects.toThrow(/^Point 5 \(far apart\): data\.dH: 20 is more than the generator reaches/);
    expect(lines).toHaveLength(0);
  });

  it('sends big Gram matrices to tfjs on an accelerator only, with the same results', async () => {
    const sizes: number[] = [];
    const tfGram: GramFn = (pool, count, N) => {
      sizes.push(count * count * N);
      return coreGram(pool, count, N);
    };
    const big: GridSpec = {
      base: { ...grid.base, kCap: 600, trials: 2 },
      series: [
        { label: 'n = 3', set: { model: { energy: 'polynomial', n: 3 } }, sweep: { N: [64] } },
      ],
    };
    const onCpu = await runAll(open({ tfGram, backend: () => 'cpu' }), big);
    expect(sizes).toEqual([]);
    expect(onCpu.summary.gram.tfjs).toBe(0);
    const onGpu = await runAll(open({ tfGram, backend: () => 'webgl' }), big);
    expect(onGpu.summary.gram.tfjs).toBeGreaterThan(0);
    expect(sizes.every((s) => s >= TF_GRAM_MIN)).toBe(true);
    expect(onGpu.summary.gram.core).toBeGreaterThan(0); // the small first chunks stay on the core
    expect(onGpu.lines).toEqual(onCpu.lines);
  });
});
