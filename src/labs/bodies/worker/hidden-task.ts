/**
 * The hidden-neuron view's task, built from the MNIST set: K memories (memory μ is example
 * ⌊μ/10⌋ of digit μ mod 10, so the first ten are one per class), each grey image scaled to unit
 * norm; the cue (a memory, or an example of a digit that no memory uses), with a seeded share of
 * its pixels replaced by random grey levels and a part masked out; and what the known pixels do
 * (clamped, pushed as the input I, or nothing).
 */
import type { HiddenInput, HiddenMemories } from '../../../core/hidden/types';
import { indicesOfClass, type MnistSet } from '../../../core/data/mnist-format';
import { createRng } from '../../../core/util/random';
import type { HiddenSetup, MaskKind } from './hidden-api';

/** Examples per class that memories may use (K ≤ 50 uses at most 5); test cues come after. */
export const MEMORY_EXAMPLES = 5;

export interface HiddenTask {
  memories: HiddenMemories;
  labels: number[];
  rows: number;
  cols: number;
  v0: Float64Array;
  input: HiddenInput;
  masked: Uint8Array;
}

/** Grey image `index` of the set scaled to unit Euclidean norm (an all-black image stays 0). */
export function unitImage(set: MnistSet, index: number): Float64Array {
  const N = set.rows * set.cols;
  const out = new Float64Array(N);
  let ss = 0;
  for (let p = 0; p < N; p++) {
    out[p] = set.pixels[index * N + p] / 255;
    ss += out[p] * out[p];
  }
  const norm = Math.sqrt(ss);
  if (norm > 0) for (let p = 0; p < N; p++) out[p] /= norm;
  return out;
}

function exampleOf(set: MnistSet, digit: number, k: number): number {
  const idx = indicesOfClass(set, digit);
  if (k >= idx.length)
    throw new Error(`The MNIST set holds ${idx.length} examples of ${digit}, not ${k + 1}.`);
  return idx[k];
}

/** 1 where pixel (r, c) of a rows × cols image is masked out by `mask`. */
export function maskOf(mask: MaskKind, rows: number, cols: number): Uint8Array {
  const out = new Uint8Array(rows * cols);
  if (mask === 'none') return out;
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const hide =
        (mask === 'top' && r < rows / 2) ||
        (mask === 'bottom' && r >= rows / 2) ||
        (mask === 'left' && c < cols / 2) ||
        (mask === 'right' && c >= cols / 2);
      if (hide) out[r * cols + c] = 1;
    }
  return out;
}

export function buildHiddenTask(setup: HiddenSetup, set: MnistSet): HiddenTask {
  const { rows, cols } = set;
  const N = rows * cols;
  const K = setup.K;
  const data = new Float64Array(K * N);
  const labels: number[] = [];
  for (let mu = 0; mu < K; mu++) {
    const digit = mu % 10;
    data.set(unitImage(set, exampleOf(set, digit, Math.floor(mu / 10))), mu * N);
    labels.push(digit);
  }
  const cueIndex =
    setup.cue === 'memory'
      ? exampleOf(set, (setup.memory % K) % 10, Math.floor((setup.memory % K) / 10))
      : exampleOf(set, setup.digit, MEMORY_EXAMPLES + setup.sample);
  // Noise: a seeded share of the pixels take a random grey level, then the cue is scaled to
  // unit norm like the memories.
  const rng = createRng(setup.seed);
  const grey = Float64Array.from(
    set.pixels.subarray(cueIndex * N, (cueIndex + 1) * N),
    (x) => x / 255,
  );
  const flips = Math.round(setup.noise * N);
  const order = rng.permutation(N);
  for (let k = 0; k < flips; k++) grey[order[k]] = rng.next();
  let ss = 0;
  for (let p = 0; p < N; p++) ss += grey[p] * grey[p];
  const norm = Math.sqrt(ss) || 1;
  const masked = maskOf(setup.mask, rows, cols);
  const v0 = new Float64Array(N);
  for (let p = 0; p < N; p++) v0[p] = masked[p] ? 0 : grey[p] / norm;
  const I = new Float64Array(N);
  if (setup.inpaint === 'input') for (let p = 0; p < N; p++) I[p] = setup.gain * v0[p];
  const input: HiddenInput = { I };
  if (setup.inpaint === 'clamp' && setup.mask !== 'none')
    input.clamp = Uint8Array.from(masked, (m) => 1 - m);
  return { memories: { data, K, N }, labels, rows, cols, v0, input, masked };
}
