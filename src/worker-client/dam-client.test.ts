/**
 * The client against the real worker API over a MessageChannel (comlink's own testing method):
 * typed arrays cross, errors propagate with their message, and the watchdog respawns a stuck
 * worker and replays init + setMemories.
 */
import { expose } from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { createDamApi } from '../engine/dam-api-impl';
import { createRng, noisyProbes, randomSigns } from '../engine/fixtures';
import { createSession } from '../engine/session';
import type { DamWorkerApi } from '../worker-api/dam-api';
import {
  createDamClient,
  type DamClient,
  type DamClientStatus,
  type SpawnedWorker,
} from './dam-client';

function channelSpawn(makeApi: () => DamWorkerApi, log: string[] = []): () => SpawnedWorker {
  return () => {
    const { port1, port2 } = new MessageChannel();
    expose(makeApi(), port2 as unknown as Parameters<typeof expose>[1]);
    log.push('spawn');
    return {
      endpoint: port1 as unknown as SpawnedWorker['endpoint'],
      terminate: () => {
        port1.close();
        port2.close();
      },
      onCrash: () => undefined,
    };
  };
}

const realApi = () => createDamApi(createSession());
const sync = { mode: 'sync', order: 'sequential', seed: 1, maxSteps: 20 } as const;
let client: DamClient | null = null;
afterEach(() => client?.terminate());

describe('dam-client over a MessageChannel', () => {
  it('inits, stores memories, retrieves single states and batches', async () => {
    client = createDamClient({ spawn: channelSpawn(realApi), pingIntervalMs: 0 });
    const info = await client.init('auto');
    expect(info.name).toBe('cpu');
    expect(info.reason).toMatch(/cpu/);
    const rng = createRng(3);
    const memories = randomSigns(rng, 4, 32);
    await client.setMemories(memories, 7);
    expect(memories.data.length).toBe(128); // the caller keeps its data
    const spec = { energy: 'polynomial', n: 3, beta: 1 } as const;
    const probe = noisyProbes(rng, memories, 1, 0.1);
    const res = await client.retrieve({
      runId: 5,
      spec,
      dynamics: sync,
      state: probe.data as Float32Array,
    });
    expect(res.runId).toBe(5);
    expect(res.final).toBeInstanceOf(Float32Array);
    expect(res.converged).toBe(true);
    const batch = await client.retrieveBatch({
      spec,
      states: noisyProbes(rng, memories, 6, 0.1),
      maxSteps: 20,
    });
    expect(batch.finals.data).toBeInstanceOf(Float32Array);
    expect(batch.finals.count).toBe(6);
    expect(batch.steps).toBeInstanceOf(Int32Array);
    expect(batch.energies).toBeInstanceOf(Float64Array);
  });

  it('steps a live trajectory, takes a new model mid-run, and runs two side by side', async () => {
    client = createDamClient({ spawn: channelSpawn(realApi), pingIntervalMs: 0 });
    await client.init('cpu');
    const rng = createRng(8);
    const memories = randomSigns(rng, 6, 64);
    await client.setMemories(memories, 1);
    const cue = noisyProbes(rng, memories, 1, 0.2).data as Float32Array;
    const config = {
      spec: { energy: 'polynomial', n: 3, beta: 1 },
      mode: 'async',
      order: 'random',
      temperature: 0,
    } as const;
    const first = await client.startTrajectory({ id: 1, config, seed: 2, state: cue });
    expect(first.t).toBe(0);
    expect(first.overlaps).toHaveLength(6);
    const frames = await client.advanceTrajectory({
      id: 1,
      unit: 'neuron',
      count: 32,
      frameEvery: 8,
    });
    expect(frames.map((f) => f.t)).toEqual([0.125, 0.25, 0.375, 0.5]);
    for (let k = 1; k < frames.length; k++)
      expect(frames[k].energy).toBeLessThanOrEqual(frames[k - 1].energy);
    const soft = await client.configureTrajectory(1, {
      spec: { energy: 'softmax', n: 3, beta: 8 },
    });
    expect(soft.weights).toHaveLength(6);
    await client.startTrajectory({ id: 2, config, seed: 2, state: cue });
    const [a] = await client.advanceTrajectory({ id: 2, unit: 'step', count: 50 });
    expect(a.converged).toBe(true);
    await client.endTrajectory(2);
    await expect(client.advanceTrajectory({ id: 2, unit: 'step', count: 1 })).rejects.toThrow(
      /no trajectory 2/,
    );
  });

  it('propagates errors with a clear message', async () => {
    client = createDamClient({ spawn: channelSpawn(realApi), pingIntervalMs: 0 });
    const state = new Float32Array(8).fill(1);
    const spec = { energy: 'polynomial', n: 99, beta: 1 } as const;
    await expect(client.retrieve({ runId: 1, spec, dynamics: sync, state })).rejects.toThrow(
      /setMemories first/,
    );
    await client.setMemories(randomSigns(createRng(1), 2, 8), 1);
    await expect(client.retrieve({ runId: 1, spec, dynamics: sync, state })).rejects.toThrow(
      /n must be an integer/,
    );
    const states = { count: 1, dim: 8, data: state.slice() };
    await expect(client.retrieveBatch({ spec, states, maxSteps: 5 })).rejects.toThrow(
      /n must be an integer/,
    );
  });

  it('respawns a stuck worker and replays init and the last memories', async () => {
    const log: string[] = [];
    let spawns = 0;
    const stuckFirst = (): DamWorkerApi => {
      const api = realApi();
      if (spawns++ > 0) return api;
      return { ...api, ping: () => new Promise<number>(() => undefined) };
    };
    const statuses: DamClientStatus[] = [];
    client = createDamClient({
      spawn: channelSpawn(stuckFirst, log),
      pingIntervalMs: 50,
      timeouts: { ping: 100 },
    });
    client.onStatus((s) => statuses.push(s));
    await client.init('cpu');
    await client.setMemories(randomSigns(createRng(2), 3, 16), 42);
    await expect
      .poll(() => statuses.some((s) => s.kind === 'restarted'), { timeout: 3000 })
      .toBe(true);
    await expect
      .poll(() => statuses.filter((s) => s.kind === 'ready').length, { timeout: 3000 })
      .toBe(2);
    expect(log).toEqual(['spawn', 'spawn']);
    const state = new Float32Array(16).fill(1);
    const spec = { energy: 'polynomial', n: 2, beta: 1 } as const;
    const res = await client.retrieve({ runId: 9, spec, dynamics: sync, state });
    expect(res.final.length).toBe(16); // the replayed memories are there
  });

  it('rejects calls after terminate', async () => {
    client = createDamClient({ spawn: channelSpawn(realApi), pingIntervalMs: 0 });
    client.terminate();
    await expect(client.init('cpu')).rejects.toThrow(/terminated/);
  });
});
