/**
 * The train room through the page's connection to a real host (tfjs-cpu) over a MessageChannel:
 * the MNIST set sent once, a one-epoch group on 100 digits, evaluate, supersede and abort,
 * errors as sentences, and a crashed worker respawned with the digits replayed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { defaultTemperature } from '../../../core/classifier/kh-model';
import { parseMnistAsset } from '../../../core/data/mnist-format';
import { channelSpawn, type SpawnedHost } from '../../../test-utils/channel-worker';
import { mnistAssetBytes } from '../../../test-utils/mnist-asset';
import {
  createConnection,
  type Connection,
  type WorkerStatus,
} from '../../../worker-client/connection';
import type { LabEpochEvent, LabEvent, LabRunSpec, TrainRoomApi } from './api';
import { trainRoomWith } from './room';

const spec = (id: number, epochs: number): LabRunSpec => ({
  id,
  epochs,
  options: { K: 6, n: 3, seed: id, batchSize: 50 },
});

/** The events callback of a train call, what it received, and a promise of its first batch. */
function collect() {
  const events: LabEvent[] = [];
  let arrive: () => void = () => undefined;
  const arrived = new Promise<void>((r) => (arrive = r));
  const sink = (e: LabEvent[]) => {
    events.push(...e);
    arrive();
  };
  return { events, sink, arrived };
}

let conn: Connection | null = null;
afterEach(() => conn?.terminate());

async function open(log?: SpawnedHost[]) {
  conn = createConnection({
    spawn: channelSpawn(() => [trainRoomWith()], { log }),
    pingIntervalMs: 0,
  });
  await conn.init('cpu');
  return { conn, room: conn.room<TrainRoomApi>('train') };
}

const mnist = () => parseMnistAsset(mnistAssetBytes());

describe('the train room over the connection', () => {
  it('trains one epoch on 100 digits with the digits sent once, and evaluates the result', async () => {
    const { conn: c, room } = await open();
    const set = mnist();
    await c.setMnist(set);
    expect(set.pixels.length).toBeGreaterThan(0); // the page keeps its copy
    const events: LabEvent[] = [];
    const outcome = await room.call(
      'train',
      [
        { runs: [spec(1, 1)], subset: 100, progressEveryMs: 0 },
        (e: LabEvent[]) => events.push(...e),
      ],
      { background: true },
    );
    expect(outcome).toBe('finished');
    await expect.poll(() => events.length).toBe(3); // the last batch is not awaited by the worker
    expect(events.map((e) => e.kind)).toEqual(['progress', 'progress', 'epoch']);
    const epoch = events[2] as LabEpochEvent;
    expect(epoch).toMatchObject({ id: 1, epoch: 1, T: defaultTemperature(3) });
    expect(epoch.memories).toBeInstanceOf(Float32Array);
    expect(epoch.memories).toHaveLength(6 * 794);
    expect(epoch.contributors.histogram).toBeInstanceOf(Int32Array);
    const copy = epoch.memories.slice();
    const evaluation = await room.call('evaluate', [spec(1, 1).options, epoch.T, copy], {
      background: true,
      transfer: [copy.buffer],
    });
    expect(evaluation.testError).toBe(epoch.testError);
    expect(evaluation.contributors.mean).toBe(epoch.contributors.mean);
  });

  it('answers with one clear sentence', async () => {
    const { conn: c, room } = await open();
    await expect(room.call('train', [{ runs: [spec(1, 1)] }, () => undefined])).rejects.toThrow(
      'the MNIST digits have not been sent to the worker yet',
    );
    await c.setMnist(mnist());
    const risky = { ...spec(1, 1), options: { n: 30, Tin: 20 } };
    await expect(
      room.call('train', [{ runs: [risky], subset: 100 }, () => undefined], { background: true }),
    ).rejects.toThrow(/^run 1: T = 20 is too small for n = 30/);
    expect(await room.call('held', [])).toBe(0);
  });

  it('a new group replaces the running one; pause and held answer while training; abort stops it', async () => {
    const { conn: c, room } = await open();
    await c.setMnist(mnist());
    const bg = { background: true };
    const seen = collect();
    const first = room.call('train', [{ runs: [spec(1, 50)], subset: 100 }, seen.sink], bg);
    await seen.arrived;
    const second = room.call('train', [{ runs: [spec(2, 1)], subset: 100 }, () => undefined], bg);
    expect(await first).toBe('cancelled');
    expect(await second).toBe('finished');

    const third = collect();
    const abort = new AbortController();
    const running = room.call(
      'train',
      [{ runs: [spec(3, 50), spec(4, 50)], subset: 100 }, third.sink],
      { ...bg, signal: abort.signal },
    );
    await third.arrived;
    await room.call('pause', [], { urgent: true });
    expect(await room.call('held', [])).toBe(2);
    await room.call('resume', [], { urgent: true });
    abort.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    // The worker stops the group after its current minibatch.
    await expect.poll(() => room.call('held', [])).toBe(0);
  });

  it('respawns a crashed worker with the digits replayed, and rejects the training in flight', async () => {
    const spawned: SpawnedHost[] = [];
    const statuses: WorkerStatus['kind'][] = [];
    const { conn: c, room } = await open(spawned);
    c.onStatus((s) => statuses.push(s.kind));
    await c.setMnist(mnist());
    const events = collect();
    const training = room.call('train', [{ runs: [spec(1, 50)], subset: 100 }, events.sink], {
      background: true,
    });
    await events.arrived;
    spawned[0].crash('worker error: boom');
    await expect(training).rejects.toThrow('worker restarted: worker error: boom');
    expect(await room.call('held', [])).toBe(0);
    expect(spawned).toHaveLength(2);
    expect(statuses).toEqual(['restarted', 'ready']);
    // The new worker has the digits again: it trains without another setMnist.
    expect(
      await room.call('train', [{ runs: [spec(2, 1)], subset: 100 }, () => undefined], {
        background: true,
      }),
    ).toBe('finished');
  });
});
