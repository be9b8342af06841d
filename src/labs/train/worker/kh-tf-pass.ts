/**
 * The Krotov–Hopfield classifier's pass as tfjs tensor expressions: the same formulas as
 * src/core/kh-pass.ts (read its header), for a whole minibatch at once, in float32.
 *
 * Memories are held as two tensors, the pixel part transposed, ξ_pixᵀ (D × K), and the labels
 * ξ_lab (K × C): the label part enters every term and is never sliced out of a K × (D + C)
 * matrix, and no matMul needs a transposed operand, which tfjs-wasm runs about 10× slower than
 * a plain one (it bypasses XNNPACK).
 *
 * Float32 care, where the core (float64) needs none:
 *   - powers are taken of s/T, never of s (|s|ⁿ overflows at n = 30);
 *   - t − c and 1 − c² are computed from h through the logistic function,
 *       |t − c| = 2σ(−2t·h),   1 − c² = |t − c| · 2σ(2t·h)   (2σ(2t·h) = 2 − |t − c|),
 *     instead of from c = tanh h, which rounds to ±1 already at |h| ≈ 9 in float32 and would zero
 *     the gradient of confidently wrong examples that the core still learns from;
 *   - the loss Σ (t − c)^{2m} is summed relative to its largest term, so that m = 60 with a large
 *     minibatch cannot overflow (the caller multiplies back in float64).
 */
import { tf, type Tensor, type Tensor1D, type Tensor2D } from '../../../engine/tf';

export interface KhTfMemories {
  /** ξ_pixᵀ, D × K. */
  pixT: Tensor2D;
  /** K × C. */
  lab: Tensor2D;
}

/** x^k for an integer k ≥ 1 by repeated squaring (tf.pow is ~5× slower on wasm). */
export function intPow(x: Tensor, k: number): Tensor {
  let result: Tensor | null = null;
  let base = x;
  for (let e = k; e > 0; e >>= 1) {
    if (e & 1) result = result ? tf.mul(result, base) : base;
    if (e > 1) base = tf.square(base);
  }
  return result!;
}

/** relu(x)^k elementwise; k = 0 is the step x > 0 (as the core's `x > 0 ? x^k : 0`). */
export function rectPow(x: Tensor, k: number): Tensor {
  if (k === 0) return tf.cast(tf.greater(x, 0), 'float32');
  return intPow(tf.relu(x), k);
}

/**
 * For images X (B × D), every label at −1: b = s/T (B × K) with s_μ = ξ_pix^μ·v − Σ_γ ξ_lab^μγ,
 * and a = x⁺/T = b + δ (B × K × C) with δ_μα = 2ξ_lab^μα / T.
 */
export function scaledInputs(
  mem: KhTfMemories,
  X: Tensor2D,
  T: number,
): { b: Tensor2D; a: Tensor } {
  const s = tf.sub(tf.matMul(X, mem.pixT), tf.sum(mem.lab, 1));
  const b = tf.div(s, T) as Tensor2D;
  const delta = tf.expandDims(tf.mul(mem.lab, 2 / T), 0); // 1 × K × C
  return { b, a: tf.add(tf.expandDims(b, 2), delta) };
}

export interface KhTfGradient {
  /** [largest term u_max (floored), Σ u/u_max]: the loss is their product. */
  lossParts: Tensor1D;
  /** ∂C/∂ξ_pixᵀ (D × K) and ∂C/∂ξ_lab (K × C). */
  gPixT: Tensor2D;
  gLab: Tensor2D;
}

/** Below this the loss is taken as 0 (float32's smallest normal number is 1.2e−38). */
const LOSS_FLOOR = 1e-37;

/**
 * Loss Σ_b Σ_α (t − c)^{2m} and its exact gradient for images X (B × D) and targets `t`
 * (B × C, +1 for the true class, −1 otherwise). Call inside tf.tidy.
 */
