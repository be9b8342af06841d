/**
 * The connection against the real compute host over a MessageChannel (comlink's own testing
 * method): typed arrays cross, errors propagate with their message, the one queue keeps order
 * (urgent calls first), an AbortSignal cancels a queued call before it is sent and an in-flight
 * one in the worker, and the watchdog respawns a stuck worker and replays what it held.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BasinRequest } from '../core/basins/basin-types';
import { defineRoom } from '../engine/room';
import { tf } from '../engine/tf';
import { createRng } from '../core/util/random';
import { noisyProbes, randomSigns } from '../engine/fixtures';
import { basinsRoomWith } from '../labs/basins/worker/room';
import type { BasinsRoomApi } from '../labs/basins/worker/api';
import type { StudioRoomApi } from '../labs/studio/worker/api';
import { studioRoom } from '../labs/studio/worker/room';
import { channelSpawn, type SpawnedHost } from '../test-utils/channel-worker';
import { createConnection, type Connection, type WorkerStatus } from './connection';

/** A room that records the order its calls arrive in. */
interface LogRoomApi {
  note(text: string): Promise<string>;
}
const arrivals: string[] = [];
const logRoom = defineRoom<LogRoomApi>({
  id: 'log',
  create: () => ({
    note: async (_signal, text) => {
      arrivals.push(text);
      return text;
    },
  }),
});

const rooms = () => [studioRoom, basinsRoomWith({ sliceMs: 5 }), logRoom];
const sync = { mode: 'sync', order: 'sequential', seed: 1, maxSteps: 20 } as const;
let conn: Connection | null = null;
afterEach(() => {
  conn?.terminate();
  vi.useRealTimers();
});

const open = (log?: SpawnedHost[]) =>
  (conn = createConnection({ spawn: channelSpawn(rooms, { log }), pingIntervalMs: 0 }));

