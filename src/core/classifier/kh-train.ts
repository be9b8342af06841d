/**
 * Training of the Krotov–Hopfield classifier, following the official notebook (docs/models.md §2.5):
 * per epoch e, ε_e = ε₀·f^e and T_e ramps linearly from T_in to T_f over `thresh` epochs; per
 * minibatch (seeded shuffled order), V ← p·V − ∂C/∂ξ, then a step normalised per memory,
 * ξ^μ += ε_e·V^μ / max(max_k |V^μ_k|, 1e−30), and ξ is clipped to [−1, 1].
 *
 * The gradient here keeps the constant 2m·n/T that the notebook leaves out (it also works with
 * (s/T)^{n−1} instead of s^{n−1}); the per-memory normalisation removes any constant scale, so
 * steps are identical while T is constant (during a ramp V mixes gradients of slightly different
 * scale, as the notebook's do).
 *
 * Optional EWC penalty (core/sequential/ewc.ts, sequential learning): once per minibatch, after
 * the minibatch's data gradient is summed and before the momentum step, the whole penalty
 * gradient λ F_k (ξ_k − ξ*_k) is added to it, unscaled, with ξ the memories before the step:
 *   grad = Σ_{A in minibatch} ∂C_A/∂ξ + λ F ⊙ (ξ − ξ*),   V ← p·V − grad,   then the usual step.
 * An epoch of N examples in minibatches of b thus descends C + ⌈N/b⌉·Ω: λ is read against one
 * minibatch's summed loss. The reported trainLoss stays the data loss alone. The tfjs trainer
 * (labs/train/worker/kh-tf.ts) mirrors this rule exactly.
 */
import type { KhData, KhModel } from './kh-model';
import { khPass } from './kh-pass';
import { createRng, type Rng } from '../util/random';
import { addEwcGradient, type EwcPenalty } from '../sequential/ewc';

export interface KhTrainState {
  /** Epochs completed so far (the next epoch's index e). */
  epoch: number;
  /** Momentum V, K × (D + C). */
  velocity: Float64Array;
  /** Minibatch order source. */
  rng: Rng;
}

/** Fresh training state: zero momentum, epoch 0, minibatch order seeded from the model's seed. */
export function createTrainState(model: KhModel): KhTrainState {
  return {
    epoch: 0,
    velocity: new Float64Array(model.memories.length),
    rng: createRng((model.config.seed ^ 0x5bd1e995) >>> 0),
  };
}

/** Temperature of epoch e: linear ramp T_in → T_f over `thresh` epochs, then T_f. */
export function temperatureAt(model: KhModel, e: number): number {
  const { Tin, Tf, thresh } = model.config;
  return e <= thresh ? Tin + ((Tf - Tin) * e) / thresh : Tf;
}

/** Learning rate of epoch e: ε₀·f^e. */
export function learningRateAt(model: KhModel, e: number): number {
  return model.config.eps0 * Math.pow(model.config.f, e);
}

/**
 * One epoch over `data` in minibatches. Mutates model.memories, model.T and state. With
 * `penalty`, each minibatch's gradient gets λ F (ξ − ξ*) added once (see the header).
 * @returns trainLoss: the mean over examples of Σ_α (t − c)^{2m}, each measured just before the
 *   step of its minibatch.
 */
export function trainEpoch(
  model: KhModel,
  data: KhData,
  state: KhTrainState,
  penalty?: EwcPenalty,
): { trainLoss: number } {
  const { D, C, K, p, batchSize } = model.config;
  const W = D + C;
  if (data.images.length % D !== 0 || data.images.length / D !== data.labels.length) {
    throw new RangeError('images and labels do not match D');
  }
  const N = data.labels.length;
  const e = state.epoch;
  const eps = learningRateAt(model, e);
  model.T = temperatureAt(model, e);
  const order = state.rng.permutation(N);
  const xi = model.memories;
  const V = state.velocity;
  const grad = new Float64Array(xi.length);
  let loss = 0;
  for (let from = 0; from < N; from += batchSize) {
    grad.fill(0);
    loss += khPass(
      model,
      data.images,
      data.labels,
      order,
      from,
      Math.min(from + batchSize, N),
      null,
      grad,
    );
    if (penalty) addEwcGradient(xi, penalty, grad);
    for (let mu = 0; mu < K; mu++) {
      const row = mu * W;
      let mx = 0;
      for (let k = row; k < row + W; k++) {
        const v = p * V[k] - grad[k];
        V[k] = v;
        const av = Math.abs(v);
        if (av > mx) mx = av;
      }
      const step = eps / Math.max(mx, 1e-30);
      for (let k = row; k < row + W; k++) {
        const x = xi[k] + step * V[k];
        xi[k] = x > 1 ? 1 : x < -1 ? -1 : x;
      }
    }
  }
  state.epoch = e + 1;
  return { trainLoss: N > 0 ? loss / N : 0 };
}
