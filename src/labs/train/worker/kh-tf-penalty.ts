/**
 * The elastic-weight-consolidation penalty (docs/models.md §8.3) of the tfjs trainer: the core's
 * rule (src/core/classifier/kh-train.ts) in the trainer's layout. Per minibatch the gradient gets
 * λ·F_k·(ξ_k − ξ*_k) added before the momentum step, for the pixel part (held transposed, D × K)
 * and the label part (K × C) alike.
 *
 * λ·F and ξ* are uploaded once per trainer (λ·F multiplied in float64 first, as the core's
 * λ·F_k·(ξ_k − ξ*_k) groups it) and freed with it; λ = 0 uploads nothing, as the core skips it.
 */
import type { KhConfig } from '../../../core/classifier/kh-model';
import type { EwcPenalty } from '../../../core/sequential/ewc';
import { tf, type Tensor2D } from '../../../engine/tf';
import type { KhTfGradient, KhTfMemories } from './kh-tf-pass';

/** λ·F and the anchor ξ*, each as a D × K pixel part and a K × C label part. */
export interface KhTfPenalty {
  weight: KhTfMemories;
  anchor: KhTfMemories;
}

/** K × (D + C) row-major values as the trainer's two tensors (ξ_pixᵀ, ξ_lab). */
function splitUpload(values: Float32Array, config: KhConfig): KhTfMemories {
  const { K, D, C } = config;
  return tf.tidy(() => {
    const all = tf.tensor2d(values, [K, D + C]);
    const [pix, lab] = tf.split(all, [D, C], 1) as [Tensor2D, Tensor2D];
    return { pixT: tf.transpose(pix) as Tensor2D, lab };
  });
}

/** Checks a penalty against the config: one sentence naming the first problem. */
export function checkPenalty(config: KhConfig, penalty: EwcPenalty): void {
  const len = config.K * (config.D + config.C);
  if (!(Number.isFinite(penalty.lambda) && penalty.lambda >= 0)) {
    throw new Error(`the EWC λ must be a finite number ≥ 0 (got ${penalty.lambda})`);
  }
  for (const [name, a] of [
    ['Fisher', penalty.fisher],
    ['anchor', penalty.anchor],
  ] as const) {
    if (a.length !== len) {
      throw new Error(`the EWC ${name} holds ${a.length} values, expected K × (D + C) = ${len}`);
    }
  }
}

/** The penalty on the backend; null for λ = 0, which the core skips too (no penalty at all). */
export function uploadPenalty(penalty: EwcPenalty, config: KhConfig): KhTfPenalty | null {
  checkPenalty(config, penalty);
  if (penalty.lambda === 0) return null;
  const weight = Float32Array.from(penalty.fisher, (f) => penalty.lambda * f);
  return {
    weight: splitUpload(weight, config),
    anchor: splitUpload(Float32Array.from(penalty.anchor), config),
  };
}

/** The gradient with λ·F⊙(ξ − ξ*) added. Call inside tf.tidy. */
export function addPenalty(
  g: Pick<KhTfGradient, 'gPixT' | 'gLab'>,
  mem: KhTfMemories,
  pen: KhTfPenalty,
): { gPixT: Tensor2D; gLab: Tensor2D } {
  const term = (x: Tensor2D, w: Tensor2D, a: Tensor2D) => tf.mul(w, tf.sub(x, a));
  return {
    gPixT: tf.add(g.gPixT, term(mem.pixT, pen.weight.pixT, pen.anchor.pixT)) as Tensor2D,
    gLab: tf.add(g.gLab, term(mem.lab, pen.weight.lab, pen.anchor.lab)) as Tensor2D,
  };
}

export function disposePenalty(pen: KhTfPenalty | null): void {
  if (!pen) return;
  tf.dispose([pen.weight.pixT, pen.weight.lab, pen.anchor.pixT, pen.anchor.lab]);
}
