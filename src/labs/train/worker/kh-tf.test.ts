/**
 * The tfjs trainer against the float64 core (tfjs-cpu in Node): the same minibatch math, the same
 * epoch (init, order, momentum, normalised step), the same decisions and contributor counts, and
 * no tensor left behind.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { contributorStats } from '../../../core/classifier/kh-explain';
import {
  createKhModel,
  errorRate,
  float32Risk,
  khConfig,
  lossAndGradient,
  type KhOptions,
} from '../../../core/classifier/kh-model';
import { splitMnist, type KhSplit } from '../../../core/classifier/kh-split';
import { parseMnistAsset } from '../../../core/data/mnist-format';
import { createRng } from '../../../core/util/random';
import { calibrateKhStep } from './kh-calibrate';
import { createKhCoreTrainer } from './kh-trainer';
import {
  createKhTfTrainer,
  disposeKhData,
  evaluateKhTf,
  khTfLossAndGradient,
  uploadKhData,
  type KhTfData,
} from './kh-tf';
import { tf } from '../../../engine/tf';
import { mnistAssetBytes } from '../../../test-utils/mnist-asset';

function mnist200(): KhSplit {
  return splitMnist(parseMnistAsset(mnistAssetBytes()), 200);
}

const maxAbs = (a: ArrayLike<number>) =>
  Array.from(a).reduce((m, x) => Math.max(m, Math.abs(x)), 0);
const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  expect(a.length).toBe(b.length);
  let d = 0;
  for (let k = 0; k < a.length; k++) d = Math.max(d, Math.abs(a[k] - b[k]));
  return d;
};

let split: KhSplit;
let data: KhTfData;
beforeAll(async () => {
  await tf.setBackend('cpu');
  split = mnist200();
  data = uploadKhData(split);
  return () => disposeKhData(data);
});

describe('tfjs minibatch math', () => {
  // Temperatures that keep the outputs out of deep tanh saturation (|h| ≲ 15): there the core's
  // float64 tanh itself rounds to ±1 and the two stop being comparable.
  it.each([
    [3, 2, 3],
    [3, 2, 30],
    [20, 4, 3],
    [20, 4, 30],
    [30, 5, 3],
    [30, 5, 30],
  ])('n = %i, T = %f, m = %i: loss and gradient equal the core within 1e−4', async (n, T, m) => {
    const model = createKhModel({ D: 30, C: 4, K: 7, n, m, Tin: T, seed: n });
    const rng = createRng(n + m);
    const images = Float64Array.from({ length: 9 * 30 }, () => 2 * rng.next() - 1);
    const labels = Int32Array.from({ length: 9 }, () => rng.int(4));
    const ref = lossAndGradient(model, { images, labels });
    const got = await khTfLossAndGradient(model, { images, labels });
    expect(Math.abs(got.loss - ref.loss) / ref.loss).toBeLessThan(1e-4);
    expect(maxAbs(ref.gradient)).toBeGreaterThan(0);
    expect(maxDiff(got.gradient, ref.gradient) / maxAbs(ref.gradient)).toBeLessThan(1e-4);
  });
});

describe('tfjs trainer', () => {
  const opts: KhOptions = { K: 12, n: 3, seed: 4, batchSize: 40 };

  it('trains like the core: two epochs, then a resumed one, memories within 1e−4', async () => {
    const tfRun = createKhTfTrainer(opts, data);
    const core = createKhCoreTrainer({ ...opts, D: 784, C: 10 }, split);
    try {
      for (let e = 1; e <= 2; e++) {
        const a = (await tfRun.trainEpoch())!;
        const b = (await core.trainEpoch())!;
        expect(tfRun.epoch).toBe(e);
        expect(a.T).toBe(b.T);
        expect(Math.abs(a.trainLoss - b.trainLoss) / b.trainLoss).toBeLessThan(1e-4);
        expect(maxDiff(await tfRun.memories(), await core.memories())).toBeLessThan(1e-4);
      }
      // Both resume from the core's memories (momentum restarts) and skip the same orders.
      const saved = { epoch: 2, memories: await core.memories() };
      const tfResumed = createKhTfTrainer(opts, data, saved);
      const coreResumed = createKhCoreTrainer({ ...opts, D: 784, C: 10 }, split, saved);
      await tfResumed.trainEpoch();
      await coreResumed.trainEpoch();
      expect(tfResumed.epoch).toBe(3);
      expect(maxDiff(await tfResumed.memories(), await coreResumed.memories())).toBeLessThan(1e-4);
      tfResumed.dispose();
    } finally {
      tfRun.dispose();
    }
  });

  it('decides and counts contributors like the core on the same memories', async () => {
    const model = createKhModel({ ...opts, n: 20, Tin: 200 });
    const state = createKhCoreTrainer({ ...model.config }, split);
    await state.trainEpoch();
    model.memories = Float64Array.from(await state.memories());
    const got = await evaluateKhTf(model.config, model.T, model.memories, data);
    const N = split.test.labels.length;
    // Decisions can differ only where two labels' h agree to float32 rounding: at most a digit or two.
    expect(Math.abs(got.testError - errorRate(model, split.test)) * N).toBeLessThanOrEqual(2);
    expect(Math.abs(got.trainError - errorRate(model, split.train)) * 200).toBeLessThanOrEqual(2);
    const ref = contributorStats(model, split.test);
    expect(got.contributors.count).toBe(N);
    expect(got.contributors.mean).toBeCloseTo(ref.mean, 2);
    expect(got.contributors.median).toBe(ref.median);
    expect(got.contributors.meanEffective).toBeCloseTo(ref.meanEffective, 3);
    expect(maxDiff(got.contributors.histogram, ref.histogram)).toBeLessThanOrEqual(2);
  });

  it('leaves no tensor behind after an epoch, an evaluation and dispose', async () => {
    const base = tf.memory().numTensors;
    const trainer = createKhTfTrainer(opts, data);
    const held = tf.memory().numTensors;
    await trainer.trainEpoch(async () => true);
    expect(tf.memory().numTensors).toBe(held);
    await trainer.evaluate();
    await trainer.memories();
    expect(tf.memory().numTensors).toBe(held);
    trainer.dispose();
    expect(tf.memory().numTensors).toBe(base);
    await evaluateKhTf(opts, 540, new Float32Array(12 * 794), data);
    expect(tf.memory().numTensors).toBe(base);
  });

  it('is reproducible: the same seed gives bit-identical memories', async () => {
    const runs = [createKhTfTrainer(opts, data), createKhTfTrainer(opts, data)];
    for (const r of runs) await r.trainEpoch();
    const [a, b] = await Promise.all(runs.map((r) => r.memories()));
    expect(Array.from(a)).toEqual(Array.from(b));
    runs.forEach((r) => r.dispose());
  });

  it('refuses a temperature that could overflow float32 with the float32Risk sentence', async () => {
    const risky = { ...opts, n: 30, Tin: 20, Tf: 20 };
    const sentence = float32Risk(khConfig({ ...risky, D: 784, C: 10 }));
    expect(sentence).toMatch(/too small/);
    expect(() => createKhTfTrainer(risky, data)).toThrow(sentence!);
    await expect(evaluateKhTf(risky, 20, new Float32Array(12 * 794), data)).rejects.toThrow(
      sentence!,
    );
  });

  it('stops with a clear error instead of writing NaN memories', async () => {
    const base = tf.memory().numTensors;
    const memories = new Float32Array(12 * 794).fill(Number.NaN);
    const trainer = createKhTfTrainer(opts, data, { epoch: 0, memories });
    await expect(trainer.trainEpoch()).rejects.toThrow(/training diverged: .*try a larger T/);
    trainer.dispose();
    expect(tf.memory().numTensors).toBe(base);
    expect(() =>
      createKhTfTrainer(opts, data, { epoch: 0, memories: new Float32Array(3) }),
    ).toThrow(/^memories hold 3 values, expected K × \(D \+ C\) = 9528/);
  });
});

describe('lab backend calibration', () => {
  it('times a training minibatch and leaves no tensors behind', async () => {
    const before = tf.memory().numTensors;
    const ms = await calibrateKhStep(1);
    expect(ms).toBeGreaterThan(0);
    expect(tf.memory().numTensors).toBe(before);
  });
});
