import { describe, expect, it } from 'vitest';
import { randomPatterns } from '../../../core/data/datasets';
import { createRng } from '../../../core/util/random';
import type { BankPrototypes } from '../../../store/bank-slice';
import { describeVerdict, failureHint, prototypeVerdict, studioVerdict } from './verdict';

const N = 100;
const rng = createRng(3);
const protos = randomPatterns(2, N, rng);
const bits = Int8Array.from(protos.data);
const prototypes: BankPrototypes = { count: 2, dim: N, labels: ['P1', 'P2'], bits };
/** Four examples of each prototype, 10 bits flipped each (overlap 0.8 with it). */
const memories = {
  count: 8,
  dim: N,
  data: Float32Array.from({ length: 8 * N }, (_, j) => {
    const k = Math.floor(j / N);
    const i = j % N;
    const flip = i >= (k % 4) * 10 + 5 && i < (k % 4) * 10 + 15;
    return (flip ? -1 : 1) * bits[Math.floor(k / 4) * N + i];
  }),
};
const proto = (g: number, sign = 1) =>
  Float32Array.from(bits.subarray(g * N, g * N + N), (b) => sign * b);
const labels = ['P1', 'P1', 'P1', 'P1', 'P2', 'P2', 'P2', 'P2'];
const ctx = {
  model: { energy: 'classical' as const, n: 2, beta: 1 },
  count: 8,
  dim: N,
  cueMemory: null,
  flipP: 0,
  temperature: 0,
  sync: false,
  converged: true,
};

describe('the studio verdict with a prototype task', () => {
  it('names a prototype that is no stored memory, and its inverse', () => {
    const v = studioVerdict(memories, proto(1), null, prototypes);
    expect(v).toEqual({ kind: 'prototype', prototype: 1, label: 'P2', overlap: 1 });
    expect(describeVerdict(v, labels, null)).toEqual({
      tone: 'good',
      text: 'Prototype P2 (not a stored memory: it stands for its examples), overlap 1.00',
    });
    expect(failureHint(v, ctx)).toBeNull();
    const inv = studioVerdict(memories, proto(0, -1), null, prototypes);
    expect(inv).toMatchObject({
      kind: 'inverted-prototype',
      prototype: 0,
      label: 'P1',
      overlap: -1,
    });
    expect(describeVerdict(inv, labels, null).text).toMatch(/^Inverted prototype P1/);
    expect(failureHint(inv, ctx)).toMatch(/inverted prototype/);
  });

  it('is the core verdict without a task, for a stored memory, or far from every prototype', () => {
    expect(studioVerdict(memories, proto(1), null).kind).not.toMatch(/prototype/);
    const example = memories.data.slice(2 * N, 3 * N);
    expect(studioVerdict(memories, example, null, prototypes)).toMatchObject({
      kind: 'retrieved',
      memory: 2,
    });
    // One bit off P1 (overlap 0.98 at N = 100) is below the retrieved threshold: not P1.
    const near = proto(0);
    near[0] = -near[0];
    expect(prototypeVerdict(prototypes, near)).toBeNull();
    expect(prototypeVerdict(prototypes, new Float32Array(N - 1))).toBeNull();
  });
});
