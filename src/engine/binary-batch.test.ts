/**
 * binarySyncStepBatch's own checks. Its parity with the core (exact form, scaled form, and the
 * float32 bound) is a set of rows of the engine's parity table: src/engine/parity/cases.ts.
 */
import { describe, expect, it } from 'vitest';
import { binarySyncStepBatch } from './binary-batch';

describe('binarySyncStepBatch', () => {
  it('rejects memories that are not ±1', async () => {
    const memories = { count: 1, dim: 2, data: new Float32Array([1, 0.5]) };
    const states = { count: 1, dim: 2, data: new Float32Array([1, 1]) };
    await expect(
      binarySyncStepBatch({ energy: 'polynomial', n: 2, beta: 1 }, memories, states),
    ).rejects.toThrow(/±1 memories/);
  });
});
