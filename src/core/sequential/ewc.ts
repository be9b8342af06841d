/**
 * Elastic weight consolidation (Kirkpatrick et al. 2017) for the Krotov–Hopfield classifier
 * (docs/models.md §8.2, a regularisation method): a quadratic pull of every memory component
 * towards its value after the earlier tasks, weighted by a diagonal empirical Fisher,
 *   Ω(ξ) = (λ/2) Σ_k F_k (ξ_k − ξ*_k)²,   ∂Ω/∂ξ_k = λ F_k (ξ_k − ξ*_k),
 *   F_k = mean over `samples` seeded training examples A of (∂C_A/∂ξ_k)²,
 * where C_A = Σ_α (t_Aα − c_Aα)^{2m} is one example's loss and its gradient is khPass's with a
 * batch of one (the same constants 2m·n/T the trainer's gradient keeps). Online across tasks
 * (the driver): F_total = Σ over the finished tasks of each task's F (estimated with the
 * memories and temperature at the end of that task), anchor ξ* = the memories after the latest
 * task. How the trainer adds ∂Ω/∂ξ to its steps is in core/classifier/kh-train.ts.
 */
import type { KhConfig, KhData } from '../classifier/kh-model';
import { khPass } from '../classifier/kh-pass';
import { createRng } from '../util/random';
import { modelOf } from './metrics';

/** λ, the diagonal Fisher F and the anchor ξ*, both K × (D + C) in the memories' layout. */
export interface EwcPenalty {
  lambda: number;
  fisher: Float64Array;
  anchor: Float64Array;
}

function checkPenalty(memories: ArrayLike<number>, p: EwcPenalty): void {
  if (p.fisher.length !== memories.length || p.anchor.length !== memories.length) {
    throw new RangeError(
      `the penalty holds ${p.fisher.length} / ${p.anchor.length} values, the memories ${memories.length}`,
    );
  }
  if (!(p.lambda >= 0) || !Number.isFinite(p.lambda)) {
    throw new RangeError(`lambda must be a finite number ≥ 0 (got ${p.lambda})`);
  }
}

/**
 * The diagonal empirical Fisher on min(samples, N) examples of `data`, chosen by
 * createRng(seed).permutation(N) (its first `samples` rows).
 */
export function fisherDiagonal(
  memories: ArrayLike<number>,
  config: KhConfig,
  T: number,
  data: KhData,
  samples: number,
  seed: number,
): Float64Array {
  if (!Number.isInteger(samples) || samples < 1) {
    throw new RangeError(`samples must be a whole number ≥ 1 (got ${samples})`);
  }
  const model = modelOf(memories, config, T);
  const N = data.labels.length;
  if (data.images.length !== N * config.D) throw new RangeError('images and labels do not match D');
  const fisher = new Float64Array(model.memories.length);
  const used = Math.min(samples, N);
  if (used === 0) return fisher;
  const order = createRng(seed).permutation(N);
  const grad = new Float64Array(fisher.length);
  for (let r = 0; r < used; r++) {
    grad.fill(0);
    khPass(model, data.images, data.labels, order, r, r + 1, null, grad);
    for (let k = 0; k < grad.length; k++) fisher[k] += grad[k] * grad[k];
  }
  for (let k = 0; k < fisher.length; k++) fisher[k] /= used;
  return fisher;
}

/** Ω(ξ) = (λ/2) Σ_k F_k (ξ_k − ξ*_k)². */
export function ewcPenalty(memories: ArrayLike<number>, penalty: EwcPenalty): number {
  checkPenalty(memories, penalty);
  const { lambda, fisher, anchor } = penalty;
  let sum = 0;
  for (let k = 0; k < memories.length; k++) {
    const d = memories[k] - anchor[k];
    sum += fisher[k] * d * d;
  }
  return 0.5 * lambda * sum;
}

/** grad_k += λ F_k (ξ_k − ξ*_k), the gradient of ewcPenalty. */
export function addEwcGradient(
  memories: ArrayLike<number>,
  penalty: EwcPenalty,
  grad: Float64Array,
): void {
  checkPenalty(memories, penalty);
  if (grad.length !== memories.length) throw new RangeError('grad and memories differ in length');
  const { lambda, fisher, anchor } = penalty;
  if (lambda === 0) return;
  for (let k = 0; k < grad.length; k++) grad[k] += lambda * fisher[k] * (memories[k] - anchor[k]);
}

/** The running total after one more task: fisher summed, anchor replaced. */
export function accumulateEwc(
  prev: EwcPenalty | undefined,
  lambda: number,
  fisher: Float64Array,
  anchor: ArrayLike<number>,
): EwcPenalty {
  const total = Float64Array.from(fisher);
  if (prev) for (let k = 0; k < total.length; k++) total[k] += prev.fisher[k];
  return { lambda, fisher: total, anchor: Float64Array.from(anchor) };
}
