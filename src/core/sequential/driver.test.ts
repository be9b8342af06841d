import { describe, expect, it } from 'vitest';
import { parseMnistAsset } from '../data/mnist-format';
import { splitMnist } from '../classifier/kh-split';
import type { KhOptions } from '../classifier/kh-model';
import { createKhCoreTrainer } from '../../labs/train/worker/kh-trainer';
import { mnistAssetBytes } from '../../test-utils/mnist-asset';
import { runSequences, trainerOptions, type SeqTrainerFactory } from './driver';
import { buildTasks } from './tasks';
import type { MethodSpec, SeqEpochEvent, SeqRequest, SeqRunSpec } from './types';

const set = parseMnistAsset(mnistAssetBytes());
const split = splitMnist(set, 200);
const options: KhOptions = { K: 10, n: 3, batchSize: 10, seed: 3, eps0: 0.04 };
const method = (m: Partial<MethodSpec>): MethodSpec => ({
  method: 'naive',
  buffer: 0,
  selection: 'balanced',
  pseudoItems: 0,
  pseudoSteps: 0,
  lambda: 0,
  fisherSamples: 10,
  ...m,
});
const run = (id: number, m: Partial<MethodSpec>, epochs = 2, o = options): SeqRunSpec => ({
  id,
  options: o,
  method: method(m),
  epochs,
  normalised: false,
});

/** The core trainer, counting the live ones. */
function coreFactory() {
  const live = { n: 0, made: 0 };
  const make: SeqTrainerFactory = (o, train, resume, penalty) => {
    const t = createKhCoreTrainer(o, { train, test: train }, resume, penalty);
    live.n++;
    live.made++;
    return {
      get epoch() {
        return t.epoch;
      },
      get T() {
        return t.T;
      },
      trainEpoch: (hook) => t.trainEpoch(hook),
      memories: () => t.memories(),
      dispose: () => void live.n--,
    };
  };
  return { make, live };
}

async function go(request: SeqRequest) {
  const { make, live } = coreFactory();
  const events: SeqEpochEvent[] = [];
  const out = await runSequences({
    split,
    request,
    createTrainer: make,
    onEpoch: (e) => void events.push(e),
  });
  return { ...out, events, live };
}

