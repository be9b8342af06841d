/**
 * Basin calls through the real client and worker API over a MessageChannel: the pass callback
 * crosses as a comlink proxy, typed arrays arrive intact, cancel rejects with "cancelled".
 */
import { expose } from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import type { BasinPass, BasinRequest } from '../core/basins/basin-types';
import { createDamApi } from '../engine/dam-api-impl';
import { createRng, randomSigns } from '../engine/fixtures';
import { createSession } from '../engine/session';
import { createDamClient, type DamClient, type SpawnedWorker } from './dam-client';

function channelSpawn(): () => SpawnedWorker {
  return () => {
    const { port1, port2 } = new MessageChannel();
    expose(
      createDamApi(createSession({ basin: { sliceMs: 5 } })),
      port2 as unknown as Parameters<typeof expose>[1],
    );
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

let client: DamClient | null = null;
afterEach(() => client?.terminate());

const req: BasinRequest = {
  id: 1,
  spec: { energy: 'polynomial', n: 3, beta: 1 },
  plane: { kind: 'pca' },
  resolution: 64,
  maxSteps: 20,
  mode: 'async',
  order: 'random',
  seed: 2,
};

describe('basin calls over a MessageChannel', () => {
  it('delivers every pass through the proxied callback and resolves with the finest', async () => {
    client = createDamClient({ spawn: channelSpawn(), pingIntervalMs: 0 });
    await client.init('cpu');
    await client.setMemories(randomSigns(createRng(1), 4, 50), 1);
    const passes: BasinPass[] = [];
    const final = await client.basinMap(req, (p) => passes.push(p));
    await expect.poll(() => passes.length).toBe(2);
    expect(passes.map((p) => p.resolution)).toEqual([32, 64]);
    expect(final.outcome).toBeInstanceOf(Int32Array);
    expect(final.steps).toBeInstanceOf(Uint16Array);
    expect(final.energy).toBeInstanceOf(Float64Array);
    expect(final.plane.u).toBeInstanceOf(Float64Array);
    expect(Array.from(passes[1].outcome)).toEqual(Array.from(final.outcome));
    const again = await client.basinMap({ ...req, id: 2 }, () => undefined);
    expect(Array.from(again.outcome)).toEqual(Array.from(final.outcome));

    const curves = await client.basinCurves({
      id: 1,
      spec: req.spec,
      memories: [0],
      flips: [0, 0.3],
      trials: 20,
      maxSteps: 20,
      mode: 'async',
      order: 'sequential',
      seed: 1,
    });
    expect(curves[0].p[0]).toBe(1);
  });

  it('cancelBasin rejects the running map with "cancelled"', async () => {
    client = createDamClient({ spawn: channelSpawn(), pingIntervalMs: 0 });
    await client.init('cpu');
    await client.setMemories(randomSigns(createRng(2), 4, 400), 1);
    const running = client.basinMap(
      { ...req, id: 7, spec: { energy: 'polynomial', n: 2, beta: 1 }, resolution: 256 },
      () => undefined,
    );
    await new Promise((r) => setTimeout(r, 20));
    await client.cancelBasin(7);
    await expect(running).rejects.toThrow('cancelled');
  });
});
