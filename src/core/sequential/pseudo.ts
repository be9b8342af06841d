/**
 * Pseudorehearsal items (docs/models.md §8.2; Robins 1995): digits the network makes up itself
 * before a new task, rehearsed alongside it in place of stored examples. The rule is ours (the
 * paper's exact generator is not stated; the lab says so):
 *  1. start from `count` seeded random pixel states v ∈ {−1, +1}^D (createRng(seed), one
 *     next() < 0.5 → −1 per pixel, item by item);
 *  2. run `steps` synchronous free-running updates of the pixel neurons with the memories' pixel
 *     parts alone (no label neurons):
 *        s_μ = Σ_i ξ^μ_i v_i,   F'_μ = (s_μ/T)_+^{n−1},   v_i ← sign(Σ_μ F'_μ ξ^μ_i)  (0 → −1);
 *     when every F'_μ is 0 (no memory overlaps the state) the state stays as it is;
 *  3. label each item by the classifier's argmax output on it (one-step retrieval at T).
 * The items are returned as a labelled set (pixels ±1), like training digits.
 */
import type { KhConfig, KhData } from '../classifier/kh-model';
import { ipow, khPass } from '../classifier/kh-pass';
import { createRng } from '../util/random';
import { argmaxRow, modelOf } from './metrics';

/** One synchronous pixel update of `v` (length D) in place; false when every F' was 0. */
export function pixelStep(
  xi: Float64Array,
  config: KhConfig,
  T: number,
  v: Float64Array,
  fPrime: Float64Array,
  field: Float64Array,
): boolean {
  const { D, C, K, n } = config;
  const W = D + C;
  let any = false;
  for (let mu = 0; mu < K; mu++) {
    const row = mu * W;
    let s = 0;
    for (let i = 0; i < D; i++) s += xi[row + i] * v[i];
    const x = s / T;
    fPrime[mu] = x > 0 ? ipow(x, n - 1) : 0;
    if (fPrime[mu] > 0) any = true;
  }
  if (!any) return false;
  field.fill(0);
  for (let mu = 0; mu < K; mu++) {
    const f = fPrime[mu];
    if (f === 0) continue;
    const row = mu * W;
    for (let i = 0; i < D; i++) field[i] += f * xi[row + i];
  }
  for (let i = 0; i < D; i++) v[i] = field[i] > 0 ? 1 : -1;
  return true;
}

/** `count` pseudo-items from the memories (K × (D + C)) read at temperature T. */
export function pseudoItems(
  memories: ArrayLike<number>,
  config: KhConfig,
  T: number,
  count: number,
  steps: number,
  seed: number,
): KhData {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError('count must be a whole number ≥ 0');
  if (!Number.isInteger(steps) || steps < 0)
    throw new RangeError('steps must be a whole number ≥ 0');
  const model = modelOf(memories, config, T);
  const { D, C, K } = config;
  const rng = createRng(seed);
  const images = new Float64Array(count * D);
  const v = new Float64Array(D);
  const fPrime = new Float64Array(K);
  const field = new Float64Array(D);
  for (let a = 0; a < count; a++) {
    for (let i = 0; i < D; i++) v[i] = rng.next() < 0.5 ? -1 : 1;
    for (let s = 0; s < steps; s++)
      if (!pixelStep(model.memories, config, T, v, fPrime, field)) break;
    images.set(v, a * D);
  }
  const outputs = new Float64Array(count * C);
  if (count > 0) khPass(model, images, null, null, 0, count, outputs, null);
  const labels = Int32Array.from({ length: count }, (_, a) => argmaxRow(outputs, a, C));
  return { images, labels };
}
