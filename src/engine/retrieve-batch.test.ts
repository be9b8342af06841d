import { describe, expect, it } from 'vitest';
import type { ModelSpec } from '../core/dynamics/types';
import { createRng } from '../core/util/random';
import { retrieveBatch } from './retrieve-batch';
import { tf } from './tf';

// Retrieval's values against the core (binary and softmax) are rows of the parity table.
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
