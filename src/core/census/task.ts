/**
 * Prototype tasks (models.md §8.1): random ±1 prototypes with noisy examples, or binarised MNIST
 * digits with their class's sign-of-mean as the prototype; then optional random non-examples.
 *
 * Random streams (subSeed of the task seed): 1 the prototypes, (2, g) the examples of group g,
 * 3 the non-examples, 4 the MNIST picks. So a task with more examples per group extends the
 * smaller one's examples, and the prototypes do not depend on E or p (the phase map's trials share
 * prototypes across cells).
 */
import { indicesOfClass, type MnistSet } from '../data/mnist-format';
import { createRng, type Rng } from '../util/random';
import { subSeed } from '../util/sub-seed';
import type { MnistTaskSpec, RandomTaskSpec, Task, TaskSpec } from './types';

/** Writes N random ±1 values at `out[offset…]`. */
export function randomSigns(rng: Rng, out: Int8Array, offset: number, N: number): void {
  for (let i = 0; i < N; i += 32) {
    const word = rng.nextUint32();
    const end = Math.min(32, N - i);
    for (let b = 0; b < end; b++) out[offset + i + b] = (word >>> b) & 1 ? 1 : -1;
  }
}

/** Copies `src[srcOff…]` to `out[offset…]`, each of N bits flipped with probability p. */
export function noisyCopy(
  rng: Rng,
  src: Int8Array,
  srcOff: number,
  out: Int8Array,
  offset: number,
  N: number,
  p: number,
): void {
  for (let i = 0; i < N; i++) {
    const x = src[srcOff + i];
    out[offset + i] = p > 0 && rng.next() < p ? -x : x;
  }
}

/** P × N majority vote of each group's examples; a tie gives +1. */
export function centroidsOf(
  examples: Int8Array,
  groupOf: Int16Array,
  K: number,
  P: number,
  N: number,
): Int8Array {
  const sum = new Int32Array(P * N);
  for (let k = 0; k < K; k++) {
    const g = groupOf[k];
    if (g < 0) continue;
    for (let i = 0; i < N; i++) sum[g * N + i] += examples[k * N + i];
  }
  const out = new Int8Array(P * N);
  for (let j = 0; j < P * N; j++) out[j] = sum[j] >= 0 ? 1 : -1;
  return out;
}

function finish(
  side: number,
  P: number,
  E: number,
  nonExamples: number,
  seed: number,
  prototypes: Int8Array,
  examples: Int8Array,
  labels: string[],
): Task {
  const N = side * side;
  const K = P * E + nonExamples;
  const groupOf = new Int16Array(K).fill(-1);
  for (let k = 0; k < P * E; k++) groupOf[k] = Math.floor(k / E);
  const rng = createRng(subSeed(seed, 3));
  for (let k = P * E; k < K; k++) randomSigns(rng, examples, k * N, N);
  const centroids = centroidsOf(examples, groupOf, K, P, N);
  return { side, N, P, examples, K, groupOf, prototypes, centroids, labels };
}

function randomTask(spec: RandomTaskSpec): Task {
  const { side, P, E, p, nonExamples, seed } = spec;
  const N = side * side;
  const prototypes = new Int8Array(P * N);
  const protoRng = createRng(subSeed(seed, 1));
  for (let g = 0; g < P; g++) randomSigns(protoRng, prototypes, g * N, N);
  const examples = new Int8Array((P * E + nonExamples) * N);
  for (let g = 0; g < P; g++) {
    const rng = createRng(subSeed(seed, 2, g));
    for (let e = 0; e < E; e++) noisyCopy(rng, prototypes, g * N, examples, (g * E + e) * N, N, p);
  }
  const labels = Array.from({ length: P }, (_, g) => `P${g + 1}`);
  return finish(side, P, E, nonExamples, seed, prototypes, examples, labels);
}

/** Digit `index` as ±1 at `side` (28: as is; 14: 2×2 mean pool), grey > 0.5 → +1. */
export function mnistBits(
  set: MnistSet,
  index: number,
  side: number,
  out: Int8Array,
  offset = 0,
): void {
  const { rows, cols } = set;
  const base = index * rows * cols;
  const f = rows / side;
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      let sum = 0;
      for (let dy = 0; dy < f; dy++) {
        for (let dx = 0; dx < f; dx++) sum += set.pixels[base + (y * f + dy) * cols + x * f + dx];
      }
      out[offset + y * side + x] = sum / (f * f * 255) > 0.5 ? 1 : -1;
    }
  }
}

function mnistTask(spec: MnistTaskSpec, set: MnistSet | undefined): Task {
  if (!set) throw new Error('task.kind mnist: the MNIST digits are not loaded');
  const { side, digits, E, nonExamples, seed } = spec;
  if (set.rows !== 28 || set.cols !== 28) {
    throw new Error(`task.kind mnist: the asset's digits are ${set.rows}×${set.cols}, not 28×28`);
  }
  const N = side * side;
  const P = digits.length;
  const prototypes = new Int8Array(P * N);
  const examples = new Int8Array((P * E + nonExamples) * N);
  const one = new Int8Array(N);
  const rng = createRng(subSeed(seed, 4));
  digits.forEach((d, g) => {
    const all = indicesOfClass(set, d);
    if (all.length < E) {
      throw new Error(
        `task.E: the MNIST asset holds ${all.length} digits of class ${d}, fewer than E = ${E}`,
      );
    }
    const sum = new Int32Array(N);
    for (const idx of all) {
      mnistBits(set, idx, side, one);
      for (let i = 0; i < N; i++) sum[i] += one[i];
    }
    for (let i = 0; i < N; i++) prototypes[g * N + i] = sum[i] >= 0 ? 1 : -1;
    const order = rng.permutation(all.length);
    for (let e = 0; e < E; e++) mnistBits(set, all[order[e]], side, examples, (g * E + e) * N);
  });
  return finish(side, P, E, nonExamples, seed, prototypes, examples, digits.map(String));
}

/** The realised task of a spec; MNIST needs the asset. Throws an Error naming what is missing. */
export function buildTask(spec: TaskSpec, mnist?: MnistSet): Task {
  return spec.kind === 'mnist' ? mnistTask(spec, mnist) : randomTask(spec);
}
