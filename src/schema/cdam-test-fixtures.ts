/**
 * What the CDAM schema tests share (cdam.test.ts, cdam-csv-config.test.ts): a valid request of
 * each kind on a ring of 30, and the check that a parser refuses with an InputError whose message
 * names the field.
 */
import { expect } from 'vitest';
import { cycleGraph, ringGraph } from '../core/cdam/graph';
import { InputError } from './parse';

export const memories = { source: 'uniform', P: 30, N: 1000, seed: 1 } as const;
export const setup = { memories, graph: ringGraph(30), coupling: 'normalised' } as const;
export const cue = { kind: 'memory', start: 0, noise: 1, seed: 2 } as const;
export const params = { a: -0.5, h: 1.5, beta: 1, eta: 0.1 };
export const phaseSpec = { aRange: [-3, 2], hRange: [0, 4], R: 32, beta: 1, eta: 0.1, steps: 100 };
export const cycle = Array.from({ length: 30 }, (_, k) => k);
export const sequence = {
  setup: { ...setup, graph: cycleGraph(30) },
  cycle,
  pairs: [{ a: -1.5, h: 3 }],
  beta: 1,
  eta: 0.1,
  steps: 500,
  cue,
};

/** The InputError `f` throws (the test fails if it throws nothing or something else). */
export function errorOf(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}
export const refuses = (f: () => unknown, re: RegExp) => expect(errorOf(f).message).toMatch(re);
