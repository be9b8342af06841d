/**
 * The EWC penalty of the tfjs trainer against the float64 core (tfjs-cpu in Node): an epoch with
 * λ·F⊙(ξ − ξ*) in every minibatch's gradient ends where the core's does, λ = 0 is no penalty bit
 * for bit, the uploads are freed with the trainer, and a penalty of the wrong size is refused.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createKhModel, lossAndGradient, type KhOptions } from '../../../core/classifier/kh-model';
import { splitMnist, type KhSplit } from '../../../core/classifier/kh-split';
import { parseMnistAsset } from '../../../core/data/mnist-format';
import type { EwcPenalty } from '../../../core/sequential/ewc';
import { createRng } from '../../../core/util/random';
import { tf } from '../../../engine/tf';
import { mnistAssetBytes } from '../../../test-utils/mnist-asset';
import { createKhCoreTrainer } from './kh-trainer';
import { createKhTfTrainer, disposeKhData, uploadKhData, type KhTfData } from './kh-tf';

const opts: KhOptions = { K: 12, n: 3, seed: 4, batchSize: 40, D: 784, C: 10 };
const W = 784 + 10;

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
  split = splitMnist(parseMnistAsset(mnistAssetBytes()), 200);
  data = uploadKhData(split);
  return () => disposeKhData(data);
});

/**
 * A seeded penalty whose pull is of the size of a minibatch's gradient (so it moves the result):
 * F ∈ [0, 1), ξ* ∈ [−1, 1), λ = the largest |∂C/∂ξ| of the first minibatch at the initial memories.
 */
function seededPenalty(): EwcPenalty {
  const K = opts.K!;
  const rng = createRng(11);
  const fisher = Float64Array.from({ length: K * W }, () => rng.next());
  const anchor = Float64Array.from({ length: K * W }, () => 2 * rng.next() - 1);
  const model = createKhModel(opts);
  const batch = {
    images: split.train.images.subarray(0, 40 * 784),
    labels: Array.from(split.train.labels).slice(0, 40),
  };
  const g = lossAndGradient(model, batch).gradient;
  const gMax = Array.from(g).reduce((m, x) => Math.max(m, Math.abs(x)), 0);
  return { lambda: gMax, fisher, anchor };
}

/** One epoch of the core trainer (float64) from the seeded init, with or without a penalty. */
async function coreEpoch(penalty?: EwcPenalty): Promise<Float32Array> {
  const core = createKhCoreTrainer(opts, split, undefined, penalty);
  await core.trainEpoch();
  return core.memories();
}

async function tfEpoch(penalty?: EwcPenalty): Promise<Float32Array> {
  const trainer = createKhTfTrainer(opts, data, undefined, penalty);
  try {
    await trainer.trainEpoch();
    return await trainer.memories();
  } finally {
    trainer.dispose();
  }
}

describe('tfjs trainer with an EWC penalty', () => {
  it('trains an epoch like the core with the same penalty, memories within 1e−4', async () => {
    const penalty = seededPenalty();
    const ref = await coreEpoch(penalty);
    // The penalty matters: without it the memories end elsewhere.
    expect(maxDiff(ref, await coreEpoch())).toBeGreaterThan(1e-2);
    expect(maxDiff(await tfEpoch(penalty), ref)).toBeLessThan(1e-4);
  });

  it('λ = 0 is no penalty, bit for bit', async () => {
    const zero = { ...seededPenalty(), lambda: 0 };
    expect(Array.from(await tfEpoch(zero))).toEqual(Array.from(await tfEpoch()));
  });

  it('frees the penalty with the trainer and refuses one of the wrong size', async () => {
    const base = tf.memory().numTensors;
    const trainer = createKhTfTrainer(opts, data, undefined, seededPenalty());
    const held = tf.memory().numTensors;
    await trainer.trainEpoch(async () => true);
    expect(tf.memory().numTensors).toBe(held);
    trainer.dispose();
    expect(tf.memory().numTensors).toBe(base);
    const bad = { lambda: 1, fisher: new Float64Array(3), anchor: new Float64Array(12 * W) };
    expect(() => createKhTfTrainer(opts, data, undefined, bad)).toThrow(
      /^the EWC Fisher holds 3 values, expected K × \(D \+ C\) = 9528/,
    );
    expect(() =>
      createKhTfTrainer(opts, data, undefined, { ...seededPenalty(), lambda: Number.NaN }),
    ).toThrow(/λ must be a finite number/);
    expect(tf.memory().numTensors).toBe(base);
  });
});
