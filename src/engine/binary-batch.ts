/**
 * Batched synchronous Krotov–Hopfield update for binary dense associative memories
 * (Krotov & Hopfield 2016; Demircigil et al. 2017), B states at once.
 *
 * With S = σ Ξᵀ (B×K overlaps) and g(a) = F(a+1) − F(a−1), neuron i moves to the sign of
 *   Δ_i = Σ_μ ξ_iμ g(S_μ − ξ_iμ σ_i),
 * ties (Δ_i = 0) keep σ_i. Memories must be ±1. Two forms, both matrix products:
 *  - exact form (polynomial / rectified when 4·K·(N+2)^n ≤ 2^24): with ξ² = 1,
 *      2Δ = (F(S+2) − F(S−2)) Ξ + σ ⊙ Σ_μ (2F(S) − F(S−2) − F(S+2)).
 *    Every value is an integer below 2^24, so float32 is exact: equal to the core bit for bit.
 *  - scaled form (everything else): with H = (1+Ξ)/2 and H̄ = (1−Ξ)/2 (0/1 masks),
 *      Δ = g(S−1) H − g(S+1) H̄   where σ_i = +1,     Δ = g(S+1) H − g(S−1) H̄   where σ_i = −1,
 *    sums of same-sign terms, no cancellation inside the products. g is scaled per row by a
 *    positive factor so the largest term is O(1): (S+k)/c with c = max_μ|S_μ| + 2 for the
 *    polynomials (N^60 does not fit float32), and e^{β(S±1) − m}, m = β(max S + 1), for the
 *    exponential (whose g is 2 sinh β · e^{βa}). Terms below float32 resolution (~1e-7 of the
 *    largest) are lost and exact ties can round either way, so this form agrees with the exact
 *    core on almost every neuron, not all (see the parity test). The exact path is the core.
 */
import type { ModelSpec, Patterns } from '../core/dynamics/types';
import { tf, type Tensor, type Tensor2D } from './tf';
import { assertBinaryMemories, assertSameDim, toPatterns, toTensor } from './tensors';

const FLOAT32_EXACT = 2 ** 24;

/** True when the batched update is exact in float32 for this model and size. */
export function isExactInFloat32(spec: ModelSpec, count: number, dim: number): boolean {
  if (spec.energy !== 'polynomial' && spec.energy !== 'rectified') return false;
  return 4 * count * Math.pow(dim + 2, spec.n) <= FLOAT32_EXACT;
}

/** x^n by repeated squaring: exact on integers (tf.pow on webgl goes through exp/log). */
function intPow(x: Tensor, n: number): Tensor {
  let result: Tensor | null = null;
  let base = x;
  let e = n;
  while (e > 0) {
    if (e & 1) result = result === null ? base : tf.mul(result, base);
    e >>= 1;
    if (e > 0) base = tf.mul(base, base);
  }
  return result ?? tf.onesLike(x);
}

function polyF(spec: ModelSpec, a: Tensor): Tensor {
  return intPow(spec.energy === 'rectified' ? tf.relu(a) : a, spec.n);
}

/** Exact form: integer arithmetic below 2^24. */
function exactDelta(spec: ModelSpec, xi: Tensor2D, sigma: Tensor2D, s: Tensor2D): Tensor {
  const fp = polyF(spec, tf.add(s, 2));
  const f0 = polyF(spec, s);
  const fm = polyF(spec, tf.sub(s, 2));
  const a = tf.sub(fp, fm) as Tensor2D;
  const d = tf.sum(tf.sub(tf.sub(tf.mul(f0, 2), fm), fp), 1, true);
  return tf.add(tf.matMul(a, xi), tf.mul(sigma, d));
}

/** g(S−1) and g(S+1), each scaled per row by a positive factor. */
function scaledG(spec: ModelSpec, s: Tensor2D): [Tensor2D, Tensor2D] {
  if (spec.energy === 'exponential') {
    const m = tf.mul(tf.add(tf.max(s, 1, true), 1), spec.beta);
    const e = (k: number) => tf.exp(tf.sub(tf.mul(tf.add(s, k), spec.beta), m)) as Tensor2D;
    return [e(-1), e(1)];
  }
  const c = tf.add(tf.max(tf.abs(s), 1, true), 2);
  const f = (k: number) => polyF(spec, tf.div(tf.add(s, k), c));
  const f0 = f(0);
  return [tf.sub(f0, f(-2)) as Tensor2D, tf.sub(f(2), f0) as Tensor2D];
}

/** Scaled form: masked sums of same-sign terms. */
function scaledDelta(spec: ModelSpec, xi: Tensor2D, sigma: Tensor2D, s: Tensor2D): Tensor {
  const h = tf.div(tf.add(xi, 1), 2) as Tensor2D;
  const hBar = tf.sub(1, h) as Tensor2D;
  const [gm, gp] = scaledG(spec, s);
  const up = tf.sub(tf.matMul(gm, h), tf.matMul(gp, hBar));
  const down = tf.sub(tf.matMul(gp, h), tf.matMul(gm, hBar));
  return tf.where(tf.greater(sigma, 0), up, down);
}

/** One synchronous step of every row of `sigma` (tensor level; call inside tf.tidy). */
export function binarySyncStepT(spec: ModelSpec, xi: Tensor2D, sigma: Tensor2D): Tensor2D {
  if (spec.energy === 'softmax') throw new Error('binarySyncStepT: softmax is not a binary energy');
  const [k, n] = xi.shape;
  const s = tf.matMul(sigma, xi, false, true) as Tensor2D;
  const delta = isExactInFloat32(spec, k, n)
    ? exactDelta(spec, xi, sigma, s)
    : scaledDelta(spec, xi, sigma, s);
  return tf.where(tf.equal(delta, 0), sigma, tf.sign(delta)) as Tensor2D;
}

/**
 * One exact-rule synchronous update of B binary states (±1). Memories must be ±1.
 * Returns new plain patterns; no tensor outlives the call.
 */
export async function binarySyncStepBatch(
  spec: ModelSpec,
  memories: Patterns,
  states: Patterns,
): Promise<Patterns> {
  assertSameDim(memories, states);
  assertBinaryMemories(memories);
  const out = tf.tidy(() => binarySyncStepT(spec, toTensor(memories), toTensor(states)));
  return toPatterns(out);
}
