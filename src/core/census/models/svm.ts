/**
 * A linear SVM trained by Pegasos (Shalev-Shwartz et al., 2007): stochastic sub-gradient steps on
 *   (λ/2)|θ|² + (1/n) Σ max(0, 1 − y_i θ·[z_i, 1]),   y_i = ±1 (+1 = spurious),
 * with step 1/(λt) and the projection onto the ball |θ| ≤ 1/√λ. The bias is the weight of a
 * constant feature, so it is regularised with the rest (the features are standardised, so it
 * stays small). Each epoch visits the rows in a seeded random order: the same seed gives the
 * same weights bit for bit. λ = max(l2, SVM_MIN_LAMBDA), since Pegasos' step needs λ > 0.
 */
import { createRng } from '../../util/random';
import type { ProfileSet } from '../types';
import type { LinearModel } from './logistic';
import type { ClassifierOptions } from './options';
import { fitStandardise, standardiseSet } from './standardise';

export const SVM_MIN_LAMBDA = 1e-4;

export function trainSvm(set: ProfileSet, opts: ClassifierOptions): LinearModel {
  const { count: n, L: d } = set;
  if (n === 0) throw new Error('svm: there are no training rows');
  const std = fitStandardise(set);
  const z = standardiseSet(std, set);
  const lambda = Math.max(opts.l2, SVM_MIN_LAMBDA);
  const radius = 1 / Math.sqrt(lambda);
  const rng = createRng(opts.seed);
  const theta = new Float64Array(d + 1);
  let t = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    const order = rng.permutation(n);
    for (let k = 0; k < n; k++) {
      t++;
      const r = order[k];
      const yr = set.y[r] ? 1 : -1;
      let o = theta[d];
      for (let j = 0; j < d; j++) o += theta[j] * z[r * d + j];
      const eta = 1 / (lambda * t);
      const shrink = 1 - 1 / t;
      for (let j = 0; j <= d; j++) theta[j] *= shrink;
      if (yr * o < 1) {
        for (let j = 0; j < d; j++) theta[j] += eta * yr * z[r * d + j];
        theta[d] += eta * yr;
      }
      let norm = 0;
      for (let j = 0; j <= d; j++) norm += theta[j] * theta[j];
      norm = Math.sqrt(norm);
      if (norm > radius) for (let j = 0; j <= d; j++) theta[j] *= radius / norm;
    }
  }
  return { kind: 'svm', std, w: theta.slice(0, d), b: theta[d] };
}

/** The Pegasos objective at the model's weights on a set. */
export function svmObjective(model: LinearModel, set: ProfileSet, l2: number): number {
  if (set.count === 0) throw new Error('svm: the set is empty');
  const z = standardiseSet(model.std, set);
  const d = set.L;
  let hinge = 0;
  for (let r = 0; r < set.count; r++) {
    let o = model.b;
    for (let j = 0; j < d; j++) o += model.w[j] * z[r * d + j];
    hinge += Math.max(0, 1 - (set.y[r] ? 1 : -1) * o);
  }
  let ww = model.b * model.b;
  for (let j = 0; j < d; j++) ww += model.w[j] * model.w[j];
  return hinge / set.count + 0.5 * Math.max(l2, SVM_MIN_LAMBDA) * ww;
}
