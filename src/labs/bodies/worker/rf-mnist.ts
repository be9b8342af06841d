/**
 * MNIST inpainting by both bodies (the paper's Fig. 1 in miniature; models.md §6.5 PINF): K
 * digits stored as pixels/√D, a cue made from one of them with its bottom rows blanked, the top
 * rows clamped (their gradient zeroed), and gradient descent on the exact energy and on the
 * distributed one from that cue. The exact memory runs in plain loops (K·D per step); the
 * distributed one in the core's loops too (Y·D per step for the Gaussian map, O(Y log D) for
 * the Hadamard one) until the tfjs engine lands.
 */
import type { MnistSet } from '../../../core/data/mnist-format';
import { descend } from '../../../core/features/descend';
import { createDrDam } from '../../../core/features/drdam';
import { createFeatureMap, type FeatureMapSpec } from '../../../core/features/feature-maps';
import { mrdamEnergyAndGradient } from '../../../core/features/mrdam';
import type { AbortLike } from '../../../core/util/abort';
import type { RfDescent, RfMnistRequest, RfMnistResult } from './features-api';
import { everyFor } from './rf-toy';

const dist = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - b[i]) ** 2;
  return Math.sqrt(s);
};

/** The first K digits of the set as rows of pixels/(255·√D). */
export function mnistMemories(set: MnistSet, K: number): { data: Float64Array; D: number } {
  const D = set.rows * set.cols;
  if (K > set.count) throw new Error(`K = ${K} digits asked, the MNIST set holds ${set.count}`);
  const scale = 1 / (255 * Math.sqrt(D));
  const data = new Float64Array(K * D);
  for (let j = 0; j < K * D; j++) data[j] = set.pixels[j] * scale;
  return { data, D };
}

export function runMnist(
  set: MnistSet,
  req: RfMnistRequest,
  signal: AbortLike | undefined,
  onProgress: (done: number, total: number) => void,
): RfMnistResult {
  const t0 = performance.now();
  const m = req.mnist;
  const { data, D } = mnistMemories(set, m.K);
  const side = set.cols;
  const clampedRows = Math.round(m.visible * set.rows);
  const target = data.slice(m.cue * D, (m.cue + 1) * D);
  const cue = Float64Array.from(target, (v, i) => (i < clampedRows * side ? v : 0));
  const clamp = Uint8Array.from(cue, (_, i) => (i < clampedRows * side ? 1 : 0));
  const Y = 2 ** m.logY;
  const spec: FeatureMapSpec = {
    kind: req.map,
    Y,
    D,
    beta: m.beta,
    seed: req.seed,
    projection: req.projection,
  };
  const every = everyFor(m.steps);
  const total = 3;
  onProgress(0, total);
  const mem = { data, K: m.K, D };
  const ex = descend((x) => mrdamEnergyAndGradient(mem, x, m.beta), cue, {
    alpha: m.alpha,
    steps: m.steps,
    clamp,
    recordEvery: every,
    signal,
  });
  const exact: RfDescent = {
    states: new Float64Array(ex.frames.length * D),
    energy: Float64Array.from(ex.frames, (f) => ex.energy[f.step]),
  };
  ex.frames.forEach((f, i) => exact.states.set(f.x, i * D));
  onProgress(1, total);
  const dr = createDrDam(createFeatureMap(spec));
  for (let k = 0; k < m.K; k++) dr.add(data.subarray(k * D, (k + 1) * D));
  const params = dr.params();
  const backend = 'loops';
  onProgress(2, total);
  const r = descend((x) => dr.energyAndGradient(x), cue, {
    alpha: m.alpha,
    steps: m.steps,
    clamp,
    recordEvery: every,
    signal,
  });
  const distributed: RfDescent = {
    states: new Float64Array(r.frames.length * D),
    energy: Float64Array.from(r.frames, (f) => r.energy[f.step]),
  };
  r.frames.forEach((f, i) => distributed.states.set(f.x, i * D));
  onProgress(total, total);
  const lastOf = (d: RfDescent) => d.states.subarray(d.states.length - D);
  return {
    D,
    K: m.K,
    Y,
    params,
    exactParams: m.K * D,
    side,
    clampedRows,
    cue,
    target,
    every,
    exact,
    distributed,
    finalDistance: dist(lastOf(exact), lastOf(distributed)),
    exactToTarget: dist(lastOf(exact), target),
    distributedToTarget: dist(lastOf(distributed), target),
    backend,
    ms: performance.now() - t0,
  };
}
