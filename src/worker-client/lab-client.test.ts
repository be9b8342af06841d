/**
 * The lab client against the real lab API (tfjs-cpu) over a MessageChannel, as comlink tests
 * itself: init with the asset, a one-epoch group on 100 digits, evaluate, cancel and supersede,
 * errors as sentences, and a crashed worker respawned with init replayed.
 */
import { expose } from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultTemperature } from '../core/classifier/kh-model';
import { createLabApi } from '../labs/train/worker/lab-api-impl';
import type { LabEpochEvent, LabEvent, LabRunSpec, LabWorkerApi } from '../worker-api/lab-api';
import {
  createLabClient,
  type LabClient,
  type LabClientStatus,
  type SpawnedLabWorker,
} from './lab-client';
import { mnistAssetBytes } from '../test-utils/mnist-asset';

interface Spawned {
  api: LabWorkerApi;
  crash: (reason: string) => void;
}

/** Each spawn exposes a fresh lab API on a new channel; `log` gets the API and its crash switch. */
function channelSpawn(log: Spawned[] = []): () => SpawnedLabWorker {
  return () => {
    const { port1, port2 } = new MessageChannel();
    const api = createLabApi();
    expose(api, port2 as unknown as Parameters<typeof expose>[1]);
    let onCrash: (reason: string) => void = () => undefined;
    log.push({ api, crash: (reason) => onCrash(reason) });
    return {
      endpoint: port1 as unknown as SpawnedLabWorker['endpoint'],
      terminate: () => {
        void api.cancel(); // an in-process "worker" would otherwise keep training
        port1.close();
        port2.close();
      },
      onCrash: (cb) => (onCrash = cb),
    };
  };
}

function assetBytes(): ArrayBuffer {
  return mnistAssetBytes();
}

const spec = (id: number, epochs: number): LabRunSpec => ({
  id,
  epochs,
  options: { K: 6, n: 3, seed: id, batchSize: 50 },
});

/** Resolves when `events` (filled by the train callback) first holds an event. */
async function firstEvent(events: LabEvent[]): Promise<void> {
  while (events.length === 0) await new Promise((r) => setTimeout(r, 5));
}

let client: LabClient | null = null;
afterEach(() => client?.terminate());

describe('lab-client over a MessageChannel', () => {
  it('inits, trains one epoch on 100 digits, and evaluates the result', async () => {
    client = createLabClient({ spawn: channelSpawn() });
    const asset = assetBytes();
    const info = await client.init('cpu', asset);
    expect(info.name).toBe('cpu');
    expect(asset.byteLength).toBeGreaterThan(0); // the caller keeps its asset
    const events: LabEvent[] = [];
    const outcome = await client.train(
      { runs: [spec(1, 1)], subset: 100, progressEveryMs: 0 },
      (e) => events.push(...e),
    );
    expect(outcome).toBe('finished');
    await new Promise((r) => setTimeout(r, 20)); // the last event batch is not awaited by the worker
    expect(events.map((e) => e.kind)).toEqual(['progress', 'progress', 'epoch']);
    const epoch = events[2] as LabEpochEvent;
    expect(epoch).toMatchObject({ id: 1, epoch: 1, T: defaultTemperature(3) });
    expect(epoch.memories).toBeInstanceOf(Float32Array);
    expect(epoch.memories).toHaveLength(6 * 794);
    expect(epoch.contributors.histogram).toBeInstanceOf(Int32Array);
    const options = spec(1, 1).options;
    const evaluation = await client.evaluate(options, epoch.T, epoch.memories);
    expect(epoch.memories).toHaveLength(6 * 794); // copied, not taken
    expect(evaluation.testError).toBe(epoch.testError);
    expect(evaluation.contributors.mean).toBe(epoch.contributors.mean);
  });

  it('answers with one clear sentence', async () => {
    client = createLabClient({ spawn: channelSpawn() });
    await expect(client.train({ runs: [spec(1, 1)] }, () => undefined)).rejects.toThrow(
      'the lab has no data yet: call init first',
    );
    await expect(client.init('cpu', new ArrayBuffer(8))).rejects.toThrow(
      /^the MNIST asset could not be read: /,
    );
    await client.init('cpu', assetBytes());
    const risky = { ...spec(1, 1), options: { n: 30, Tin: 20 } };
    await expect(client.train({ runs: [risky], subset: 100 }, () => undefined)).rejects.toThrow(
      /^run 1: T = 20 is too small for n = 30/,
    );
    expect(await client.ping()).toBe(0);
  });

  it('a new train call cancels the running one; pause, ping and cancel answer while training', async () => {
    client = createLabClient({ spawn: channelSpawn() });
    await client.init('cpu', assetBytes());
    const seen: LabEvent[] = [];
    const first = client.train({ runs: [spec(1, 50)], subset: 100 }, (e) => seen.push(...e));
    await firstEvent(seen);
    const second = client.train({ runs: [spec(2, 1)], subset: 100 }, () => undefined);
    expect(await first).toBe('cancelled');
    expect(await second).toBe('finished');

    const third: LabEvent[] = [];
    const running = client.train({ runs: [spec(3, 50), spec(4, 50)], subset: 100 }, (e) =>
      third.push(...e),
    );
    await firstEvent(third);
    await client.pause();
    expect(await client.ping()).toBe(2);
    await client.resume();
    await client.cancel();
    expect(await running).toBe('cancelled');
    expect(await client.ping()).toBe(0);
  });

  it('respawns a crashed worker, replays init, and rejects the training in flight', async () => {
    const spawned: Spawned[] = [];
    const statuses: LabClientStatus['kind'][] = [];
    client = createLabClient({ spawn: channelSpawn(spawned) });
    client.onStatus((s) => statuses.push(s.kind));
    await client.init('cpu', assetBytes());
    const events: LabEvent[] = [];
    const training = client.train({ runs: [spec(1, 50)], subset: 100 }, (e) => events.push(...e));
    await firstEvent(events);
    spawned[0].crash('worker error: boom');
    await expect(training).rejects.toThrow('worker restarted: worker error: boom');
    expect(await client.ping()).toBe(0);
    expect(spawned).toHaveLength(2);
    expect(statuses).toEqual(['ready', 'restarted', 'ready']);
    // The new worker has the data again: it trains without another init.
    expect(await client.train({ runs: [spec(2, 1)], subset: 100 }, () => undefined)).toBe(
      'finished',
    );
  });
});
