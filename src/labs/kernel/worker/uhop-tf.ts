/**
 * U-Hop+ (docs/models.md §7.2) on tfjs: W and b are variables, the separation loss
 *   L = (1/M)·log((2/(M(M−1)))·Σ_{μ<ν} exp(⟨z_μ, z_ν⟩/τ)),  z = Φ(ξ)/‖Φ(ξ)‖,  Φ(ξ) = Wξ + b,
 * is written in tf ops (the pair sum as a log-sum-exp over the strict upper triangle, so exp never
 * overflows at small τ) and differentiated by tf's autodiff. The optimisers are tf's own Adam
 * (β₁ 0.9, β₂ 0.999, ε 1e-8) and momentum (0.9, PyTorch's form v ← 0.9v + g, p ← p − lr·v), the
 * numerics the core's createOptimiser reproduces; W starts at the core's kaimingMap, so this and
 * the core's trainUhop start from the same map and agree to float32 rounding.
 *
 * Each iteration costs one forward pass (whose loss is the history entry before the step) and one
 * backward pass; between iterations it awaits `pause` (the worker reads cancel and pause
 * messages there). Every tensor is disposed, on success, cancel or error.
 */
import { kaimingMap } from '../../../core/kernel/feature-map';
import type { LinearMap, UhopSpec, UhopStep, UhopTrace } from '../../../core/kernel/types';
import type { Patterns } from '../../../core/dynamics/types';
import { throwIfAborted, type AbortLike } from '../../../core/util/abort';
import { tf, type Tensor, type Tensor2D } from '../../../engine/tf';

export interface UhopTfHooks {
  signal?: AbortLike;
  /** Awaited between iterations (a yield to the worker's messages, and the room's pause). */
  pause?: () => Promise<void>;
  /** After each history entry, with the memories' normalised features M × min(D_Φ, 3). */
  onStep?: (step: UhopStep, points: Float64Array) => void;
  /** Map snapshots at 0, every this many iterations and the last (default 10). */
  snapshotEvery?: number;
  /** Start from this map instead of the seeded Kaiming one. */
  init?: LinearMap;
}

export type UhopResult = UhopTrace & { map: LinearMap };

/** The loss, the largest off-diagonal cosine and the first three feature coordinates. */
interface Forward {
  loss: Tensor;
  maxCos: Tensor;
  points: Tensor;
}

const DEG = 180 / Math.PI;

/** Minimum pairwise angle, degrees, from the largest cosine (clamped into [−1, 1]). */
export const angleOfCos = (c: number): number => Math.acos(Math.min(1, Math.max(-1, c))) * DEG;

function checkInputs(spec: UhopSpec, memories: Patterns, init: LinearMap): void {
  const { count: M, dim: D } = memories;
  if (M < 2) throw new Error(`U-Hop+ needs at least 2 memories (got ${M})`);
  if (init.D !== D || init.dPhi !== spec.dPhi)
    throw new Error(
      `the initial map is ${init.dPhi} × ${init.D}, the training needs ${spec.dPhi} × ${D}`,
    );
  if (!(spec.tau > 0) || !(spec.lr > 0))
    throw new Error(`tau and lr must be above 0 (got ${spec.tau}, ${spec.lr})`);
  if (!Number.isInteger(spec.iterations) || spec.iterations < 0)
    throw new Error(`iterations must be a whole number ≥ 0 (got ${spec.iterations})`);
}

/** A map read back from the variables (float32 → float64). */
async function readMap(W: Tensor, b: Tensor, D: number, dPhi: number): Promise<LinearMap> {
  const [w, bb] = await Promise.all([W.data(), b.data()]);
  return { D, dPhi, W: Float64Array.from(w), b: Float64Array.from(bb) };
}

