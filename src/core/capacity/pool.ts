/**
 * Seeded pattern pools for the capacity measurement (models.md §9). A pool is a stream: growing
 * it to K patterns gives the same first K patterns however it is grown, so every K of one trial
 * reads a nested prefix of one pool.
 *  - uniform: independent ±1 bits;
 *  - correlated: features in blocks of `block`; inside a block x_j = √ρ·z + √(1−ρ)·e_j with one
 *    latent z per block and pattern, bit = sign(x_j) (bit correlation (2/π)·asin ρ);
 *  - separated: candidates of the base generator, kept only when every kept pattern is at least
 *    dH bits away (greedy rejection); it gives up after GIVE_UP consecutive rejections;
 *  - mnist: the digits of the chosen classes in a seeded order, binarised at grey 0.5.
 */
import type { MnistSet } from '../data/mnist-format';
import { createRng, type Rng } from '../util/random';
import type { DataSpec } from './types';

/** Consecutive rejected candidates after which the separated generator gives up. */
export const GIVE_UP = 2000;

export interface Pool {
  readonly N: number;
  /** Patterns made so far. */
  readonly count: number;
  /** Row-major ±1 patterns; rows [0, count) are valid. */
  readonly data: Int8Array;
  /** True once the generator cannot make more (separated gave up, or MNIST ran out). */
  readonly exhausted: boolean;
  /** Grows the pool to at least `target` patterns if it can; returns the count. */
  grow(target: number): number;
}

/** The seed of trial t of a point seeded `seed` (distinct streams per trial). */
export function trialSeed(seed: number, trial: number): number {
  return (seed ^ Math.imul(trial + 1, 0x9e3779b9)) >>> 0;
}

type Draw = (out: Int8Array, offset: number) => boolean;

function uniformDraw(N: number, rng: Rng): Draw {
  return (out, off) => {
    for (let i = 0; i < N; i += 32) {
      let bits = rng.nextUint32();
      for (let j = i; j < Math.min(N, i + 32); j++) {
        out[off + j] = bits & 1 ? 1 : -1;
        bits >>>= 1;
      }
    }
    return true;
  };
}

function correlatedDraw(N: number, rho: number, block: number, rng: Rng): Draw {
  const a = Math.sqrt(rho);
  const b = Math.sqrt(1 - rho);
  return (out, off) => {
    for (let j0 = 0; j0 < N; j0 += block) {
      const z = rng.normal();
      for (let j = j0; j < Math.min(N, j0 + block); j++) {
        out[off + j] = a * z + b * rng.normal() > 0 ? 1 : -1;
      }
    }
    return true;
  };
}

function mnistDraw(set: MnistSet, classes: readonly number[], rng: Rng): Draw {
  const want = new Set(classes);
  const ids: number[] = [];
  for (let i = 0; i < set.count; i++) if (want.has(set.labels[i])) ids.push(i);
  const order = rng.permutation(ids.length);
  const size = set.rows * set.cols;
  let next = 0;
  return (out, off) => {
    if (next >= ids.length) return false;
    const base = ids[order[next++]] * size;
    for (let j = 0; j < size; j++) out[off + j] = set.pixels[base + j] >= 128 ? 1 : -1;
    return true;
  };
}

/** dot(ξ^a, ξ^b) of two rows of ±1 bytes. */
export function rowDot(data: Int8Array, a: number, b: number, N: number): number {
  let acc = 0;
  const ra = a * N;
  const rb = b * N;
  for (let i = 0; i < N; i++) acc += data[ra + i] * data[rb + i];
  return acc;
}

/** MNIST pattern length (the set's rows × cols), or the spec's N. */
export function patternLength(spec: DataSpec, mnist?: MnistSet): number {
  return spec.kind === 'mnist' ? (mnist ? mnist.rows * mnist.cols : 784) : spec.N;
}

/** A pool for one trial. `limit` caps its size (the point's kCap). */
export function createPool(spec: DataSpec, seed: number, limit: number, mnist?: MnistSet): Pool {
  const rng = createRng(seed);
  const N = patternLength(spec, mnist);
  if (spec.kind === 'mnist' && !mnist) throw new Error('data.kind: MNIST digits are not loaded');
  const base =
    spec.kind === 'mnist'
      ? mnistDraw(mnist!, spec.classes, rng)
      : spec.kind === 'correlated' || (spec.kind === 'separated' && spec.base === 'correlated')
        ? correlatedDraw(N, spec.rho, spec.block, rng)
        : uniformDraw(N, rng);
  const separated = spec.kind === 'separated';
  // Two patterns at least dH apart have a dot product of at most N − 2dH.
  const maxDot = N - 2 * spec.dH;
  let data = new Int8Array(N * Math.min(limit, 64));
  let count = 0;
  let exhausted = false;
  let rejected = 0;
  const ensure = (rows: number) => {
    if (rows * N <= data.length) return;
    const next = new Int8Array(N * Math.min(limit, Math.max(rows, 2 * (data.length / N))));
    next.set(data);
    data = next;
  };
  const pool: Pool = {
    N,
    get count() {
      return count;
    },
    get data() {
      return data;
    },
    get exhausted() {
      return exhausted;
    },
    grow(target) {
      const goal = Math.min(target, limit);
      while (count < goal && !exhausted) {
        ensure(count + 1);
        if (!base(data, count * N)) {
          exhausted = true;
          break;
        }
        if (separated) {
          let ok = true;
          for (let b = 0; b < count && ok; b++) ok = rowDot(data, count, b, N) <= maxDot;
          if (!ok) {
            if (++rejected >= GIVE_UP) exhausted = true;
            continue;
          }
          rejected = 0;
        }
        count++;
      }
      return count;
    },
  };
  return pool;
}
