import { describe, expect, it } from 'vitest';
import { retrieve } from '../core/dynamics/retrieve';
import { SOFTMAX_TOL_F32 } from '../core/dynamics/softmax-iteration';
import type { DynamicsSpec, ModelSpec } from '../core/dynamics/types';
import { createRng } from '../core/util/random';
import { randomNormals, row } from './fixtures';
import { retrieveBatch } from './retrieve-batch';
import { tf } from './tf';

/** What float32 work may differ from float64 by: 1e-5 relative, 1e-5 absolute near zero. */
const f32 = (expected: number) => 1e-5 * Math.max(1, Math.abs(expected));

const sync = (maxSteps: number): DynamicsSpec => ({
  mode: 'sync',
  order: 'sequential',
  seed: 0,
  maxSteps,
});

// Binary retrieval and energyBatch parity are rows of src/engine/parity/cases.ts.
describe('retrieveBatch (tfjs-cpu) vs core retrieve', () => {
  it('softmax: finals and energies within float32 accuracy, steps within 1', async () => {
    await tf.setBackend('cpu');
    const rng = createRng(12);
    const n = 64;
    const memories = randomNormals(rng, 20, n, 1);
    const states = randomNormals(rng, 12, n, 1);
    const spec: ModelSpec = { energy: 'softmax', n: 2, beta: 0.3 };
    const before = tf.memory().numTensors;
    const res = await retrieveBatch(spec, memories, states, 50);
    expect(tf.memory().numTensors).toBe(before);
    for (let b = 0; b < states.count; b++) {
      const ref = retrieve(spec, memories, row(states, b), sync(50), { tol: SOFTMAX_TOL_F32 });
      const got = row(res.finals, b);
      // float32 against float64: measured ≤ 2.4e-7 (finals, |x| ≤ 2.5) and ≤ 2.1e-7 relative
      // (energies ≈ 20–30); 1e-5 relative, floor 1e-5, leaves a margin of about 40.
      for (let i = 0; i < n; i++)
        expect(Math.abs(got[i] - ref.final[i])).toBeLessThan(f32(ref.final[i]));
      expect(Math.abs(res.steps[b] - ref.steps)).toBeLessThanOrEqual(1);
      expect(res.converged[b]).toBe(ref.converged ? 1 : 0);
      const e = ref.energies[ref.energies.length - 1];
      expect(Math.abs(res.energies[b] - e)).toBeLessThan(f32(e));
    }
  });
});

describe('retrieveBatch softmax tolerance (float32)', () => {
  it('settles at N = 4096 under SOFTMAX_TOL_F32, where float32 rounding keeps 1e-6 out of reach', async () => {
    await tf.setBackend('cpu');
    const rng = createRng(14);
    const N = 4096;
    const K = 300;
    // Correlated memories in [−1, 1] (a shared base plus noise), as image banks are.
    const base = Float32Array.from({ length: N }, () => 2 * rng.next() - 1);
    const data = new Float32Array(K * N);
    for (let j = 0; j < data.length; j++)
      data[j] = Math.max(-1, Math.min(1, base[j % N] + 0.3 * rng.normal()));
    const memories = { count: K, dim: N, data };
    const states = {
      count: 4,
      dim: N,
      data: Float32Array.from({ length: 4 * N }, () => 2 * rng.next() - 1),
    };
    const spec: ModelSpec = { energy: 'softmax', n: 2, beta: 0.03 };
    const res = await retrieveBatch(spec, memories, states, 60);
    expect(Array.from(res.converged)).toEqual([1, 1, 1, 1]);
    res.steps.forEach((t) => expect(t).toBeLessThan(20));
    const strict = await retrieveBatch(spec, memories, states, 40, { tol: 1e-6 });
    expect(Array.from(strict.converged)).toContain(0);
  });
});
