/**
 * Builds the memory bank and the corrupted cue from the store's serialisable choices and the
 * loaded MNIST pixels. Pure given the store state: the same seed gives the same cue.
 */
import { flipNoise, maskRect } from '../core/corrupt';
import { createRng } from '../core/random';
import type { Patterns } from '../core/types';
import { selectMemoryClasses } from '../store/selectors';
import type { DamState } from '../store';
import { examplePattern, MNIST_SIDE } from './mnist-data';

export interface MemoryBank {
  patterns: Patterns;
  /** Digit class of memory μ. */
  classes: number[];
  /** True for softmax: memories are grey·2 − 1 instead of ±1. */
  continuous: boolean;
  /** Changes whenever the stored pixels change. */
  key: string;
}

type Choices = Pick<DamState, 'included' | 'picks' | 'params'>;

export function buildMemories(s: Choices): MemoryBank {
  const classes = selectMemoryClasses(s as DamState);
  const continuous = s.params.energy === 'softmax';
  const dim = MNIST_SIDE * MNIST_SIDE;
  const data = new Float32Array(classes.length * dim);
  classes.forEach((d, mu) => data.set(examplePattern(d, s.picks[d], continuous), mu * dim));
  const key = `${classes.map((d) => `${d}:${s.picks[d]}`).join(',')}|${continuous ? 'grey' : 'pm1'}`;
  return { patterns: { count: classes.length, dim, data }, classes, continuous, key };
}

/** Memory μ of the bank as its own array. */
export function memoryPattern(bank: MemoryBank, mu: number): Float32Array {
  const { dim, data } = bank.patterns;
  return Float32Array.from(data.subarray(mu * dim, (mu + 1) * dim));
}

/** The lower third of the image, blanked when "mask" is on. */
export const MASK_RECT = { x: 0, y: 19, w: MNIST_SIDE, h: MNIST_SIDE - 19 };

/** Corrupts memory `cueMemory` with seeded flip noise (and the mask if asked). */
export function buildCue(
  s: Pick<DamState, 'params'>,
  bank: MemoryBank,
  cueMemory: number,
): Float32Array {
  const clean = memoryPattern(bank, cueMemory);
  const rng = createRng(s.params.seed);
  const noisy = flipNoise(clean, s.params.flipP, rng);
  return s.params.mask ? maskRect(noisy, MNIST_SIDE, MASK_RECT, -1) : noisy;
}
