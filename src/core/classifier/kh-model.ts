/**
 * The Krotov–Hopfield (2016) dense-associative-memory classifier: the model and its one-step
 * label update, loss and analytic gradient (docs/models.md §2.5). Pure TypeScript, Float64 math.
 *
 * Visible neurons: D pixels v ∈ [−1, 1] and C label neurons. Memories ξ^μ ∈ [−1, 1]^{D+C},
 * stored row-major in `memories` (memory μ is memories[μ(D+C) … (μ+1)(D+C)), pixels first).
 * With every label at −1 and the pixels clamped, each label is updated once:
 *
 *   s_μ  = Σ_i ξ^μ_i v_i − Σ_γ ξ^μ_γ
 *   c_α  = tanh( Σ_μ [ ((s_μ + 2ξ^μ_α)/T)_+^n − (s_μ/T)_+^n ] )      (= β Σ F(·) − F(·), β = 1/Tⁿ)
 *
 * Working with (s/T)ⁿ instead of sⁿ/Tⁿ keeps every term near 1 when T is of the order of |s|,
 * so n = 30, 60 stay finite. T must be scaled to the data: |s| can reach D + C (794 on MNIST),
 * and the notebook's T = 540 fits 784 pixels in [−1, 1]; the default here is 540·(D + C)/794.
 *
 * Loss over a batch: C = Σ_A Σ_α (t_Aα − c_Aα)^{2m}, t = +1 for the true class, −1 otherwise.
 */

import { khPass } from './kh-pass';
import { createRng } from '../util/random';

export interface KhOptions {
  /** Pixels per example (784). */
  D?: number;
  /** Classes = label neurons (10). */
  C?: number;
  /** Memories (100). */
  K?: number;
  /** Power of the rectified polynomial F (20). */
  n?: number;
  /** Loss power 2m (m = 30). */
  m?: number;
  /** Initial learning rate ε₀ (0.04) and its per-epoch decay f (0.998): ε_e = ε₀·f^e. */
  eps0?: number;
  f?: number;
  /** Momentum p (0.6). */
  p?: number;
  /** Temperature ramp T_in → T_f over `thresh` epochs (540·(D+C)/794 both, 200 epochs). */
  Tin?: number;
  Tf?: number;
  thresh?: number;
  /** Minibatch size (100). */
  batchSize?: number;
  /** Seed of the initial memories and of the minibatch order (1). */
  seed?: number;
}

export type KhConfig = Required<KhOptions>;

export interface KhModel {
  config: KhConfig;
  /** K × (D + C), row-major. */
  memories: Float64Array;
  /** Current temperature (set per epoch by the training ramp). */
  T: number;
}

/** A labelled set: images N × D row-major (values in [−1, 1]) and class indices 0 … C−1. */
export interface KhData {
  images: Float64Array;
  labels: ArrayLike<number>;
}

/** Ranges the lab's controls and the CLI accept. */
export const KH_LIMITS = {
  n: [2, 60],
  m: [1, 60],
  K: [1, 400],
  T: [1, 1e5],
  batchSize: [1, 8000],
  epochs: [1, 1000],
} as const;

/**
 * Default temperature for power n on 784 + 10 neurons, scaled by (D + C)/794 for other sizes.
 *
 * The rectified polynomial is homogeneous, so T only sets the gain of the label inputs h_α, and the
 * right gain depends on n. The notebook's T = 540 is for n = 20 and also works for n = 30; at
 * n = 2 and 3 it leaves h so small that training crawls (n = 3: 13% test error after 80 epochs),
 * while too small a T saturates tanh on wrong answers and training stalls for good (n = 3, T = 50:
 * 91% error). Short sweeps on the fixed split (60 epochs each; README, "Training lab") gave
 * T = 100 for n = 2 and 3. Between n = 3 and 20 the default is interpolated geometrically.
 */
export function defaultTemperature(n: number, D = 784, C = 10): number {
  const lo = 100;
  const hi = 540;
  const base = n <= 3 ? lo : n >= 20 ? hi : lo * Math.pow(hi / lo, (n - 3) / 17);
  return (Math.round(base) * (D + C)) / 794;
}

/**
 * Whether the largest possible term ((D + C)/T)^n summed over K memories stays below 1e37, so a
 * float32 engine (tfjs) cannot overflow: |ξ·x| ≤ D + C because ξ and x lie in [−1, 1].
 * @returns null when safe, else a sentence saying how to fix it.
 */
