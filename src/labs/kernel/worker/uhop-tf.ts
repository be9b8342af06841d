/**
 * U-Hop+ (docs/models.md §7.2) on tfjs: Wᵀ and b are variables, the separation loss
 *   L = (1/M)·log((2/(M(M−1)))·Σ_{μ<ν} exp(⟨z_μ, z_ν⟩/τ)),  z = Φ(ξ)/‖Φ(ξ)‖,  Φ(ξ) = Wξ + b,
 * is written in tf ops (the pair sum as a log-sum-exp over the strict upper triangle, so exp never
 * overflows at small τ) with its exact gradient written out in tf ops too (the engine's tfjs
 * registers no gradients: autodiff is not available). Adam is tf's own (β₁ 0.9, β₂ 0.999,
 * ε 1e-8), SGD with momentum PyTorch's form v ← 0.9v + g, p ← p − lr·v in tf ops (tf's
 * MomentumOptimizer leaks a scalar on dispose): the numerics the core's createOptimiser
 * reproduces. W starts at the core's kaimingMap, so this and the core's trainUhop start from the
 * same map and agree to float32 rounding.
 *
 * Each iteration costs one pass (the loss, the history entry before the step, and its gradient);
 * between iterations it awaits `pause` (the worker reads cancel and pause messages there). Every
 * tensor is disposed, on success, cancel or error.
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

interface TfOptimiser {
  step(grads: Tensor[]): void;
  dispose(): void;
}

/** Adam (tf.train.adam) or SGD with momentum 0.9 over `vars`, stepped with their gradients. */
function createTfOptimiser(spec: UhopSpec, vars: tf.Variable[]): TfOptimiser {
  if (spec.optimiser === 'adam') {
    const adam = tf.train.adam(spec.lr, 0.9, 0.999, 1e-8);
    return {
      step: (grads) =>
        adam.applyGradients(vars.map((v, i) => ({ name: v.name, tensor: grads[i] }))),
      dispose: () => adam.dispose(),
    };
  }
  const velocity = vars.map((v) => tf.tidy(() => tf.variable(tf.zerosLike(v), false)));
  return {
    step: (grads) =>
      tf.tidy(() =>
        vars.forEach((v, i) => {
          const next = tf.add(tf.mul(velocity[i], 0.9), grads[i]);
          velocity[i].assign(next);
          v.assign(tf.sub(v, tf.mul(next, spec.lr)));
        }),
      ),
    dispose: () => tf.dispose(velocity),
  };
}

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
async function readMap(Wt: Tensor, b: Tensor, D: number, dPhi: number): Promise<LinearMap> {
  const [wt, bb] = await Promise.all([Wt.data(), b.data()]);
  return { D, dPhi, W: transpose(wt, D, dPhi), b: Float64Array.from(bb) };
}

/** An r × c row-major matrix transposed (c × r), as float64. */
function transpose(a: ArrayLike<number>, r: number, c: number): Float64Array {
  const out = new Float64Array(r * c);
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) out[j * r + i] = a[i * c + j];
  return out;
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

  // Wᵀ (D × D_Φ) and Xᵀ are stored so no matmul transposes an operand: tfjs-wasm's matmul is
  // ~14× slower with a transposed second operand (measured at 100 × 784 × 200).
  const X = tf.tensor2d(Float32Array.from(memories.data), [M, D]);
  const Xt = tf.tensor2d(Float32Array.from(transpose(memories.data, M, D)), [D, M]);
  // In a tidy: tf.variable keeps its initial tensor's data, the tidy drops the tensor itself.
  const Wt = tf.tidy(() =>
    tf.variable(tf.tensor2d(Float32Array.from(transpose(init.W, dPhi, D)), [D, dPhi]), true),
  );
  const b = tf.tidy(() => tf.variable(tf.tensor1d(Float32Array.from(init.b)), spec.bias));
  // 0 on the strict upper triangle (the pairs μ < ν), −1e30 elsewhere: exp of those is 0.
  const maskData = new Float32Array(M * M).fill(-1e30);
  for (let i = 0; i < M; i++) for (let j = i + 1; j < M; j++) maskData[i * M + j] = 0;
  const mask = tf.tensor2d(maskData, [M, M]);
  // −3 on the diagonal, so the largest entry of G + diag is the largest off-diagonal cosine.
  const diag = tf.tidy(() => tf.mul(tf.eye(M), -3));
  const optimiser = createTfOptimiser(spec, spec.bias ? [Wt, b] : [Wt]);
  const scale = 1 / (M * spec.tau);

  /**
   * The loss at the current map, the side outputs and, when `withGrad`, its exact gradient:
   * with A the pair weights exp(⟨z_μ,z_ν⟩/τ − lse) (μ < ν) and B = (A + Aᵀ)/(Mτ),
   * ∂L/∂Z = B Z, ∂L/∂F_μ = (g_μ − ⟨g_μ, z_μ⟩ z_μ)/‖F_μ‖, ∂L/∂Wᵀ = Xᵀ ∂L/∂F, ∂L/∂b = Σ_μ ∂L/∂F_μ.
   */
  const forward = (withGrad: boolean): Forward & { gW?: Tensor; gb?: Tensor } =>
    tf.tidy(() => {
      const F = tf.add(tf.matMul(X, Wt), b) as Tensor2D;
      const n = tf.sqrt(tf.sum(tf.square(F), 1, true));
      const Z = tf.div(F, n) as Tensor2D;
      const G = tf.matMul(Z, tf.transpose(Z));
      const S = tf.add(tf.div(G, spec.tau), mask);
      const lse = tf.logSumExp(S);
      const loss = tf.div(tf.add(lse, offset), M);
      const maxCos = tf.max(tf.add(G, diag));
      const points = tf.slice(Z, [0, 0], [M, d3]);
      if (!withGrad) return { loss, maxCos, points };
      const A = tf.exp(tf.sub(S, lse)) as Tensor2D;
      const B = tf.mul(tf.add(A, tf.transpose(A)), scale) as Tensor2D;
      const gZ = tf.matMul(B, Z);
      const dot = tf.sum(tf.mul(gZ, Z), 1, true);
      const gF = tf.div(tf.sub(gZ, tf.mul(dot, Z)), n) as Tensor2D;
      const gW = tf.matMul(Xt, gF);
      const gb = tf.sum(gF, 0);
      return { loss, maxCos, points, gW, gb };
    });

  const history: UhopStep[] = [];
  const points: Float64Array[] = [];
  const snapshots: { iteration: number; map: LinearMap }[] = [];
  const kept: Tensor[] = [];
  try {
    for (let k = 0; k <= N; k++) {
      throwIfAborted(hooks.signal);
      if (k === 0 || k === N || k % every === 0)
        snapshots.push({ iteration: k, map: await readMap(Wt, b, D, dPhi) });
      const f = forward(k < N);
      kept.push(f.loss, f.maxCos, f.points);
      if (f.gW && f.gb) {
        kept.push(f.gW, f.gb);
        optimiser.step(spec.bias ? [f.gW, f.gb] : [f.gW]);
      }
      const [l, c, p] = await Promise.all([f.loss.data(), f.maxCos.data(), f.points.data()]);
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
    const map = await readMap(Wt, b, D, dPhi);
    return { history, points, snapshots, map };
  } finally {
    for (const t of kept) t.dispose();
    optimiser.dispose();
    tf.dispose([X, Xt, Wt, b, mask, diag]);
  }
}
