/**
 * The tfjs trainer on the wasm backend (what the lab and the CLI use on CPUs) against the core:
 * wasm kernels differ from cpu ones (tfjs-wasm 4.22's float32 oneHot is broken, for one), so the
 * cpu-backend tests in kh-tf.test.ts are not enough.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { contributorStats } from '../../../core/classifier/kh-explain';
import { createKhModel, errorRate } from '../../../core/classifier/kh-model';
import { splitMnist, type KhSplit } from '../../../core/classifier/kh-split';
import { parseMnistAsset } from '../../../core/data/mnist-format';
import { createKhCoreTrainer } from './kh-trainer';
import {
  createKhTfTrainer,
  disposeKhData,
  evaluateKhTf,
  uploadKhData,
  type KhTfData,
} from './kh-tf';
import { tf } from '../../../engine/tf';
import { selectNodeBackend } from '../../../engine/tf-node';
import { mnistAssetBytes } from '../../../test-utils/mnist-asset';

let split: KhSplit;
let data: KhTfData;
beforeAll(async () => {
  await selectNodeBackend('wasm');
  split = splitMnist(parseMnistAsset(mnistAssetBytes()), 100);
  data = uploadKhData(split);
  return () => disposeKhData(data);
});

describe('tfjs trainer on wasm', () => {
  it('trains one epoch like the core and decides and counts contributors like it', async () => {
    expect(tf.getBackend()).toBe('wasm');
    const opts = { K: 8, n: 20, Tin: 200, seed: 5, batchSize: 25 };
    const trainer = createKhTfTrainer(opts, data);
    const core = createKhCoreTrainer({ ...opts, D: 784, C: 10 }, split);
    const base = tf.memory().numTensors;
    const a = (await trainer.trainEpoch())!;
    const b = (await core.trainEpoch())!;
    expect(Math.abs(a.trainLoss - b.trainLoss) / b.trainLoss).toBeLessThan(1e-4);
    const mine = await trainer.memories();
    const ref = await core.memories();
    expect(mine.every((x, k) => Math.abs(x - ref[k]) < 1e-4)).toBe(true);
    trainer.dispose();
    expect(tf.memory().numTensors).toBe(base - 4);

    const model = {
      ...createKhModel({ ...opts, D: 784, C: 10 }),
      memories: Float64Array.from(ref),
    };
    const got = await evaluateKhTf(opts, 200, ref, data);
    expect(Math.abs(got.testError - errorRate(model, split.test)) * 2004).toBeLessThanOrEqual(2);
    const stats = contributorStats(model, split.test);
    expect(stats.mean).toBeGreaterThan(0);
    expect(got.contributors.mean).toBeCloseTo(stats.mean, 2);
    expect(got.contributors.meanEffective).toBeCloseTo(stats.meanEffective, 3);
  });
});
