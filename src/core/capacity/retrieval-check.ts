/**
 * The dynamical criteria at one K, measured directly ('bisect' search):
 *  - retrieve: from each stored pattern with round(flip·N) bits flipped, asynchronous sweeps in
 *    index order until a sweep flips nothing (at most MAX_SWEEPS); success when the end is within
 *    `hamming` bits of the pattern;
 *  - softmax: one update x ← Ξᵀ softmax(βΞx) from the same noisy pattern; success when the
 *    root-mean-square error per component is at most eps.
 * The criterion holds at K when at least ⌈q·K⌉ patterns succeed. The noise of pattern a depends
 * only on the trial and a, so every K of a trial sees the same cues (common random numbers).
 */
import { createBinaryKernel } from '../dynamics/binary-kernel';
import { startBinaryRun, updateNeuron } from '../dynamics/binary-update';
import { softmaxUpdate } from '../dynamics/softmax-update';
import type { ModelSpec, Patterns } from '../dynamics/types';
import { createRng } from '../util/random';
import type { Pool } from './pool';
import type { CriterionSpec } from './types';

export const MAX_SWEEPS = 100;

/** The cue of pattern a: exactly round(flip·N) distinct bits flipped, seeded by (seed, a). */
export function noisyCue(pool: Pool, a: number, flip: number, seed: number): Float64Array {
  const N = pool.N;
  const x = new Float64Array(N);
  for (let i = 0; i < N; i++) x[i] = pool.data[a * N + i];
  const rng = createRng((seed ^ Math.imul(a + 1, 0x85ebca6b)) >>> 0);
  const order = rng.permutation(N);
  const flips = Math.round(flip * N);
  for (let j = 0; j < flips; j++) x[order[j]] = -x[order[j]];
  return x;
}

function prefix(pool: Pool, K: number, float64: boolean): Patterns {
  const N = pool.N;
  const data = float64 ? new Float64Array(K * N) : new Float32Array(K * N);
  for (let j = 0; j < K * N; j++) data[j] = pool.data[j];
  return { count: K, dim: N, data };
}

/** Whether the dynamical criterion holds with the first K patterns of the pool stored. */
export async function dynamicalHolds(
  model: ModelSpec,
  criterion: CriterionSpec,
  pool: Pool,
  K: number,
  seed: number,
  tick?: () => Promise<void>,
): Promise<boolean> {
  const N = pool.N;
  const need = Math.ceil(criterion.q * K - 1e-9);
  const memories = prefix(pool, K, model.energy === 'softmax');
  const kernel =
    model.energy === 'softmax'
      ? null
      : createBinaryKernel({ ...model, energy: model.energy }, memories);
  let good = 0;
  let bad = 0;
  let last = Date.now();
  for (let a = 0; a < K; a++) {
    const cue = noisyCue(pool, a, criterion.flip, seed);
    let success: boolean;
    if (kernel === null) {
      const { next } = softmaxUpdate(memories, cue, model.beta);
      let sq = 0;
      for (let i = 0; i < N; i++) sq += (next[i] - pool.data[a * N + i]) ** 2;
      success = Math.sqrt(sq / N) <= criterion.eps;
    } else {
      const run = startBinaryRun(memories, cue);
      for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
        let flips = 0;
        for (let i = 0; i < N; i++) if (updateNeuron(kernel, run, i)) flips++;
        if (flips === 0) break;
      }
      let dist = 0;
      for (let i = 0; i < N; i++) if (run.sigma[i] !== pool.data[a * N + i]) dist++;
      success = dist <= criterion.hamming;
    }
    if (success) good++;
    else bad++;
    if (good >= need) return true;
    if (bad > K - need) return false;
    if (tick && Date.now() - last > 20) {
      await tick();
      last = Date.now();
    }
  }
  return good >= need;
}
