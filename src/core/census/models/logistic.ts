/**
 * L2-regularised logistic regression on standardised features, fitted by Newton's method with a
 * backtracking (Armijo) line search: deterministic, no seed. It minimises
 *   J(w, b) = (1/n) Σ [softplus(o_i) − y_i o_i] + (λ/2)|w|²,   o_i = w·z_i + b,
 * with y = 1 for spurious. At most min(epochs, MAX_NEWTON) steps; it stops once a step moves no
 * weight by more than 1e-10. A tiny ridge on the Hessian keeps λ = 0 solvable; a Hessian that is
 * still singular takes a gradient step.
 */
import type { CensusModel, ProfileSet } from '../types';
import { solveSpd } from './cholesky';
import type { ClassifierOptions } from './options';
import { fitStandardise, standardiseSet } from './standardise';

export type LinearModel = Extract<CensusModel, { kind: 'logistic' | 'svm' }>;

export const MAX_NEWTON = 100;
const RIDGE = 1e-9;

/** log(1 + e^o) without overflow. */
export const softplus = (o: number) =>
  o > 0 ? o + Math.log1p(Math.exp(-o)) : Math.log1p(Math.exp(o));
/** 1 / (1 + e^−o) without overflow. */
export const sigmoid = (o: number) => {
  if (o >= 0) return 1 / (1 + Math.exp(-o));
  const e = Math.exp(o);
  return e / (1 + e);
};

/** θ = [w_0 … w_{L−1}, b]. */
function objective(z: Float64Array, y: Uint8Array, theta: Float64Array, l2: number): number {
  const d = theta.length - 1;
  const n = y.length;
  let loss = 0;
  for (let r = 0; r < n; r++) {
    let o = theta[d];
    for (let j = 0; j < d; j++) o += theta[j] * z[r * d + j];
    loss += softplus(o) - y[r] * o;
  }
  let ww = 0;
  for (let j = 0; j < d; j++) ww += theta[j] * theta[j];
  return loss / n + 0.5 * l2 * ww;
}

/** Gradient and Hessian of J at θ (Hessian (d+1) × (d+1), row-major). */
function derivatives(z: Float64Array, y: Uint8Array, theta: Float64Array, l2: number) {
  const d = theta.length - 1;
  const D = d + 1;
  const n = y.length;
  const g = new Float64Array(D);
  const H = new Float64Array(D * D);
  const zt = new Float64Array(D);
  zt[d] = 1;
  for (let r = 0; r < n; r++) {
    let o = theta[d];
    for (let j = 0; j < d; j++) {
      zt[j] = z[r * d + j];
      o += theta[j] * zt[j];
    }
    const p = sigmoid(o);
    const res = (p - y[r]) / n;
    const wgt = (p * (1 - p)) / n;
    for (let i = 0; i < D; i++) {
      g[i] += res * zt[i];
      const wi = wgt * zt[i];
      for (let j = 0; j <= i; j++) H[i * D + j] += wi * zt[j];
    }
  }
  for (let i = 0; i < D; i++) {
    for (let j = 0; j < i; j++) H[j * D + i] = H[i * D + j];
    H[i * D + i] += RIDGE + (i < d ? l2 : 0);
    if (i < d) g[i] += l2 * theta[i];
  }
  return { g, H };
}

export function trainLogistic(set: ProfileSet, opts: ClassifierOptions): LinearModel {
  if (set.count === 0) throw new Error('logistic: there are no training rows');
  const std = fitStandardise(set);
  const z = standardiseSet(std, set);
  const d = set.L;
  let theta = new Float64Array(d + 1);
  let J = objective(z, set.y, theta, opts.l2);
  const steps = Math.min(opts.epochs, MAX_NEWTON);
  for (let it = 0; it < steps; it++) {
    const { g, H } = derivatives(z, set.y, theta, opts.l2);
    const dir = solveSpd(H, g, d + 1) ?? g;
    let slope = 0;
    for (let i = 0; i <= d; i++) slope += g[i] * dir[i];
    if (!(slope > 0)) break;
    let t = 1;
    let next: Float64Array<ArrayBuffer> | null = null;
    for (let half = 0; half < 40; half++, t /= 2) {
      const cand = theta.map((v, i) => v - t * dir[i]);
      const Jc = objective(z, set.y, cand, opts.l2);
      if (Jc <= J - 1e-4 * t * slope) {
        next = cand;
        J = Jc;
        break;
      }
    }
    if (!next) break;
    let moved = 0;
    for (let i = 0; i <= d; i++) moved = Math.max(moved, Math.abs(next[i] - theta[i]));
    theta = next;
    if (moved < 1e-10) break;
  }
  return { kind: 'logistic', std, w: theta.slice(0, d), b: theta[d] };
}

/** J at the model's weights on a set (for tests and the report). */
export function logisticObjective(model: LinearModel, set: ProfileSet, l2: number): number {
  const theta = new Float64Array(set.L + 1);
  theta.set(model.w);
  theta[set.L] = model.b;
  return objective(standardiseSet(model.std, set), set.y, theta, l2);
}