export function lossAndGradientTf(
  mem: KhTfMemories,
  X: Tensor2D,
  t: Tensor2D,
  T: number,
  n: number,
  m: number,
): KhTfGradient {
  const { b, a } = scaledInputs(mem, X, T);
  const b3 = tf.expandDims(b, 2);
  const pPlus = rectPow(a, n - 1); // P⁺ = relu(a)^{n−1}, B × K × C
  const pMinus = rectPow(b3, n - 1); // P⁻ = relu(b)^{n−1}, B × K × 1
  const h = tf.sum(tf.sub(tf.mul(pPlus, a), tf.mul(pMinus, b3)), 1); // Σ_μ (P⁺a − P⁻b), B × C
  const th2 = tf.mul(tf.mul(t, h), 2);
  const dAbs = tf.mul(tf.sigmoid(tf.neg(th2)), 2); // |t − c|
  const u = intPow(dAbs, 2 * m); // (t − c)^{2m}
  const uMax = tf.maximum(tf.max(u), LOSS_FLOOR);
  const lossParts = tf.stack([uMax, tf.sum(tf.div(u, uMax))]) as Tensor1D;
  // g = ∂C/∂h = −2m (t − c)^{2m−1} (1 − c²) = −2m · t · u · 2σ(2t·h); not 2 − |t − c|, which
  // cancels when c is confidently wrong, exactly the examples that dominate the gradient.
  const g = tf.mul(tf.mul(t, u), tf.mul(tf.sigmoid(th2), -4 * m)); // B × C
  const g3 = tf.expandDims(g, 1); // B × 1 × C
  const scale = n / T;
  const w = tf.mul(tf.sum(tf.mul(tf.sub(pPlus, pMinus), g3), 2), scale) as Tensor2D; // (n/T) Σ_α g_α (P⁺ − P⁻)
  const gPixT = tf.matMul(tf.transpose(X), w) as Tensor2D;
  const gLab = tf.sub(
    tf.mul(tf.sum(tf.mul(pPlus, g3), 0), 2 * scale),
    tf.expandDims(tf.sum(w, 0), 1),
  ) as Tensor2D;
  return { lossParts, gPixT, gLab };
}

/**
 * The largest |h| at which float64 tanh still differs from ±1 (about 19.06). The core picks
 * argmax_α tanh(h_α), first index on ties, so labels whose tanh rounds to 1 tie there; clamping
 * h to this value before argMax (also first index on ties) reproduces the core's choice.
 */
export const TANH_ONE = (() => {
  let lo = 0;
  let hi = 40;
  for (let k = 0; k < 200; k++) {
    const mid = (lo + hi) / 2;
    if (Math.tanh(mid) === 1) hi = mid;
    else lo = mid;
  }
  return hi;
})();

/**
 * Predicted labels (B, int32) and, with `evidence`, each memory's evidence for the winning label
 * e_μα* = relu((s + 2ξ_α*) / T)ⁿ − relu(s/T)ⁿ (B × K; kh-explain.ts). Call inside tf.tidy.
 */
export function decideTf(
  mem: KhTfMemories,
  X: Tensor2D,
  T: number,
  n: number,
  evidence: boolean,
): { labels: Tensor1D; evidence?: Tensor2D } {
  const { b, a } = scaledInputs(mem, X, T);
  const b3 = tf.expandDims(b, 2);
  const e = tf.sub(rectPow(a, n), rectPow(b3, n)); // e_μα, B × K × C
  const h = tf.sum(e, 1); // B × C
  const labels = tf.argMax(tf.clipByValue(h, -TANH_ONE, TANH_ONE), 1) as Tensor1D;
  if (!evidence) return { labels };
  const C = mem.lab.shape[1];
  // oneHot(…, 'float32') is broken on tfjs-wasm 4.22 (it writes int32 bits): cast instead.
  const pick = tf.expandDims(tf.cast(tf.oneHot(labels, C), 'float32'), 1); // B × 1 × C
  return { labels, evidence: tf.sum(tf.mul(e, pick), 2) as Tensor2D };
}
