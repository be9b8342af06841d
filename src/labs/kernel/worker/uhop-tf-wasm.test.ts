/**
 * U-Hop+ on tfjs's wasm backend (what the lab's worker and `dam kernel` run on CPUs) against the
 * core's float64 trainUhop: wasm kernels are not the cpu ones, so uhop-tf.test.ts alone is not
 * enough.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { gaussianMemories } from '../../../core/kernel/memories';
import { trainUhop } from '../../../core/kernel/uhop';
import { tf } from '../../../engine/tf';
import { selectNodeBackend } from '../../../engine/tf-node';
import { trainUhopTf } from './uhop-tf';

beforeAll(async () => {
  await selectNodeBackend('wasm');
});

describe('U-Hop+ on wasm', () => {
  it('trains to the core losses and map (relative 1e-4), leaving no tensor behind', async () => {
    expect(tf.getBackend()).toBe('wasm');
    const spec = {
      dPhi: 6,
      tau: 0.1,
      lr: 0.05,
      optimiser: 'adam' as const,
      iterations: 30,
      seed: 5,
      bias: true,
    };
    const memories = gaussianMemories(16, 12, 2, true);
    const before = tf.memory().numTensors;
    const got = await trainUhopTf(spec, memories);
    expect(tf.memory().numTensors).toBe(before);
    const core = trainUhop(spec, memories);
    const rel = (a: ArrayLike<number>, b: ArrayLike<number>) => {
      let d = 0;
      let s = 0;
      for (let i = 0; i < a.length; i++) {
        d = Math.max(d, Math.abs(a[i] - b[i]));
        s = Math.max(s, Math.abs(b[i]));
      }
      return d / s;
    };
    expect(
      rel(
        got.history.map((h) => h.loss),
        core.history.map((h) => h.loss),
      ),
    ).toBeLessThan(1e-4);
    expect(rel(got.map.W, core.map.W)).toBeLessThan(1e-4);
  });
});
