/**
 * The Lagrangians of the two layers and their gradients, the neurons' outputs (Krotov & Hopfield
 * 2020, docs/models.md §5):
 *
 *   visible  A, B: L_v = ½‖v‖²,  g = v            C: L_v = ‖v‖,  g = v/‖v‖
 *   hidden   B:    L_h = β⁻¹ log Σ e^{βh_μ},  f = softmax(βh)   (shifted by max h: never overflows)
 *            A, C: L_h = Σ F(h_μ),  f = F′(h) with
 *              'power'      F = |h|^n / n          f = sign(h)·|h|^{n−1}   (convex for every n ≥ 2)
 *              'rectified'  F = max(h, 0)^n / n    f = max(h, 0)^{n−1}
 *              'exp'        F = e^{βh} / β         f = e^{βh}
 *
 * Model C at v = 0: ‖v‖ is not differentiable there; g(0) = 0, the minimum-norm subgradient (any
 * vector of the unit ball is a subgradient of ‖v‖ at 0), so E and the dynamics stay finite and
 * continuous in the hidden layer. ‖v‖ is computed scaled by max|v_i|, so it neither overflows nor
 * underflows for any finite v.
 *
 * Power and exp F overflow for large |h| or βh (|h|^60 past |h| ≈ 1.4e5, e^{βh} past βh ≈ 709):
 * hiddenLayer then throws a HiddenOverflowError naming n or beta instead of returning Infinity.
 */
import { HiddenOverflowError } from './errors';
import type { HiddenF, HiddenModel } from './types';

/** What the hidden layer's Lagrangian depends on. */
export interface HiddenLayerSpec {
  model: HiddenModel;
  F: HiddenF;
  n: number;
  beta: number;
}

/** ‖v‖ without overflow or underflow, and the scale max|v_i| (0 for v = 0). */
function scaledNorm(v: ArrayLike<number>): { norm: number; scale: number } {
  let scale = 0;
  for (let i = 0; i < v.length; i++) {
    const a = Math.abs(v[i]);
    if (a > scale) scale = a;
  }
  if (scale === 0 || !Number.isFinite(scale)) return { norm: scale, scale };
  let sq = 0;
  for (let i = 0; i < v.length; i++) sq += (v[i] / scale) ** 2;
  return { norm: scale * Math.sqrt(sq), scale };
}

/** g = ∂L_v/∂v into `out`. */
export function visibleOutput(
  model: HiddenModel,
  v: ArrayLike<number>,
  out: Float64Array,
): Float64Array {
  if (model !== 'C') {
    for (let i = 0; i < v.length; i++) out[i] = v[i];
    return out;
  }
  const { norm, scale } = scaledNorm(v);
  if (!Number.isFinite(norm)) {
    throw new HiddenOverflowError('v', `the visible state v is not finite (max |v_i| = ${scale})`);
  }
  if (norm === 0) {
    out.fill(0);
    return out;
  }
  // (v/scale) / (‖v‖/scale): both factors stay in range.
  const unit = norm / scale;
  for (let i = 0; i < v.length; i++) out[i] = v[i] / scale / unit;
  return out;
}

/** L_v(v). */
export function visibleLagrangian(model: HiddenModel, v: ArrayLike<number>): number {
  if (model === 'C') return scaledNorm(v).norm;
  let sq = 0;
  for (let i = 0; i < v.length; i++) sq += v[i] * v[i];
  return 0.5 * sq;
}

/**
 * The visible Legendre term with input, Σ_i (v_i − I_i) g_i − L_v, for g = g(v):
 * ½‖v‖² − I·v for A and B; −I·g for C (v·g = ‖v‖ = L_v cancel exactly, so they are not formed).
 */
export function visibleLegendre(
  model: HiddenModel,
  v: ArrayLike<number>,
  g: ArrayLike<number>,
  I: ArrayLike<number>,
): number {
  let acc = 0;
  if (model === 'C') {
    for (let i = 0; i < v.length; i++) acc -= I[i] * g[i];
  } else {
    for (let i = 0; i < v.length; i++) acc += v[i] * (0.5 * v[i] - I[i]);
  }
  if (!Number.isFinite(acc)) {
    throw new HiddenOverflowError(
      'v',
      `the visible energy term is not finite (${acc}): v is too large`,
    );
  }
  return acc;
}

function maxAbsOf(h: ArrayLike<number>): number {
  let m = 0;
  for (let k = 0; k < h.length; k++) {
    const a = Math.abs(h[k]);
    if (a > m) m = a;
    else if (Number.isNaN(a)) return NaN;
  }
  return m;
}

function lseSoftmax(beta: number, h: ArrayLike<number>, f: Float64Array): number {
  let max = -Infinity;
  for (let k = 0; k < h.length; k++) if (h[k] > max) max = h[k];
  let sum = 0;
  for (let k = 0; k < h.length; k++) {
    const e = Math.exp(beta * (h[k] - max));
    f[k] = e;
    sum += e;
  }
  for (let k = 0; k < h.length; k++) f[k] /= sum;
  return max + Math.log(sum) / beta;
}

function additive(spec: HiddenLayerSpec, h: ArrayLike<number>, f: Float64Array): number {
  const { F, n, beta } = spec;
  let L = 0;
  let fSum = 0;
  if (F === 'exp') {
    for (let k = 0; k < h.length; k++) {
      const e = Math.exp(beta * h[k]);
      f[k] = e;
      fSum += e;
    }
    L = fSum / beta;
  } else {
    const rectified = F === 'rectified';
    for (let k = 0; k < h.length; k++) {
      const x = h[k];
      const a = rectified ? Math.max(x, 0) : Math.abs(x);
      const p = a ** (n - 1);
      f[k] = x < 0 && !rectified ? -p : p;
      fSum += p;
      L += (a * p) / n;
    }
  }
  if (!Number.isFinite(L) || !Number.isFinite(fSum)) {
    const m = maxAbsOf(h);
    if (F === 'exp') {
      throw new HiddenOverflowError(
        'beta',
        `exp F with beta = ${beta} overflowed: beta·|h| reaches ${beta * m} (e^x overflows past x ≈ 709); lower beta`,
      );
    }
    throw new HiddenOverflowError(
      'n',
      `${F} F with n = ${n} overflowed: |h| reaches ${m}, so |h|^${n} is not finite; lower n (or keep memories and state near unit norm)`,
    );
  }
  return L;
}

/**
 * The hidden layer at h: writes f = ∂L_h/∂h into `f` and returns L_h(h). Throws a
 * HiddenOverflowError (field 'h' for a non-finite h, else 'n' or 'beta') rather than return a
 * non-finite value.
 */
export function hiddenLayer(spec: HiddenLayerSpec, h: ArrayLike<number>, f: Float64Array): number {
  const m = maxAbsOf(h);
  if (!Number.isFinite(m)) {
    throw new HiddenOverflowError('h', `the hidden state h is not finite (max |h_μ| = ${m})`);
  }
  return spec.model === 'B' ? lseSoftmax(spec.beta, h, f) : additive(spec, h, f);
}
