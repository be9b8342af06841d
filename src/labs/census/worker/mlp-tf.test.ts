/**
 * The tfjs dense network against the float64 core (tfjs-cpu in Node): the same init, gradients
 * and Adam steps, so the same loss to float32 accuracy and the same calls on the toy sets.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { decisions } from '../../../core/census/models/evaluate';
import { initMlp, mlpLoss, mlpLossAndGradient, trainMlp } from '../../../core/census/models/mlp';
import { DEFAULT_CLASSIFIER, type ClassifierOptions } from '../../../core/census/models/options';
import { fitStandardise, standardiseSet } from '../../../core/census/models/standardise';
import { toySet } from '../../../core/census/models/toy';
import { isAbortError } from '../../../core/util/abort';
import { createMlpTf, mlpLossGradT } from '../../../engine/mlp-batch';
import { tf, type Tensor2D } from '../../../engine/tf';
import { CHUNK, trainMlpTf } from './mlp-tf';

const opts: ClassifierOptions = { ...DEFAULT_CLASSIFIER, L: 16 };
const train = toySet({ count: 300, seed: 1 });
const test = toySet({ count: 200, N: 80, seed: 2 });
const calls = (values: Float64Array) => Array.from(values, (o) => (o > 0 ? 1 : 0));

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('tfjs MLP against the core', () => {
  it('has the core gradient at the seeded init', () => {
    const std = fitStandardise(train);
    const z = standardiseSet(std, train);
    const init = initMlp(std, opts.hidden, opts.seed);
    const g = new Float64Array(init.w1.length + 2 * init.hidden + 1);
    const J = mlpLossAndGradient(init, z, train.y, opts.l2, g);
    const L = train.L;
    const H = init.hidden;
    const out = tf.tidy(() => {
      const p = {
        w1: tf.tensor2d(Float32Array.from(init.w1), [H, L]),
        b1: tf.tensor2d(Float32Array.from(init.b1), [1, H]),
        w2: tf.tensor2d(Float32Array.from(init.w2), [H, 1]),
        b2: tf.tensor2d([init.b2], [1, 1]),
      };
      const Z = tf.tensor2d(Float32Array.from(z), [train.count, L]) as Tensor2D;
      const Y = tf.tensor2d(Float32Array.from(train.y), [train.count, 1]) as Tensor2D;
      const { loss, grads } = mlpLossGradT(p, Z, Y, opts.l2);
      const parts = [loss, grads.w1, grads.b1, grads.w2, grads.b2];
      return tf.concat(parts.map((t) => tf.reshape(t, [-1])));
    });
    const got = out.dataSync();
    out.dispose();
    expect(Math.abs(got[0] - J) / J).toBeLessThan(1e-6);
    const gMax = g.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
    for (let k = 0; k < g.length; k++)
      expect(Math.abs(got[k + 1] - g[k])).toBeLessThan(1e-5 * gMax);
  });

  it('trains to the core loss (relative difference < 1e-4) and the same calls', async () => {
    const core = trainMlp(train, opts);
    const before = tf.memory().numTensors;
    const tfm = await trainMlpTf(train, opts);
    expect(tf.memory().numTensors).toBe(before);
    const Jc = mlpLoss(core, train, opts.l2);
    const Jt = mlpLoss(tfm, train, opts.l2);
    expect(Math.abs(Jt - Jc) / Jc).toBeLessThan(1e-4);
    for (const set of [train, test]) {
      expect(calls(decisions(tfm, set))).toEqual(calls(decisions(core, set)));
      expect(calls(decisions(tfm, set))).toEqual(Array.from(set.y));
    }
  });

  it('reports progress every CHUNK epochs with the loss, and is identical for a seed', async () => {
    const seen: [number, number, number][] = [];
    const o = { ...opts, epochs: 50 };
    let pauses = 0;
    const a = await trainMlpTf(train, o, {
      onProgress: (e, n, loss) => seen.push([e, n, loss]),
      pause: async () => void pauses++,
    });
    expect(seen.map((s) => s[0])).toEqual([CHUNK, 2 * CHUNK, 50]);
    expect(seen.every((s) => s[1] === 50 && Number.isFinite(s[2]))).toBe(true);
    expect(seen[2][2]).toBeLessThan(seen[0][2]);
    expect(pauses).toBe(3);
    const b = await trainMlpTf(train, o);
    expect(Array.from(b.w1)).toEqual(Array.from(a.w1));
  });

  it('stops with the AbortError when cancelled, leaving no tensor behind', async () => {
    const before = tf.memory().numTensors;
    const ctl = new AbortController();
    const run = trainMlpTf(train, opts, { signal: ctl.signal, onProgress: () => ctl.abort() });
    const err = await run.catch((e: unknown) => e);
    expect(isAbortError(err)).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses an empty set and mismatched rows', async () => {
    const empty = { ...train, count: 0, x: new Float64Array(0), y: new Uint8Array(0) };
    await expect(trainMlpTf(empty, opts)).rejects.toThrow(/no training rows/);
    const init = initMlp(fitStandardise(train), 4, 1);
    expect(() => createMlpTf(init, new Float64Array(5), train.y, opts)).toThrow(
      /expected 300 × 16/,
    );
  });
});
