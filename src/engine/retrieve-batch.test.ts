import { describe, expect, it } from 'vitest';
import { energy } from '../core/dynamics/energy';
import { retrieve } from '../core/dynamics/retrieve';
import { SOFTMAX_TOL_F32 } from '../core/dynamics/softmax-iteration';
import type { DynamicsSpec, ModelSpec } from '../core/dynamics/types';
import { energyBatch } from './energy-batch';
import { createRng } from '../core/util/random';
import { noisyProbes, randomNormals, randomSigns, row } from './fixtures';
import { retrieveBatch } from './retrieve-batch';
import { tf } from './tf';
import { referenceRun } from '../test-utils/reference-dam';

/** What float32 work may differ from float64 by: 1e-5 relative, 1e-5 absolute near zero. */
const f32 = (expected: number) => 1e-5 * Math.max(1, Math.abs(expected));

const sync = (maxSteps: number): DynamicsSpec => ({
  mode: 'sync',
  order: 'sequential',
  seed: 0,
  maxSteps,
});

describe('retrieveBatch (tfjs-cpu) vs core retrieve', () => {
  it.each([
    { energy: 'polynomial', n: 2, beta: 1 },
    { energy: 'polynomial', n: 3, beta: 1 },
    { energy: 'rectified', n: 3, beta: 1 },
  ] as ModelSpec[])('binary sync %o: identical finals and steps', async (spec) => {
    await tf.setBackend('cpu');
    const rng = createRng(11);
    const memories = randomSigns(rng, 8, 40);
    const states = noisyProbes(rng, memories, 10, 0.35);
    const before = tf.memory().numTensors;
    const res = await retrieveBatch(spec, memories, states, 30);
    expect(tf.memory().numTensors).toBe(before);
    // Expected values from the exact oracle (reference-dam.ts), not from the core's retrieve.
    const rows = Array.from({ length: memories.count }, (_, mu) => Array.from(row(memories, mu)));
    const F = (x: number) => (spec.energy === 'rectified' && x <= 0 ? 0 : x ** spec.n);
    let unsettled = 0;
    for (let b = 0; b < states.count; b++) {
      const ref = referenceRun({
        ...spec,
        memories: rows,
        state: Array.from(row(states, b)),
        mode: 'sync',
        maxSteps: 30,
      });
      expect(Array.from(row(res.finals, b))).toEqual(ref.final);
      expect(res.steps[b]).toBe(ref.steps);
      expect(res.converged[b]).toBe(ref.converged ? 1 : 0);
      if (!ref.converged) unsettled++;
      // E = −Σ_μ F(ξ^μ·σ): small integers here, exact in float64.
      const e = -rows.reduce(
        (acc, xi) => acc + F(xi.reduce((a, v, i) => a + v * ref.final[i], 0)),
        0,
      );
      expect(res.energies[b]).toBe(e);
    }
    expect(unsettled).toBeLessThan(states.count); // most probes settle within 30 steps
  });

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

describe('energyBatch (tfjs-cpu) vs core energy', () => {
  it.each([
    { energy: 'polynomial', n: 3, beta: 1 },
    { energy: 'polynomial', n: 60, beta: 1 },
    { energy: 'rectified', n: 5, beta: 1 },
    { energy: 'exponential', n: 2, beta: 2 },
    { energy: 'softmax', n: 2, beta: 4 },
  ] as ModelSpec[])('%o', async (spec) => {
    await tf.setBackend('cpu');
    const rng = createRng(13);
    const memories = randomSigns(rng, 30, 100);
    const states = noisyProbes(rng, memories, 9, 0.2);
    const before = tf.memory().numTensors;
    const got = await energyBatch(spec, memories, states);
    expect(tf.memory().numTensors).toBe(before);
    for (let b = 0; b < states.count; b++) {
      const ref = energy(spec, memories, row(states, b));
      // Measured: exact here (±1 patterns give integer overlaps even in float32).
      if (spec.energy === 'softmax') expect(Math.abs(got[b] - ref)).toBeLessThan(f32(ref));
      else expect(got[b]).toBe(ref);
    }
  });
});
