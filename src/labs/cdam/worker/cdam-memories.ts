/**
 * The CDAM lab's memories from their spec (api.ts CdamMemoriesSpec), shared by the room and
 * `dam cdam`: seeded U(0, 1) patterns and letters from the core, MNIST training digits of the
 * fixed split (pixels in [0, 1]) with the classes in turn, or the studio's bank as it is.
 */
import { mnistMemoryIndex } from '../../../core/classifier/split-index';
import { letterMemories, uniformMemories } from '../../../core/cdam/memories';
import type { MnistSet } from '../../../core/data/mnist-format';
import type { Patterns } from '../../../core/dynamics/types';
import type { CdamMemories, CdamMemoriesSpec } from './api';

export const NO_MNIST = 'The MNIST digits have not reached the worker yet.';

/** A letters grid side from N (8 … 32). */
export const letterSide = (N: number) => Math.max(8, Math.min(32, Math.round(Math.sqrt(N))));

export function cdamMemories(
  spec: CdamMemoriesSpec,
  data: { mnist?: MnistSet; bank?: Patterns },
): CdamMemories {
  const { P } = spec;
  if (spec.source === 'uniform') {
    const labels = Array.from({ length: P }, (_, k) => `pattern ${k}`);
    return { P, N: spec.N, data: uniformMemories(P, spec.N, spec.seed), labels, side: null };
  }
  if (spec.source === 'letters') {
    const side = letterSide(spec.N);
    const labels = Array.from(
      { length: P },
      (_, k) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[k % 26] + (k >= 26 ? '′' : ''),
    );
    return { P, N: side * side, data: letterMemories(P, side), labels, side };
  }
  if (spec.source === 'bank') {
    const bank = data.bank;
    if (!bank || bank.count === 0) throw new Error('memories: the studio’s bank is empty.');
    if (bank.count < P)
      throw new Error(
        `memories.P: the studio’s bank holds ${bank.count} patterns (asked for ${P}).`,
      );
    const N = bank.dim;
    const side = Number.isInteger(Math.sqrt(N)) ? Math.sqrt(N) : null;
    const labels = Array.from({ length: P }, (_, k) => `bank ${k + 1}`);
    return { P, N, data: Float64Array.from(bank.data.subarray(0, P * N)), labels, side };
  }
  const set = data.mnist;
  if (!set) throw new Error(NO_MNIST);
  const idx = mnistMemoryIndex(set, P);
  const N = set.rows * set.cols;
  const out = new Float64Array(P * N);
  idx.forEach((k, r) => {
    for (let i = 0; i < N; i++) out[r * N + i] = set.pixels[k * N + i] / 255;
  });
  const labels = idx.map((k) => `digit ${set.labels[k]}`);
  return { P, N, data: out, labels, side: set.rows };
}
