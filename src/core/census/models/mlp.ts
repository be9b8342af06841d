/**
 * The census's small dense network, in float64: standardised features → `hidden` tanh units →
 * one logit, sigmoid output (p = P(spurious)). Full-batch Adam on
 *   J = (1/n) Σ [softplus(o_i) − y_i o_i] + (λ/2)(|W1|² + |w2|²)
 * from a seeded init (W1 ~ N(0, 1/L), w2 ~ N(0, 1/hidden), biases 0). This is the reference the
 * tfjs trainer (src/engine/mlp-batch.ts) is tested against: the same init, the same gradients
 * and the same Adam step, written in the same order.
 */
import { createRng } from '../../util/random';
import type { CensusModel, ProfileSet, Standardise } from '../types';
import { sigmoid, softplus } from './logistic';
import type { ClassifierOptions } from './options';
import { fitStandardise, standardiseSet } from './standardise';

export type MlpModel = Extract<CensusModel, { kind: 'mlp' }>;

export const ADAM = { beta1: 0.9, beta2: 0.999, eps: 1e-8 } as const;

/** The seeded starting weights (the tfjs trainer starts from the same ones). */
export function initMlp(std: Standardise, hidden: number, seed: number): MlpModel {
  const L = std.mean.length;
  const rng = createRng(seed);
  const w1 = new Float64Array(hidden * L);
  for (let k = 0; k < w1.length; k++) w1[k] = rng.normal() / Math.sqrt(L);
  const w2 = new Float64Array(hidden);
  for (let h = 0; h < hidden; h++) w2[h] = rng.normal() / Math.sqrt(hidden);
  return { kind: 'mlp', std, hidden, w1, b1: new Float64Array(hidden), w2, b2: 0 };
}

/** The logit o of one standardised row (hidden activations into `a` when given). */
export function mlpLogit(m: MlpModel, z: ArrayLike<number>, a = new Float64Array(m.hidden)) {
  const L = z.length;
  let o = m.b2;
  for (let h = 0; h < m.hidden; h++) {
    let s = m.b1[h];
    for (let j = 0; j < L; j++) s += m.w1[h * L + j] * z[j];
    a[h] = Math.tanh(s);
    o += m.w2[h] * a[h];
  }
  return o;
}

/** Flat parameters θ = [W1, b1, w2, b2] and their views as a model. */
function flatten(m: MlpModel) {
  const H = m.hidden;
  const HL = m.w1.length;
  const theta = new Float64Array(HL + 2 * H + 1);
  theta.set(m.w1);
  theta.set(m.b1, HL);
  theta.set(m.w2, HL + H);
  theta[HL + 2 * H] = m.b2;
  return theta;
}

function unflatten(theta: Float64Array, std: Standardise, hidden: number): MlpModel {
  const HL = hidden * std.mean.length;
  return {
    kind: 'mlp',
    std,
    hidden,
    w1: theta.slice(0, HL),
    b1: theta.slice(HL, HL + hidden),
    w2: theta.slice(HL + hidden, HL + 2 * hidden),
    b2: theta[HL + 2 * hidden],
  };
}

/** J and its gradient (flat θ = [W1, b1, w2, b2], into `g`) on standardised rows z. */
export function mlpLossAndGradient(
  m: MlpModel,
  z: Float64Array,
  y: Uint8Array,
  l2: number,
  g: Float64Array,
) {
  const { hidden: H, w1, w2 } = m;
  const L = m.std.mean.length;
  const n = y.length;
  const HL = H * L;
  g.fill(0);
  const a = new Float64Array(H);
  let loss = 0;
  for (let r = 0; r < n; r++) {
    const row = z.subarray(r * L, (r + 1) * L);
    const o = mlpLogit(m, row, a);
    loss += softplus(o) - y[r] * o;
    const dO = (sigmoid(o) - y[r]) / n;
    for (let h = 0; h < H; h++) {
      g[HL + H + h] += dO * a[h];
      const dz = dO * w2[h] * (1 - a[h] * a[h]);
      g[HL + h] += dz;
      for (let j = 0; j < L; j++) g[h * L + j] += dz * row[j];
    }
    g[HL + 2 * H] += dO;
  }
  let ww = 0;
  for (let k = 0; k < HL; k++) {
    ww += w1[k] * w1[k];
    g[k] += l2 * w1[k];
  }
  for (let h = 0; h < H; h++) {
    ww += w2[h] * w2[h];
    g[HL + H + h] += l2 * w2[h];
  }
  return loss / n + 0.5 * l2 * ww;
}

/** J of a model on a set (standardised with the model's own std). */
export function mlpLoss(m: MlpModel, set: ProfileSet, l2: number): number {
  if (set.count === 0) throw new Error('mlp: the set is empty');
  const g = new Float64Array(m.w1.length + 2 * m.hidden + 1);
  return mlpLossAndGradient(m, standardiseSet(m.std, set), set.y, l2, g);
}

/**
 * Trains from initMlp(fitStandardise(set), opts.hidden, opts.seed). `onEpoch` sees the loss
 * before each epoch's step (epoch counts from 1).
 */
export function trainMlp(
  set: ProfileSet,
  opts: ClassifierOptions,
  onEpoch?: (epoch: number, loss: number) => void,
): MlpModel {
  if (set.count === 0) throw new Error('mlp: there are no training rows');
  const std = fitStandardise(set);
  const z = standardiseSet(std, set);
  let model = initMlp(std, opts.hidden, opts.seed);
  const theta = flatten(model);
  const g = new Float64Array(theta.length);
  const m1 = new Float64Array(theta.length);
  const m2 = new Float64Array(theta.length);
  const { beta1, beta2, eps } = ADAM;
  for (let t = 1; t <= opts.epochs; t++) {
    const loss = mlpLossAndGradient(model, z, set.y, opts.l2, g);
    onEpoch?.(t, loss);
    const c1 = 1 - beta1 ** t;
    const c2 = 1 - beta2 ** t;
    for (let k = 0; k < theta.length; k++) {
      m1[k] = beta1 * m1[k] + (1 - beta1) * g[k];
      m2[k] = beta2 * m2[k] + (1 - beta2) * g[k] * g[k];
      theta[k] -= (opts.lr * (m1[k] / c1)) / (Math.sqrt(m2[k] / c2) + eps);
    }
    model = unflatten(theta, std, opts.hidden);
  }
  return model;
}