describe('the connection to the compute worker', () => {
  it('inits once for every room, stores memories, retrieves single states and batches', async () => {
    const c = open();
    const info = await c.init('auto');
    expect(info.name).toBe('cpu');
    const rng = createRng(3);
    const memories = randomSigns(rng, 4, 32);
    await c.setMemories(memories, 7);
    expect(memories.data.length).toBe(128); // the caller keeps its data
    expect(c.memoriesVersion()).toBe(7);
    const studio = c.room<StudioRoomApi>('studio');
    const spec = { energy: 'polynomial', n: 3, beta: 1 } as const;
    const probe = noisyProbes(rng, memories, 1, 0.1);
    const res = await studio.call('retrieve', [
      { spec, dynamics: sync, state: probe.data as Float32Array },
    ]);
    expect(res.final).toBeInstanceOf(Float32Array);
    expect(res.converged).toBe(true);
    const batch = await studio.call('retrieveBatch', [
      { spec, states: noisyProbes(rng, memories, 6, 0.1), maxSteps: 20 },
    ]);
    expect(batch.finals.data).toBeInstanceOf(Float32Array);
    expect(batch.finals.count).toBe(6);
    expect(batch.steps).toBeInstanceOf(Int32Array);
    expect(batch.energies).toBeInstanceOf(Float64Array);
  });

  it('steps live trajectories per room: the studio and the basins probe never share ids', async () => {
    const c = open();
    await c.init('cpu');
    const rng = createRng(8);
    const memories = randomSigns(rng, 6, 64);
    await c.setMemories(memories, 1);
    const cue = noisyProbes(rng, memories, 1, 0.2).data as Float32Array;
    const config = {
      spec: { energy: 'polynomial', n: 3, beta: 1 },
      mode: 'async',
      order: 'random',
      temperature: 0,
    } as const;
    const studio = c.room<StudioRoomApi>('studio');
    const basins = c.room<BasinsRoomApi>('basins');
    const first = await studio.call('startTrajectory', [{ id: 1, config, seed: 2, state: cue }]);
    expect(first.t).toBe(0);
    expect(first.overlaps).toHaveLength(6);
    await basins.call('startTrajectory', [{ id: 1, config, seed: 2, state: cue }]);
    const frames = await studio.call('advanceTrajectory', [
      { id: 1, unit: 'neuron', count: 32, frameEvery: 8 },
    ]);
    expect(frames.map((f) => f.t)).toEqual([0.125, 0.25, 0.375, 0.5]);
    for (let k = 1; k < frames.length; k++)
      expect(frames[k].energy).toBeLessThanOrEqual(frames[k - 1].energy);
    const [probe] = await basins.call('advanceTrajectory', [{ id: 1, unit: 'step', count: 1 }]);
    expect(probe.t).toBe(1); // its own trajectory 1, untouched by the studio's
    const soft = await studio.call('configureTrajectory', [
      1,
      { spec: { energy: 'softmax', n: 3, beta: 8 } },
    ]);
    expect(soft.weights).toHaveLength(6);
    await studio.call('endTrajectory', [1]);
    await expect(
      studio.call('advanceTrajectory', [{ id: 1, unit: 'step', count: 1 }]),
    ).rejects.toThrow(/no trajectory 1/);
  });

  it('propagates errors with a clear message', async () => {
    const c = open();
    const state = new Float32Array(8).fill(1);
    const spec = { energy: 'polynomial', n: 99, beta: 1 } as const;
    const studio = c.room<StudioRoomApi>('studio');
    await expect(studio.call('retrieve', [{ spec, dynamics: sync, state }])).rejects.toThrow(
      /setMemories first/,
    );
    await c.setMemories(randomSigns(createRng(1), 2, 8), 1);
    await expect(studio.call('retrieve', [{ spec, dynamics: sync, state }])).rejects.toThrow(
      /n must be an integer/,
    );
    const states = { count: 1, dim: 8, data: state.slice() };
    await expect(studio.call('retrieveBatch', [{ spec, states, maxSteps: 5 }])).rejects.toThrow(
      /n must be an integer/,
    );
  });

  it('one queue: calls arrive in order, an urgent call first, an aborted one never', async () => {
    const c = open();
    await c.init('cpu');
    arrivals.length = 0;
    const log = c.room<LogRoomApi>('log');
    const abort = new AbortController();
    const calls = [
      log.call('note', ['a']),
      log.call('note', ['b']),
      log.call('note', ['dropped'], { signal: abort.signal }),
      log.call('note', ['c']),
      log.call('note', ['urgent'], { urgent: true }),
    ];
    abort.abort();
    const results = await Promise.allSettled(calls);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    expect((results[2] as PromiseRejectedResult).reason).toMatchObject({ name: 'AbortError' });
    expect(arrivals).toEqual(['a', 'urgent', 'b', 'c']);
    expect(c.pending).toBe(0);
  });

  it('an aborted request rejects at once and frees its work in the worker', async () => {
    const c = open();
    await c.init('cpu');
    await c.setMemories(randomSigns(createRng(2), 4, 400), 1);
    const basins = c.room<BasinsRoomApi>('basins');
    const req: BasinRequest = {
      spec: { energy: 'polynomial', n: 2, beta: 1 },
      plane: { kind: 'pca' },
      resolution: 256,
      maxSteps: 20,
      mode: 'async',
      order: 'random',
      seed: 2,
    };
    const abort = new AbortController();
    let passes = 0;
    const running = basins.call('basinMap', [req, () => void passes++], {
      signal: abort.signal,
      background: true,
    });
    await expect.poll(() => passes).toBeGreaterThan(0);
    abort.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    const seen = passes;
    // The worker stopped: a small map right after is answered, and no more passes arrive.
    const small = await basins.call('basinMap', [{ ...req, resolution: 64 }, () => undefined], {
      background: true,
    });
    expect(small.resolution).toBe(64);
    expect(passes).toBe(seen);
  });

  it('respawns a stuck worker and replays the backend (no new calibration) and memories', async () => {
    // Fake clocks for the ping interval and deadline only: the channel's messages still flow.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const log: SpawnedHost[] = [];
    const statuses: WorkerStatus[] = [];
    let readyAgain: () => void = () => undefined;
    const replayed = new Promise<void>((r) => (readyAgain = r));
    const c = (conn = createConnection({
      spawn: channelSpawn(rooms, {
        log,
        patch: (api, n) =>
          n > 0
            ? api
            : ({
                ...api,
                host: { ...api.host, ping: () => new Promise<number>(() => {}) },
              } as typeof api),
      }),
      pingIntervalMs: 50,
      pingDeadlineMs: 100,
    }));
    c.onStatus((s) => {
      statuses.push(s);
      if (statuses.filter((t) => t.kind === 'ready').length === 2) readyAgain();
    });
    const info = await c.init('cpu');
    await c.setMemories(randomSigns(createRng(2), 3, 16), 42);
    // 99 ms: the first ping went out at 50 ms and is still within its 100 ms deadline.
    await vi.advanceTimersByTimeAsync(99);
    expect(log).toHaveLength(1);
    expect(statuses.map((s) => s.kind)).toEqual(['ready']);
    // 150 ms: the deadline of that ping passes; the watchdog respawns and replays.
    await vi.advanceTimersByTimeAsync(51);
    expect(statuses.map((s) => s.kind)).toEqual(['ready', 'restarted']);
    await replayed;
    expect(statuses.map((s) => s.kind)).toEqual(['ready', 'restarted', 'ready']);
    expect(log).toHaveLength(2);
    const again = statuses[2];
    expect(again.kind === 'ready' && again.backend).toEqual(info);
    const state = new Float32Array(16).fill(1);
    const spec = { energy: 'polynomial', n: 2, beta: 1 } as const;
    // A call made now waits for the replay (backend, then memories) to finish.
    const res = await c
      .room<StudioRoomApi>('studio')
      .call('retrieve', [{ spec, dynamics: sync, state }]);
    expect(res.final.length).toBe(16);
    expect(await log[1].api.host.ping()).toBe(42); // the memories are back
  });

  it('answers core work while init still times the backends', async () => {
    // Two backends in Node (the cpu factory under a second name), and a workload that waits.
    tf.registerBackend('wasm', tf.findBackendFactory('cpu')!);
    let release: (ms: number) => void = () => undefined;
    const slowRoom = defineRoom<LogRoomApi>({
      id: 'slow',
      calibration: { label: 'slow', run: () => new Promise<number>((r) => (release = r)) },
      create: () => ({ note: async (_signal, text) => text }),
    });
    try {
      const c = (conn = createConnection({
        spawn: channelSpawn(() => [slowRoom]),
        pingIntervalMs: 0,
      }));
      let chosen = false;
      const init = c.init('auto').then((info) => ((chosen = true), info));
      expect(await c.ping()).toBe(-1);
      expect(await c.room<LogRoomApi>('slow').call('note', ['meanwhile'])).toBe('meanwhile');
      expect(chosen).toBe(false);
      // Two backends, each a warm-up and a few timed runs: far fewer than 100 releases.
      for (let k = 0; !chosen; k++) {
        expect(k).toBeLessThan(100);
        release(1);
        await new Promise((r) => setImmediate(r));
      }
      expect((await init).probes.filter((p) => p.stepMs !== undefined)).toHaveLength(2);
    } finally {
      tf.removeBackend('wasm');
      await tf.setBackend('cpu');
    }
  });

  it('rejects calls after terminate', async () => {
    const c = open();
    c.terminate();
    await expect(c.init('cpu')).rejects.toThrow(/terminated/);
  });
});
