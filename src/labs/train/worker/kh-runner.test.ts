/**
 * The lockstep driver over real tfjs-cpu trainers on 100 digits: event order, reproducibility,
 * pause/resume without a trace, cancel, and clean-up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTemperature } from '../../../core/classifier/kh-model';
import { splitMnist } from '../../../core/classifier/kh-split';
import { parseMnistAsset } from '../../../core/data/mnist-format';
import type { LabEpochEvent, LabEvent, LabRunSpec } from './api';
import { createKhRunner, type KhRunnerOptions } from './kh-runner';
import { createKhTfTrainer, disposeKhData, uploadKhData, type KhTfData } from './kh-tf';
import { tf } from '../../../engine/tf';
import { mnistAssetBytes } from '../../../test-utils/mnist-asset';

let data: KhTfData;
beforeAll(async () => {
  await tf.setBackend('cpu');
  const set = parseMnistAsset(mnistAssetBytes());
  data = uploadKhData(splitMnist(set, 100));
});
afterAll(() => disposeKhData(data));

/** 100 digits in minibatches of 25: four minibatches per epoch. */
const run = (id: number, epochs = 2, seed = id): LabRunSpec => ({
  id,
  epochs,
  options: { K: 6, n: 3, seed, batchSize: 25 },
});

function runner(runs: LabRunSpec[], events: LabEvent[], extra: Partial<KhRunnerOptions> = {}) {
  return createKhRunner(runs, {
    createTrainer: (spec) => createKhTfTrainer(spec.options, data, spec.resume),
    onEvents: (batch) => void events.push(...batch),
    progressEveryMs: 0,
    ...extra,
  });
}

const epochs = (events: LabEvent[]) => events.filter((e): e is LabEpochEvent => e.kind === 'epoch');
const lastMemories = (events: LabEvent[], id: number) =>
  Array.from(
    epochs(events)
      .filter((e) => e.id === id)
      .at(-1)!.memories,
  );

describe('kh-runner', () => {
  it('trains a group in lockstep and reports progress within each epoch', async () => {
    const events: LabEvent[] = [];
    const base = tf.memory().numTensors;
    const r = runner([run(1), run(2, 1)], events);
    expect(await r.run()).toBe('finished');
    expect(epochs(events).map((e) => `${e.id}:${e.epoch}`)).toEqual(['1:1', '2:1', '1:2']);
    // Each run starts with its initial memories, then three in-epoch reports per epoch.
    const progress = events.filter((e) => e.kind === 'progress' && e.id === 1 && e.epoch === 1);
    expect(progress.map((e) => (e.kind === 'progress' ? e.fraction : -1))).toEqual([
      0, 0.25, 0.5, 0.75,
    ]);
    const first = epochs(events)[0];
    expect(first.memories).toHaveLength(6 * 794);
    expect(first.contributors.count).toBe(2004);
    expect(first.T).toBe(defaultTemperature(3));
    expect(first.ms).toBeGreaterThan(0);
    expect(r.held).toBe(0);
    expect(tf.memory().numTensors).toBe(base);
  });

  it('is reproducible, and a paused and resumed group ends bit-identical', async () => {
    const straight: LabEvent[] = [];
    await runner([run(1)], straight).run();
    const again: LabEvent[] = [];
    await runner([run(1)], again).run();
    expect(lastMemories(again, 1)).toEqual(lastMemories(straight, 1));

    const paused: LabEvent[] = [];
    let pausedAt = -1;
    let eventsWhilePaused = -1;
    let yields = 0;
    let yieldsWhilePaused = -1;
    const turns = async (k: number) => {
      for (let i = 0; i < k; i++) await new Promise((r) => setImmediate(r));
    };
    const r = runner([run(1)], paused, {
      // Counted: a runner that kept going while paused would yield again at its next minibatch.
      yieldToEvents: () => (yields++, new Promise((res) => setImmediate(res))),
      onEvents: (batch) => {
        paused.push(...batch);
        if (batch[0].kind === 'progress' && batch[0].epoch === 1 && batch[0].fraction === 0.5) {
          pausedAt = paused.length;
          const yieldsAt = yields;
          // Once the loop holds, event-loop turns (not a clock) bring nothing: far more turns
          // than a minibatch needs to start and yield.
          void r.pause().then(async () => {
            await turns(20);
            eventsWhilePaused = r.paused ? paused.length - pausedAt : -1;
            yieldsWhilePaused = yields - yieldsAt;
            r.resume();
          });
        }
      },
    });
    expect(await r.run()).toBe('finished');
    expect(yieldsWhilePaused).toBe(1); // the one yield into the hold, no minibatch after it …
    expect(eventsWhilePaused).toBe(0); // it held …
    expect(lastMemories(paused, 1)).toEqual(lastMemories(straight, 1)); // … and nothing changed
  });

  it('cancel resolves "cancelled" and frees every trainer', async () => {
    const base = tf.memory().numTensors;
    const events: LabEvent[] = [];
    const r = runner([run(1, 50), run(2, 50)], events, {
      onEvents: (batch) => {
        events.push(...batch);
        if (epochs(events).length === 1) r.cancel();
      },
    });
    expect(await r.run()).toBe('cancelled');
    expect(epochs(events)).toHaveLength(1);
    expect(r.held).toBe(0);
    expect(tf.memory().numTensors).toBe(base);
  });

  it('resumes from saved memories and counts the earlier epochs', async () => {
    const first: LabEvent[] = [];
    await runner([run(1, 1)], first).run();
    const events: LabEvent[] = [];
    const resume = { epoch: 1, memories: Float32Array.from(lastMemories(first, 1)) };
    await runner([{ ...run(1, 3), resume }], events).run();
    expect(epochs(events).map((e) => e.epoch)).toEqual([2, 3]);
    expect(events[0]).toMatchObject({ kind: 'progress', epoch: 2, fraction: 0 });
  });

  it('rejects a bad group with one sentence and leaves nothing behind', async () => {
    expect(() => runner([], [])).toThrow('a training group needs at least one run');
    expect(() => runner([run(1), run(1)], [])).toThrow('run id 1 is used twice in the group');
    expect(() => runner([run(1, 0)], [])).toThrow(
      'run 1: epochs must be an integer 1–1000 (got 0)',
    );
    expect(() => runner([{ ...run(3), options: { K: 401 } }], [])).toThrow(
      'run 3: K must be an integer 1–400 (got 401)',
    );
    expect(() => runner([{ ...run(3), options: { Tf: 0.5 } }], [])).toThrow(
      'run 3: Tf must be a number 1–100000 (got 0.5)',
    );
    const base = tf.memory().numTensors;
    const risky = { ...run(2), options: { n: 30, Tin: 20 } };
    await expect(runner([run(1), risky], []).run()).rejects.toThrow(
      /T = 20 is too small for n = 30/,
    );
    expect(tf.memory().numTensors).toBe(base);
  });
});
