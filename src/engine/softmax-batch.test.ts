import { describe, expect, it } from 'vitest';
import { softmaxUpdate } from '../core/dynamics/softmax-update';
import { createRng } from '../core/util/random';
import { noisyProbes, randomNormals, randomSigns, row } from './fixtures';
import { softmaxStepBatch } from './softmax-batch';
import { tf } from './tf';

describe('softmaxStepBatch (tfjs-cpu) vs core softmaxUpdate', () => {
  const cases = [
    { seed: 1, k: 5, n: 16, b: 7, beta: 0.5, kind: 'normal' },
    { seed: 2, k: 40, n: 64, b: 16, beta: 8, kind: 'normal' },
    { seed: 3, k: 20, n: 100, b: 9, beta: 0.05, kind: 'signs' },
    { seed: 4, k: 30, n: 50, b: 4, beta: 1000, kind: 'signs' },
  ] as const;

  it.each(cases)('seed $seed K=$k N=$n B=$b β=$beta', async ({ seed, k, n, b, beta, kind }) => {
    await tf.setBackend('cpu');
    const rng = createRng(seed);
    const scale = 1 / Math.sqrt(n);
    const memories = kind === 'normal' ? randomNormals(rng, k, n, scale) : randomSigns(rng, k, n);
    const states =
      kind === 'normal' ? randomNormals(rng, b, n, scale) : noisyProbes(rng, memories, b, 0.2);
    const before = tf.memory().numTensors;
    const out = await softmaxStepBatch(memories, states, beta);
    expect(tf.memory().numTensors).toBe(before);
    expect(out.count).toBe(b);
    expect(out.dim).toBe(n);
    // float32 against float64: measured ≤ 1e-7 (|x| < 1); 1e-5 relative with a 1e-5 floor.
    const tol = (expected: number) => 1e-5 * Math.max(1, Math.abs(expected));
    for (let i = 0; i < b; i++) {
      const ref = softmaxUpdate(memories, row(states, i), beta).next;
      const got = row(out, i);
      for (let j = 0; j < n; j++) expect(Math.abs(got[j] - ref[j])).toBeLessThan(tol(ref[j]));
    }
  });

  it('rejects states of the wrong dimension', async () => {
    const rng = createRng(9);
    await expect(
      softmaxStepBatch(randomSigns(rng, 3, 8), randomSigns(rng, 2, 9), 1),
    ).rejects.toThrow(/dimension 9/);
  });
});
