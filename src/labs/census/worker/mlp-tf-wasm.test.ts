/**
 * The tfjs dense network on the wasm backend (what the lab and the CLI run on CPUs) against the
 * float64 core: wasm kernels are not the cpu ones, so mlp-tf.test.ts alone is not enough.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { decisions } from '../../../core/census/models/evaluate';
import { mlpLoss, trainMlp } from '../../../core/census/models/mlp';
import { DEFAULT_CLASSIFIER } from '../../../core/census/models/options';
import { toySet } from '../../../core/census/models/toy';
import { tf } from '../../../engine/tf';
import { selectNodeBackend } from '../../../engine/tf-node';
import { trainMlpTf } from './mlp-tf';

beforeAll(async () => {
  await selectNodeBackend('wasm');
});

describe('tfjs MLP on wasm', () => {
  it('trains to the core loss (relative difference < 1e-4) and the same calls', async () => {
    expect(tf.getBackend()).toBe('wasm');
    const opts = { ...DEFAULT_CLASSIFIER, L: 16 };
    const train = toySet({ count: 300, seed: 1 });
    const test = toySet({ count: 200, N: 80, seed: 2 });
    const before = tf.memory().numTensors;
    const tfm = await trainMlpTf(train, opts);
    expect(tf.memory().numTensors).toBe(before);
    const core = trainMlp(train, opts);
    const Jc = mlpLoss(core, train, opts.l2);
    expect(Math.abs(mlpLoss(tfm, train, opts.l2) - Jc) / Jc).toBeLessThan(1e-4);
    const calls = (v: Float64Array) => Array.from(v, (o) => (o > 0 ? 1 : 0));
    expect(calls(decisions(tfm, test))).toEqual(calls(decisions(core, test)));
    expect(calls(decisions(tfm, test))).toEqual(Array.from(test.y));
  });
});
