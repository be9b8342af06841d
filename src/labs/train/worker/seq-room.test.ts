/**
 * Sequential learning through the train room's real host (tfjs-cpu in Node), on 5 digits per
 * class: two tasks, naive and rehearsal in lockstep, a 2 × 2 matrix per run and one event per run
 * and epoch; a held sequence that ends exactly as an uninterrupted one on resume; a newer call
 * cancelling the running one; an abort; every trainer freed afterwards.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMnistAsset } from '../../../core/data/mnist-format';
import type {
  MethodSpec,
  SeqEpochEvent,
  SeqRequest,
  SeqRunSpec,
} from '../../../core/sequential/types';
import { isAbortError } from '../../../core/util/abort';
import { tf } from '../../../engine/tf';
import { mnistAssetBytes } from '../../../test-utils/mnist-asset';
import { createTestHost } from '../../../test-utils/test-host';
import type { TrainRoomApi } from './api';
import { trainRoomWith } from './room';

const method = (m: MethodSpec['method']): MethodSpec => ({
  method: m,
  buffer: 20,
  selection: 'balanced',
  pseudoItems: 20,
  pseudoSteps: 5,
  lambda: 1,
  fisherSamples: 20,
});

const run = (id: number, m: MethodSpec['method'], epochs = 1): SeqRunSpec => ({
  id,
  options: { K: 10, n: 3, seed: 3, batchSize: 10 },
  method: method(m),
  epochs,
  normalised: false,
});

const request = (epochs = 1): SeqRequest => ({
  tasks: { kind: 'class', tasks: 2, perClass: 5, seed: 1 },
  runs: [run(1, 'naive', epochs), run(2, 'rehearsal', epochs)],
});

function open() {
  const t = createTestHost([trainRoomWith()]);
  void t.host.setMnist(parseMnistAsset(mnistAssetBytes()));
  return { ...t, room: t.room<TrainRoomApi>('train') };
}

/** The events callback, what it received, and a promise of the first batch. */
function collect() {
  const events: SeqEpochEvent[] = [];
  let arrive: () => void = () => undefined;
  const arrived = new Promise<void>((r) => (arrive = r));
  const sink = (e: SeqEpochEvent[]) => {
    events.push(...e);
    arrive();
  };
  return { events, sink, arrived };
}

let reference: Awaited<ReturnType<TrainRoomApi['trainSequence']>>;
let referenceEvents: SeqEpochEvent[];

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('trainSequence in the train room', () => {
  it('runs two tasks for naive and rehearsal: a 2 × 2 matrix each, one event per run and epoch', async () => {
    const { room } = open();
    const seen = collect();
    const base = tf.memory().numTensors;
    reference = await room.trainSequence(request(), seen.sink);
    referenceEvents = seen.events;
    expect(reference.outcome).toBe('finished');
    expect(reference.results.map((r) => r.id)).toEqual([1, 2]);
    for (const r of reference.results) {
      expect(r.matrix).toHaveLength(2);
      for (const row of r.matrix) {
        expect(row).toHaveLength(2);
        for (const a of row) expect(a).toBeGreaterThanOrEqual(0);
      }
    }
    expect(seen.events.map((e) => `${e.id}:${e.task}:${e.epochInTask}:${e.epoch}`).sort()).toEqual([
      '1:0:1:1',
      '1:1:1:2',
      '2:0:1:1',
      '2:1:1:2',
    ]);
    for (const e of seen.events) {
      expect(e.memories).toBeInstanceOf(Float32Array);
      expect(e.memories).toHaveLength(10 * 794);
      expect(e.accuracy).toHaveLength(2);
    }
    expect(await room.held()).toBe(0);
    expect(tf.memory().numTensors).toBe(base);
  });

  it('trains an EWC run (the penalty on the tfjs trainer from task 1 on) and frees it', async () => {
    const { room } = open();
    const base = tf.memory().numTensors;
    const req: SeqRequest = { ...request(), runs: [run(3, 'ewc')] };
    const out = await room.trainSequence(req, () => undefined);
    expect(out.outcome).toBe('finished');
    expect(out.results[0].matrix.map((row) => row.length)).toEqual([2, 2]);
    expect(tf.memory().numTensors).toBe(base);
  });

  it('pause holds a running sequence; resume finishes it exactly as an uninterrupted one', async () => {
    const { room } = open();
    const seen = collect();
    const running = room.trainSequence(request(), seen.sink);
    await seen.arrived;
    await room.pause();
    const count = seen.events.length;
    expect(await room.held()).toBeGreaterThan(0);
    // Another call answered while held (no clock): still no new event.
    expect(await room.held()).toBeGreaterThan(0);
    expect(seen.events.length).toBe(count);
    await room.resume();
    const done = await running;
    expect(done.outcome).toBe('finished');
    const timeless = (o: typeof done) => o.results.map(({ ms: _ms, ...r }) => r);
    expect(timeless(done)).toEqual(timeless(reference));
    expect(seen.events.map((e) => Array.from(e.memories))).toEqual(
      referenceEvents.map((e) => Array.from(e.memories)),
    );
    expect(await room.held()).toBe(0);
  });

  it('a newer call (sequence or train) cancels the running sequence; aborting one rejects and frees it', async () => {
    const { host, room, lastId } = open();
    const base = tf.memory().numTensors;
    const first = collect();
    const long = room.trainSequence(request(50), first.sink);
    await first.arrived;
    const second = collect();
    const next = room.trainSequence(request(), second.sink);
    expect((await long).outcome).toBe('cancelled');
    expect((await next).outcome).toBe('finished');
    expect(second.events).toHaveLength(4);

    // Held, then aborted: the abort wakes it and the call rejects.
    const third = collect();
    const held = room.trainSequence(request(50), third.sink);
    const id = lastId();
    await third.arrived;
    await room.pause();
    await host.abort(id);
    await expect(held).rejects.toSatisfy(isAbortError);
    await room.resume();
    expect(await room.held()).toBe(0);
    expect(tf.memory().numTensors).toBe(base);

    // A train call replaces a running sequence too.
    const fourth = collect();
    const replaced = room.trainSequence(request(50), fourth.sink);
    await fourth.arrived;
    const group = { id: 1, epochs: 1, options: { K: 6, n: 3, seed: 1, batchSize: 50 } };
    const trained = room.train({ runs: [group], subset: 100 }, () => undefined);
    expect((await replaced).outcome).toBe('cancelled');
    expect(await trained).toBe('finished');
  });

  it('refuses a bad request with one sentence and trains nothing', async () => {
    const { room } = open();
    const bad = { ...request(), runs: [] } as SeqRequest;
    await expect(room.trainSequence(bad, () => undefined)).rejects.toThrow(/runs/);
    expect(await room.held()).toBe(0);
  });
});