export async function trainUhopTf(
  spec: UhopSpec,
  memories: Patterns,
  hooks: UhopTfHooks = {},
): Promise<UhopResult> {
  const { count: M, dim: D } = memories;
  const { dPhi, iterations: N } = spec;
  const init = hooks.init ?? kaimingMap(D, dPhi, spec.seed);
  checkInputs(spec, memories, init);
  const every = Math.max(1, Math.floor(hooks.snapshotEvery ?? 10));
  const d3 = Math.min(dPhi, 3);
  const offset = Math.log(2 / (M * (M - 1)));

  const X = tf.tensor2d(Float32Array.from(memories.data), [M, D]);
  const W = tf.variable(tf.tensor2d(Float32Array.from(init.W), [dPhi, D]), true, undefined);
  const b = tf.variable(tf.tensor1d(Float32Array.from(init.b)), spec.bias);
  // 0 on the strict upper triangle (the pairs μ < ν), −1e30 elsewhere: exp of those is 0.
  const maskData = new Float32Array(M * M).fill(-1e30);
  for (let i = 0; i < M; i++) for (let j = i + 1; j < M; j++) maskData[i * M + j] = 0;
  const mask = tf.tensor2d(maskData, [M, M]);
  // −3 on the diagonal, so the largest entry of G + diag is the largest off-diagonal cosine.
  const diag = tf.tidy(() => tf.mul(tf.eye(M), -3));
  const optimiser =
    spec.optimiser === 'adam'
      ? tf.train.adam(spec.lr, 0.9, 0.999, 1e-8)
      : tf.train.momentum(spec.lr, 0.9, false);
  const vars = spec.bias ? [W, b] : [W];

  const forward = (): Forward => {
    const F = tf.add(tf.matMul(X, W, false, true), b) as Tensor2D;
    const Z = tf.div(F, tf.sqrt(tf.sum(tf.square(F), 1, true))) as Tensor2D;
    const G = tf.matMul(Z, Z, false, true);
    const lse = tf.logSumExp(tf.add(tf.div(G, spec.tau), mask));
    const loss = tf.div(tf.add(lse, offset), M);
    const maxCos = tf.max(tf.add(G, diag));
    const points = tf.slice(Z, [0, 0], [M, d3]);
    return { loss, maxCos, points };
  };

  const history: UhopStep[] = [];
  const points: Float64Array[] = [];
  const snapshots: { iteration: number; map: LinearMap }[] = [];
  const kept: Tensor[] = [];
  try {
    for (let k = 0; k <= N; k++) {
      throwIfAborted(hooks.signal);
      if (k === 0 || k === N || k % every === 0)
        snapshots.push({ iteration: k, map: await readMap(W, b, D, dPhi) });
      let side: Forward | null = null;
      const take = () => {
        const f = forward();
        side = { loss: f.loss, maxCos: tf.keep(f.maxCos), points: tf.keep(f.points) };
        kept.push(side.maxCos, side.points);
        return f.loss as tf.Scalar;
      };
      let loss: Tensor;
      if (k < N) {
        const cost = optimiser.minimize(take, true, vars);
        if (!cost) throw new Error('U-Hop+: the optimiser returned no loss');
        loss = cost;
      } else {
        loss = tf.tidy(() => tf.keep(take()));
      }
      kept.push(loss);
      const f = side as Forward | null;
      if (!f) throw new Error('U-Hop+: the forward pass did not run');
      const [l, c, p] = await Promise.all([loss.data(), f.maxCos.data(), f.points.data()]);
      for (const t of kept.splice(0)) t.dispose();
      const step: UhopStep = { iteration: k, loss: l[0], minAngleDeg: angleOfCos(c[0]) };
      if (!Number.isFinite(step.loss) || !Number.isFinite(step.minAngleDeg))
        throw new Error(
          `U-Hop+: the loss is ${step.loss} at iteration ${k} (a memory's features vanished?)`,
        );
      const pts = Float64Array.from(p);
      history.push(step);
      points.push(pts);
      hooks.onStep?.(step, pts);
      if (k < N) await hooks.pause?.();
    }
    const map = await readMap(W, b, D, dPhi);
    return { history, points, snapshots, map };
  } finally {
    for (const t of kept) t.dispose();
    optimiser.dispose();
    tf.dispose([X, W, b, mask, diag]);
  }
}
