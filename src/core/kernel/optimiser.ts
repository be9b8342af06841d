/**
 * The two optimisers of U-Hop+ (docs/models.md §7.2), in place on one flat parameter array:
 *  - Adam (Kingma & Ba) with β₁ 0.9, β₂ 0.999, ε 1e-8 and bias correction, in the form
 *    tf.train.adam uses: m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ),
 *    p ← p − lr·m̂/(√v̂ + ε);
 *  - SGD with momentum 0.9 in PyTorch's form: v ← 0.9v + g, p ← p − lr·v.
 * Both act elementwise, so two optimisers over the parts of a parameter vector step exactly like
 * one over the whole.
 */
import type { Optimiser } from './types';

export const ADAM_BETA1 = 0.9;
export const ADAM_BETA2 = 0.999;
export const ADAM_EPSILON = 1e-8;
export const SGD_MOMENTUM = 0.9;

export interface OptimiserState {
  /** One update of `params` (length `size`) from its gradient `grad`, in place. */
  step(params: Float64Array, grad: Float64Array): void;
}

export function createOptimiser(kind: Optimiser, lr: number, size: number): OptimiserState {
  if (kind !== 'adam' && kind !== 'sgd')
    throw new Error(`optimiser must be adam or sgd, got "${String(kind)}"`);
  if (!Number.isFinite(lr) || lr <= 0) throw new Error(`lr must be finite and > 0, got ${lr}`);
  if (!Number.isInteger(size) || size < 0)
    throw new Error(`size must be an integer ≥ 0, got ${size}`);
  const check = (params: Float64Array, grad: Float64Array) => {
    if (params.length !== size || grad.length !== size)
      throw new Error(
        `optimiser step: params (${params.length}) and grad (${grad.length}) must have length ${size}`,
      );
  };
  if (kind === 'sgd') {
    const v = new Float64Array(size);
    return {
      step(params, grad) {
        check(params, grad);
        for (let i = 0; i < size; i++) {
          v[i] = SGD_MOMENTUM * v[i] + grad[i];
          params[i] -= lr * v[i];
        }
      },
    };
  }
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  let t = 0;
  return {
    step(params, grad) {
      check(params, grad);
      t++;
      const c1 = 1 - ADAM_BETA1 ** t;
      const c2 = 1 - ADAM_BETA2 ** t;
      for (let i = 0; i < size; i++) {
        const g = grad[i];
        m[i] = ADAM_BETA1 * m[i] + (1 - ADAM_BETA1) * g;
        v[i] = ADAM_BETA2 * v[i] + (1 - ADAM_BETA2) * g * g;
        params[i] -= (lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + ADAM_EPSILON);
      }
    },
  };
}
