/**
 * The CDAM runtime against the real room in-process (no worker): the cue builds the start, Play
 * runs to the set-up's step count with a, h read live, Step adds one, a structural edit starts
 * again, the experiments fill the cache, the phase map fills row by row, an adjacency import is
 * checked and a broken one leaves the graph as it was, and a set-up problem is a sentence.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { HostContext } from '../../../engine/room';
import type { Shell } from '../../../shell/shell';
import { installLabSlices, useDamStore } from '../../../store';
import type { RoomClient } from '../../../worker-client/connection';
import type { CdamRoomApi } from '../worker/api';
import { createCdamRoom } from '../worker/room';
import { createCdam } from './runtime';
import { DEFAULT_CDAM } from './setup';
import { createCdamSlice } from './slice';

installLabSlices([createCdamSlice]);

const shell = {
  compute: {
    whenReady: () => Promise.resolve(),
    ensureMnist: () => Promise.resolve(),
    ensureMemories: () => Promise.resolve(0),
  },
} as unknown as Shell;

const ctx: HostContext = {
  memories: () => {
    throw new Error('no bank');
  },
  mnist: () => {
    throw new Error('no MNIST');
  },
  onChange: () => undefined,
};

/** The real room in-process; `calls` collects the methods called. */
function roomClient(calls: string[] = []): RoomClient<CdamRoomApi> {
  const impl = createCdamRoom(ctx) as unknown as Record<
    string,
    (...a: unknown[]) => Promise<unknown>
  >;
  return {
    call: (method, args, opts) => {
      calls.push(method);
      return impl[method](opts?.signal ?? new AbortController().signal, ...(args as unknown[]));
    },
  } as RoomClient<CdamRoomApi>;
}

/** A small ring so the tests are quick. */
const SMALL = {
  ...DEFAULT_CDAM,
  memories: { ...DEFAULT_CDAM.memories, P: 12, N: 200 },
  graph: {
    P: 12,
    directed: false,
    edges: Array.from({ length: 12 }, (_, i) => [i, (i + 1) % 12] as [number, number]),
  },
  steps: 20,
  speed: 5,
};

beforeEach(() => {
  useDamStore.getState().setCdam(SMALL);
  useDamStore.getState().setCdamRun({ status: 'empty', t: 0 });
});

describe('the CDAM runtime', () => {
  it('plays a cued run to its end with a = 1 staying on the cue', async () => {
    const rt = createCdam(shell, roomClient());
    await rt.reset();
    expect(useDamStore.getState().cdamRun.status).toBe('ready');
    await rt.play();
    const run = rt.results.get().run!;
    expect(useDamStore.getState().cdamRun).toMatchObject({ status: 'done', t: 20 });
    expect(run.rows).toHaveLength(21);
    const last = run.rows[20];
    expect(last[0]).toBeGreaterThan(0.9);
    expect(Math.max(...Array.from(last).slice(2, 11))).toBeLessThan(0.3);
  });

  it('reads a and h live: an anti-Hebbian setting spreads recall to the neighbours', async () => {
    const rt = createCdam(shell, roomClient());
    const neighbours = () => {
      const last = rt.results.get().run!.rows.at(-1)!;
      return (last[1] + last[11]) / 2;
    };
    rt.edit({ steps: 100 });
    await rt.reset();
    await rt.play();
    const auto = neighbours();
    rt.edit({ params: { a: -0.5, h: 1.5, beta: 1, eta: 0.1 } });
    await rt.play(); // a finished run plays again from its cue
    expect(useDamStore.getState().cdamRun).toMatchObject({ status: 'done', t: 100 });
    expect(neighbours()).toBeGreaterThan(auto + 0.1);
  });

  it('steps one at a time and starts again after a structural edit', async () => {
    const rt = createCdam(shell, roomClient());
    await rt.reset();
    await rt.step();
    await rt.step();
    expect(useDamStore.getState().cdamRun).toMatchObject({ status: 'paused', t: 2 });
    rt.edit({ cue: { start: 3, noise: 0.5, seed: 2 } });
    await rt.reset();
    expect(useDamStore.getState().cdamRun).toMatchObject({ status: 'ready', t: 0 });
    expect(rt.results.get().run!.rows[0][3]).toBeGreaterThan(0.5);
  });

  it('builds the start once for an edit and the view that follows it (ensure)', async () => {
    const calls: string[] = [];
    const rt = createCdam(shell, roomClient(calls));
    await rt.ensure();
    rt.edit({ cue: { start: 2, noise: 0, seed: 1 } });
    await rt.ensure(); // the lab's view asks again for the same set-up
    await rt.ensure();
    expect(calls.filter((c) => c === 'cue')).toHaveLength(2);
    expect(useDamStore.getState().cdamRun.status).toBe('ready');
    expect(rt.results.get().run!.rows[0][2]).toBeGreaterThan(0.99);
  });

  it('says what is wrong with a set-up without calling the room', async () => {
    const rt = createCdam(shell, roomClient());
    useDamStore.getState().setCdam({ cue: { start: 40, noise: 0, seed: 1 } });
    await rt.reset();
    expect(useDamStore.getState().cdamRun.status).toBe('error');
    expect(useDamStore.getState().cdamRun.error).toMatch(/start memory/);
  });

  it('imports an adjacency CSV, and a broken one keeps the graph', () => {
    const rt = createCdam(shell, roomClient());
    const before = useDamStore.getState().cdam.graph;
    expect(rt.importAdjacency('0,1\n1,x\n')).toMatch(/line 2/);
    expect(useDamStore.getState().cdam.graph).toBe(before);
    const text = rt.adjacencyText();
    expect(rt.importAdjacency(text)).toBeNull();
    expect(useDamStore.getState().cdam.graph.edges).toHaveLength(12);
  });

  it('fills the phase map row by row and runs the automaton', async () => {
    const rt = createCdam(shell, roomClient());
    useDamStore.getState().setCdam({ phase: { aRange: [-2, 1], hRange: [0, 3], R: 8, steps: 40 } });
    await rt.phase();
    const p = rt.results.get().phase!;
    expect(p.rows.filter(Boolean)).toHaveLength(8);
    const modes = new Set(p.rows.flatMap((r) => r!.map((c) => c.mode)));
    expect(modes.has('auto')).toBe(true);
    expect(modes.size).toBeGreaterThan(1);
    await rt.automaton();
    const a = rt.results.get().automaton!;
    expect(a.steps.every((s) => s.read === s.expected)).toBe(true);
  });
});
