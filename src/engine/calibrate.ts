/**
 * Backend calibration: the median time of one batched softmax step (K=256, N=784, B=64), the
 * kind of work the batch path does, after one warm-up run (shader compilation, wasm start).
 * ~60 MFLOP: 2–20 ms on wasm / cpu here, so three timed runs cost well under a second.
 */
import { createRng } from '../core/util/random';
import { randomNormals } from './fixtures';
import { softmaxStepT } from './softmax-batch';
import { tf } from './tf';
import { toTensor } from './tensors';

export const CALIBRATION = { count: 256, dim: 784, batch: 64, runs: 3 } as const;

/** Median ms of `runs` timed calls of `once` after one untimed warm-up call. */
export async function medianOfRuns(once: () => Promise<number>, runs: number): Promise<number> {
  await once();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await once());
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Median ms of one step on the current tfjs backend. */
export async function calibrateCurrentBackend(): Promise<number> {
  const rng = createRng(7);
  const { count, dim, batch, runs } = CALIBRATION;
  const scale = 1 / Math.sqrt(dim);
  const xi = toTensor(randomNormals(rng, count, dim, scale));
  const x = toTensor(randomNormals(rng, batch, dim, scale));
  try {
    const once = async () => {
      const t0 = performance.now();
      const out = tf.tidy(() => softmaxStepT(xi, x, 4));
      await out.data();
      out.dispose();
      return performance.now() - t0;
    };
    return await medianOfRuns(once, runs);
  } finally {
    xi.dispose();
    x.dispose();
  }
}
