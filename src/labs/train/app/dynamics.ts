/**
 * Inputs of the lab's "use the trained memory" tools, pure: the drawing as the classifier's pixel
 * vector (MNIST convention v = 2·grey/255 − 1 on 28×28, resampled from another grid), and the
 * starting states and clamp masks of generation (label clamped, pixels from seeded noise) and
 * completion (one half of the drawing clamped, the rest and the labels free).
 */
import { type GreyImage, resample } from '../../../core/data/images';
import { createRng } from '../../../core/util/random';

export const LAB_SIDE = 28;

export type Half = 'top' | 'bottom' | 'left' | 'right';

export const HALVES: readonly { value: Half; label: string }[] = [
  { value: 'top', label: 'Top half' },
  { value: 'bottom', label: 'Bottom half' },
  { value: 'left', label: 'Left half' },
  { value: 'right', label: 'Right half' },
];

export interface LabInput {
  /** D = 784 values in [−1, 1]. */
  pixels: Float64Array;
  /** The grid the drawing came from (not 28 when it was resampled). */
  from: number;
  empty: boolean;
}

/** The drawing (ink 0–255 on any square grid) as the classifier's 28×28 input. */
export function drawingInput(image: GreyImage): LabInput {
  const grid =
    image.width === LAB_SIDE && image.height === LAB_SIDE
      ? image
      : resample(image, LAB_SIDE, LAB_SIDE);
  const pixels = new Float64Array(LAB_SIDE * LAB_SIDE);
  let empty = true;
  for (let i = 0; i < pixels.length; i++) {
    pixels[i] = (2 * grid.pixels[i]) / 255 - 1;
    if (grid.pixels[i] > 0) empty = false;
  }
  return { pixels, from: image.width, empty };
}

export interface StartState {
  /** D + C values: pixels first, then the labels. */
  start: Float64Array;
  /** 1 = never changes. */
  clamp: Uint8Array;
}

/**
 * Generation: label `label` clamped at +1 and the others at −1; pixels free, starting from
 * seeded uniform noise in [−1, 1].
 */
export function generationStart(D: number, C: number, label: number, seed: number): StartState {
  const rng = createRng(seed);
  const start = new Float64Array(D + C);
  const clamp = new Uint8Array(D + C);
  for (let i = 0; i < D; i++) start[i] = 2 * rng.next() - 1;
  for (let a = 0; a < C; a++) {
    start[D + a] = a === label ? 1 : -1;
    clamp[D + a] = 1;
  }
  return { start, clamp };
}

/** Whether pixel i of a side×side grid lies in `half`. */
export function inHalf(i: number, side: number, half: Half): boolean {
  const x = i % side;
  const y = Math.floor(i / side);
  const mid = side / 2;
  if (half === 'top') return y < mid;
  if (half === 'bottom') return y >= mid;
  if (half === 'left') return x < mid;
  return x >= mid;
}

/**
 * Completion: the pixels of `keep` clamped to the drawing; the other pixels start grey (0, no
 * opinion) and the labels at −1 (as in the one-step classifier), all free.
 */
export function completionStart(pixels: ArrayLike<number>, C: number, keep: Half): StartState {
  const D = pixels.length;
  const side = Math.round(Math.sqrt(D));
  const start = new Float64Array(D + C);
  const clamp = new Uint8Array(D + C);
  for (let i = 0; i < D; i++) {
    if (inHalf(i, side, keep)) {
      start[i] = pixels[i];
      clamp[i] = 1;
    }
  }
  for (let a = 0; a < C; a++) start[D + a] = -1;
  return { start, clamp };
}

/** Index of the largest value (the first on ties). */
export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let k = 1; k < values.length; k++) if (values[k] > values[best]) best = k;
  return best;
}

/** The memories with positive evidence for the winner, largest first, with their shares. */
export function topContributors(
  evidence: ArrayLike<number>,
  top = 8,
): { mu: number; share: number }[] {
  let total = 0;
  for (let k = 0; k < evidence.length; k++) if (evidence[k] > 0) total += evidence[k];
  if (!(total > 0) || !Number.isFinite(total)) return [];
  return Array.from(evidence, (e, mu) => ({ mu, share: e / total }))
    .filter((c) => c.share > 0)
    .sort((a, b) => b.share - a.share || a.mu - b.mu)
    .slice(0, top);
}

/** Share of the pixels that are ink (x > 0) in a state's first D values. */
export function inkShare(state: ArrayLike<number>, D: number): number {
  let ink = 0;
  for (let i = 0; i < D; i++) if (state[i] > 0) ink++;
  return D > 0 ? ink / D : 0;
}

/**
 * Memories (rows of D + C values) whose border ring of pixels averages above 0: ink (+1) where
 * every MNIST digit has paper. Small n learns many of them (features, not pictures), and the free
 * dynamics of such a memory settle to an inverted picture.
 */
export function inkBorderMemories(memories: ArrayLike<number>, D: number, C: number): number {
  const side = Math.round(Math.sqrt(D));
  const K = Math.floor(memories.length / (D + C));
  let count = 0;
  for (let mu = 0; mu < K; mu++) {
    let sum = 0;
    let n = 0;
    for (let i = 0; i < side * side; i++) {
      const x = i % side;
      const y = Math.floor(i / side);
      if (x > 0 && y > 0 && x < side - 1 && y < side - 1) continue;
      sum += memories[mu * (D + C) + i];
      n++;
    }
    if (n > 0 && sum / n > 0) count++;
  }
  return count;
}