describe('sequence driver', () => {
  it('runs in lockstep, fills the matrix at each task end and disposes every trainer', async () => {
    const request: SeqRequest = {
      tasks: { kind: 'class', tasks: 3, perClass: 10, seed: 1 },
      runs: [run(1, {}, 2), run(2, { method: 'rehearsal', buffer: 15 }, 1)],
    };
    const { outcome, results, events, live } = await go(request);
    expect(outcome).toBe('finished');
    expect(live).toEqual({ n: 0, made: 6 });
    expect(events.map((e) => [e.id, e.epoch, e.task, e.epochInTask])).toEqual([
      [1, 1, 0, 1],
      [2, 1, 0, 1],
      [1, 2, 0, 2],
      [2, 2, 1, 1],
      [1, 3, 1, 1],
      [2, 3, 2, 1],
      [1, 4, 1, 2],
      [1, 5, 2, 1],
      [1, 6, 2, 2],
    ]);
    const [a, b] = results;
    expect(a.matrix.length).toBe(3);
    expect(a.matrix[1]).toEqual(events[6].accuracy);
    expect(b.matrix[2]).toEqual(events[5].accuracy);
    expect(a.curve.length).toBe(6);
    expect(events[0].memories.length).toBe(10 * 794);
    expect(a.finalAccuracy).toBeCloseTo(a.matrix[2].reduce((x, y) => x + y) / 3, 12);
  });

  it('seeded: the same request gives the same matrices and memories', async () => {
    const request: SeqRequest = {
      tasks: { kind: 'permuted', tasks: 2, perClass: 6, seed: 4 },
      runs: [
        run(1, { method: 'pseudo', pseudoItems: 20, pseudoSteps: 2 }),
        run(2, { method: 'ewc', lambda: 1e-3, fisherSamples: 20 }),
        run(3, { method: 'rehearsal', buffer: 20, selection: 'random' }),
      ],
    };
    const x = await go(request);
    const y = await go(request);
    expect(y.results.map((r) => r.matrix)).toEqual(x.results.map((r) => r.matrix));
    expect(y.events.map((e) => e.memories)).toEqual(x.events.map((e) => e.memories));
    // The methods differ from each other after task 0.
    expect(x.events[6].memories).not.toEqual(x.events[7].memories);
    expect(x.events[7].memories).not.toEqual(x.events[8].memories);
  });

  it('rehearsal with a buffer holding the whole past trains task 1 jointly on tasks 0 and 1', async () => {
    // class:2, 10 per class: task 1 trains on task 0 ++ task 1 = the split's first 10 of every
    // class in split order, i.e. splitMnist(set, 100).train. The reference: task 0 alone on a
    // core trainer, then a joint trainer on that set resuming at epoch 2 from its memories.
    const request: SeqRequest = {
      tasks: { kind: 'class', tasks: 2, perClass: 10, seed: 1 },
      runs: [run(1, { method: 'rehearsal', buffer: 4000 }, 2)],
    };
    const { events } = await go(request);
    const tasks = buildTasks(split, request.tasks);
    const o = trainerOptions(request.runs[0]);
    const first = createKhCoreTrainer(o, { train: tasks[0].train, test: tasks[0].test });
    await first.trainEpoch();
    await first.trainEpoch();
    const joint = splitMnist(set, 100);
    const second = createKhCoreTrainer(o, joint, { epoch: 2, memories: await first.memories() });
    await second.trainEpoch();
    await second.trainEpoch();
    expect(events[1].memories).toEqual(await first.memories());
    expect(events[3].memories).toEqual(await second.memories());
  });

  it('naive class-incremental learning forgets the first task', async () => {
    // A recipe that learns 100 digits in a few epochs (the notebook's m = 30 and ε₀ = 0.04 need
    // hundreds of minibatches); after task 1 the outputs of digits 0–4 are pushed to −1 for
    // every input, so task 0's digits are all read as 5–9.
    const fast = { K: 20, n: 3, m: 3, eps0: 0.1, batchSize: 5, seed: 3 };
    const request: SeqRequest = {
      tasks: { kind: 'class', tasks: 2, perClass: 20, seed: 1 },
      runs: [run(1, {}, 8, fast)],
    };
    const [r] = (await go(request)).results;
    // Seeds 3, 4, 7 give 0.55, 0.37, 0.44 on task 0, then 0 (a constant guess scores ≈ 0.2).
    expect(r.matrix[0][0]).toBeGreaterThan(0.3);
    expect(r.matrix[1][0]).toBeLessThan(0.05);
    expect(r.forgetting).toBeCloseTo(r.matrix[0][0] - r.matrix[1][0], 12);
  });

  it('a hook returning false cancels with the results so far', async () => {
    const { make, live } = coreFactory();
    let calls = 0;
    const out = await runSequences({
      split,
      request: { tasks: { kind: 'class', tasks: 2, perClass: 5, seed: 1 }, runs: [run(1, {}, 1)] },
      createTrainer: make,
      onEpoch: () => undefined,
      hook: () => ++calls < 2,
    });
    expect(out.outcome).toBe('cancelled');
    expect(out.results[0].matrix.length).toBe(1);
    expect(live.n).toBe(0);
  });

  it('normalised runs read T in units of 1/794', () => {
    const spec = { ...run(1, {}), normalised: true, options: { ...options, Tin: 0.5, Tf: 0.25 } };
    expect(trainerOptions(spec)).toMatchObject({ Tin: 397, Tf: 198.5, D: 784, C: 10 });
    expect(trainerOptions({ ...spec, normalised: false })).toMatchObject({ Tin: 0.5, Tf: 0.25 });
    expect(trainerOptions({ ...spec, options: { n: 3 } }).Tin).toBeUndefined();
  });
});