export function float32Risk(config: KhConfig): string | null {
  const T = Math.min(config.Tin, config.Tf);
  const log10Max = config.n * Math.log10((config.D + config.C) / T) + Math.log10(config.K);
  if (log10Max <= 37) return null;
  const minT = (config.D + config.C) / Math.pow(10, (37 - Math.log10(config.K)) / config.n);
  return (
    `T = ${T} is too small for n = ${config.n}: ((D + C)/T)^n can reach 1e${Math.round(log10Max)}` +
    `, beyond float32; use T ≥ ${Math.ceil(minT)}`
  );
}

function checkPositiveInt(name: string, v: number, min = 1): void {
  if (!Number.isInteger(v) || v < min) throw new RangeError(`${name} must be an integer ≥ ${min}`);
}

export function khConfig(opts: KhOptions = {}): KhConfig {
  const D = opts.D ?? 784;
  const C = opts.C ?? 10;
  const T0 = defaultTemperature(opts.n ?? 20, D, C);
  const config: KhConfig = {
    D,
    C,
    K: opts.K ?? 100,
    n: opts.n ?? 20,
    m: opts.m ?? 30,
    eps0: opts.eps0 ?? 0.04,
    f: opts.f ?? 0.998,
    p: opts.p ?? 0.6,
    Tin: opts.Tin ?? opts.Tf ?? T0,
    Tf: opts.Tf ?? opts.Tin ?? T0,
    thresh: opts.thresh ?? 200,
    batchSize: opts.batchSize ?? 100,
    seed: opts.seed ?? 1,
  };
  checkPositiveInt('D', D);
  checkPositiveInt('C', C, 2);
  checkPositiveInt('K', config.K);
  checkPositiveInt('n', config.n);
  checkPositiveInt('m', config.m);
  checkPositiveInt('thresh', config.thresh);
  checkPositiveInt('batchSize', config.batchSize);
  if (!(config.Tin > 0) || !(config.Tf > 0) || !Number.isFinite(config.Tin + config.Tf)) {
    throw new RangeError('temperatures must be finite and > 0');
  }
  return config;
}

/** A model with memories drawn from N(−0.3, 0.3) (the notebook's init, not clipped), seeded. */
export function createKhModel(opts: KhOptions = {}): KhModel {
  const config = khConfig(opts);
  const rng = createRng(config.seed);
  const memories = new Float64Array(config.K * (config.D + config.C));
  for (let k = 0; k < memories.length; k++) memories[k] = -0.3 + 0.3 * rng.normal();
  return { config, memories, T: config.Tin };
}

function countOf(model: KhModel, images: Float64Array): number {
  const { D } = model.config;
  if (images.length % D !== 0) {
    throw new RangeError(`images length ${images.length} is not a multiple of D = ${D}`);
  }
  return images.length / D;
}

/** One-step retrieval: outputs c (N × C) and predicted labels argmax_α c_α. */
export function predict(
  model: KhModel,
  images: Float64Array,
): { labels: Int32Array; outputs: Float64Array } {
  const N = countOf(model, images);
  const { C } = model.config;
  const outputs = new Float64Array(N * C);
  khPass(model, images, null, null, 0, N, outputs, null);
  const labels = new Int32Array(N);
  for (let a = 0; a < N; a++) {
    let best = 0;
    for (let al = 1; al < C; al++) if (outputs[a * C + al] > outputs[a * C + best]) best = al;
    labels[a] = best;
  }
  return { labels, outputs };
}

/** The loss Σ_A Σ_α (t − c)^{2m} over the batch and its exact gradient ∂C/∂ξ (K × (D + C)). */
export function lossAndGradient(
  model: KhModel,
  batch: KhData,
): { loss: number; gradient: Float64Array } {
  const N = countOf(model, batch.images);
  const gradient = new Float64Array(model.memories.length);
  const loss = khPass(model, batch.images, batch.labels, null, 0, N, null, gradient);
  return { loss, gradient };
}

/** Fraction of examples whose predicted label differs from the true one. */
export function errorRate(model: KhModel, data: KhData): number {
  const { labels } = predict(model, data.images);
  if (labels.length === 0) return 0;
  let wrong = 0;
  for (let a = 0; a < labels.length; a++) if (labels[a] !== data.labels[a]) wrong++;
  return wrong / labels.length;
}
