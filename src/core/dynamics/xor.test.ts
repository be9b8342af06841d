import { describe, expect, it } from 'vitest';
import { neuronField } from './binary-update';
import { retrieve } from './retrieve';
import type { Patterns } from './types';

// models.md §2.4: neurons (x1, x2, y), memories are the truth table rows with y = −x1·x2.
const xor: Patterns = {
  count: 4,
  dim: 3,
  data: Float32Array.from([-1, -1, -1, -1, 1, 1, 1, -1, 1, 1, 1, -1]),
};
const inputs = [
  [-1, -1],
  [-1, 1],
  [1, -1],
  [1, 1],
];

describe('XOR (Krotov & Hopfield 2016)', () => {
  it('gives exactly zero field on the output with n = 2', () => {
    for (const [x1, x2] of inputs) {
      for (const y of [-1, 1]) {
        expect(neuronField({ energy: 'polynomial', n: 2, beta: 1 }, xor, [x1, x2, y], 2)).toBe(0);
      }
    }
  });

  it('computes XOR with n = 3: field ±48 with the right sign, and the clamped run settles on it', () => {
    for (const [x1, x2] of inputs) {
      const target = -x1 * x2;
      for (const y of [-1, 1]) {
        expect(neuronField({ energy: 'polynomial', n: 3, beta: 1 }, xor, [x1, x2, y], 2)).toBe(
          48 * target,
        );
        const trace = retrieve(
          { energy: 'polynomial', n: 3, beta: 1 },
          xor,
          [x1, x2, y],
          { mode: 'async', order: 'sequential', seed: 0, maxSteps: 5 },
          { clamp: Uint8Array.from([1, 1, 0]) },
        );
        expect(Array.from(trace.final)).toEqual([x1, x2, target]);
      }
    }
  });

  it('leaves y where it started with n = 2 (a tie keeps the current value)', () => {
    for (const [x1, x2] of inputs) {
      for (const y of [-1, 1]) {
        const trace = retrieve(
          { energy: 'polynomial', n: 2, beta: 1 },
          xor,
          [x1, x2, y],
          { mode: 'async', order: 'sequential', seed: 0, maxSteps: 5 },
          { clamp: Uint8Array.from([1, 1, 0]) },
        );
        expect(trace.final[2]).toBe(y);
      }
    }
  });
});
