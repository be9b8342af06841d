/**
 * Krotov–Hopfield training on tfjs: the same recipe as src/core/kh-train.ts (same seeded init,
 * same minibatch order, same momentum and per-memory normalised step), with the minibatch math
 * of kh-tf-pass.ts, so a tfjs run and a core run agree to float32 accuracy.
 *
 * The images are uploaded once per group (KhTfData) and shared by its runs; each trainer owns
 * only its memories and momentum. Every tensor made on the way is freed (tf.tidy or dispose):
 * tf.memory().numTensors is the same before and after an epoch or an evaluation.
 */
import { statsFromEvidence } from '../../../core/classifier/kh-explain';
import {
  createKhModel,
  float32Risk,
  khConfig,
  type KhConfig,
  type KhData,
  type KhOptions,
} from '../../../core/classifier/kh-model';
import { createTrainState, learningRateAt, temperatureAt } from '../../../core/classifier/kh-train';
import type { EwcPenalty } from '../../../core/sequential/ewc';
import { decideTf, lossAndGradientTf, type KhTfMemories } from './kh-tf-pass';
import { addPenalty, disposePenalty, uploadPenalty } from './kh-tf-penalty';
import {
  checkResume,
  temperatureAfter,
  type KhScore,
  type KhSplitData,
  type KhTrainer,
} from './kh-trainer';
import { tf, type Tensor2D } from '../../../engine/tf';

/** One labelled set on the backend. */
export interface KhTfSet {
  /** N × D images, values in [−1, 1]. */
  x: Tensor2D;
  /** N × C targets: +1 for the true class, −1 otherwise. */
  targets: Tensor2D;
  labels: Int32Array;
}

/** The data of a group of runs, uploaded once; freed by whoever uploaded it (disposeKhData). */
export interface KhTfData {
  D: number;
  C: number;
  train: KhTfSet;
  test: KhTfSet;
}

function uploadSet(set: KhData, D: number, C: number): KhTfSet {
  const N = set.labels.length;
  if (set.images.length !== N * D) {
    throw new Error(`images hold ${set.images.length} values, expected ${N} × ${D}`);
  }
  const labels = Int32Array.from(set.labels);
  const t = new Float32Array(N * C).fill(-1);
  for (let a = 0; a < N; a++) t[a * C + labels[a]] = 1;
  return {
    x: tf.tensor2d(Float32Array.from(set.images), [N, D]),
    targets: tf.tensor2d(t, [N, C]),
    labels,
  };
}

export function uploadKhData(split: KhSplitData, D = 784, C = 10): KhTfData {
  return { D, C, train: uploadSet(split.train, D, C), test: uploadSet(split.test, D, C) };
}

export function disposeKhData(data: KhTfData): void {
  tf.dispose([data.train.x, data.train.targets, data.test.x, data.test.targets]);
}

/** Rows of a set per forward pass when evaluating (bounds the B × K × C intermediates). */
const EVAL_CHUNK = 1000;

/** Predicted labels of every row of `set`, and the winning label's evidence (N × K) if asked. */
async function decideAll(
  mem: KhTfMemories,
  set: KhTfSet,
  T: number,
  n: number,
  withEvidence: boolean,
): Promise<{ labels: Int32Array; evidence: Float32Array | null }> {
  const [N, D] = set.x.shape;
  const K = mem.lab.shape[0];
  const labels = new Int32Array(N);
  const evidence = withEvidence ? new Float32Array(N * K) : null;
  for (let from = 0; from < N; from += EVAL_CHUNK) {
    const rows = Math.min(EVAL_CHUNK, N - from);
    const out = tf.tidy(() => {
      const X = tf.slice(set.x, [from, 0], [rows, D]);
      return decideTf(mem, X, T, n, withEvidence);
    });
    try {
      labels.set(await out.labels.data(), from);
      if (evidence && out.evidence) evidence.set(await out.evidence.data(), from * K);
    } finally {
      tf.dispose([out.labels, ...(out.evidence ? [out.evidence] : [])]);
    }
  }
  return { labels, evidence };
}

function errorOf(predicted: Int32Array, truth: Int32Array): number {
  let wrong = 0;
  for (let a = 0; a < truth.length; a++) if (predicted[a] !== truth[a]) wrong++;
  return truth.length ? wrong / truth.length : 0;
}

async function score(
  mem: KhTfMemories,
  config: KhConfig,
  T: number,
  data: KhTfData,
): Promise<KhScore> {
  const train = await decideAll(mem, data.train, T, config.n, false);
  const test = await decideAll(mem, data.test, T, config.n, true);
  return {
    trainError: errorOf(train.labels, data.train.labels),
    testError: errorOf(test.labels, data.test.labels),
    contributors: statsFromEvidence(test.evidence!, config.K),
  };
}

/** K × (D + C) row-major values as the two memory tensors. */
function uploadMemories(values: ArrayLike<number>, config: KhConfig): KhTfMemories {
  const { K, D, C } = config;
  return tf.tidy(() => {
    const all = tf.tensor2d(Float32Array.from(values), [K, D + C]);
    const [pix, lab] = tf.split(all, [D, C], 1) as [Tensor2D, Tensor2D];
    return { pixT: tf.transpose(pix) as Tensor2D, lab };
  });
}

async function downloadMemories(mem: KhTfMemories): Promise<Float32Array> {
  const all = tf.tidy(() => tf.concat([tf.transpose(mem.pixT), mem.lab], 1));
  try {
    return (await all.data()) as Float32Array;
  } finally {
    all.dispose();
  }
}

/** The config of `options` on this data; throws the float32Risk sentence when it could overflow. */
export function khTfConfig(options: KhOptions, D = 784, C = 10): KhConfig {
  const config = khConfig({ ...options, D, C });
  const risk = float32Risk(config);
  if (risk) throw new Error(risk);
  return config;
}

/** Error rates and contributor statistics of given memories read at temperature T. */
export async function evaluateKhTf(
  options: KhOptions,
  T: number,
  memories: ArrayLike<number>,
  data: KhTfData,
): Promise<KhScore> {
  const config = khTfConfig({ ...options, Tin: T, Tf: T }, data.D, data.C);
  checkResume(config, { epoch: 0, memories });
  const mem = uploadMemories(memories, config);
  try {
    return await score(mem, config, T, data);
  } finally {
    tf.dispose([mem.pixT, mem.lab]);
  }
}

/**
 * The loss and exact gradient ∂C/∂ξ (K × (D + C)) of a core model on a batch, computed by tfjs
 * (the check that kh-tf-pass.ts is the core's math).
 */
export async function khTfLossAndGradient(
  model: { config: KhConfig; memories: ArrayLike<number>; T: number },
  batch: KhData,
): Promise<{ loss: number; gradient: Float32Array }> {
  const { D, C, n, m } = model.config;
  const set = uploadSet(batch, D, C);
  const mem = uploadMemories(model.memories, model.config);
  const out = tf.tidy(() => {
    const r = lossAndGradientTf(mem, set.x, set.targets, model.T, n, m);
    return { lossParts: r.lossParts, gradient: tf.concat([tf.transpose(r.gPixT), r.gLab], 1) };
  });
  try {
    const [uMax, ratio] = await out.lossParts.data();
    return { loss: uMax * ratio, gradient: (await out.gradient.data()) as Float32Array };
  } finally {
    tf.dispose([set.x, set.targets, mem.pixT, mem.lab, out.lossParts, out.gradient]);
  }
}

export interface KhTfTrainer extends KhTrainer {
  /** The backend the trainer's tensors live on (e.g. "wasm"). */
  readonly backend: string;
}

/**
 * A trainer for `options` (D and C come from the data) on uploaded data. Fresh runs start from
 * createKhModel's seeded memories; `resume` continues saved memories with zero momentum, and
 * skips the minibatch orders of the epochs already done so the order matches a straight run.
 * With `penalty` (EWC), every minibatch's gradient gets λ·F⊙(ξ − ξ*) (kh-tf-penalty.ts).
 */
export function createKhTfTrainer(
  options: KhOptions,
  data: KhTfData,
  resume?: { epoch: number; memories: ArrayLike<number> },
  penalty?: EwcPenalty,
): KhTfTrainer {
  const config = khTfConfig(options, data.D, data.C);
  const model = createKhModel(config);
  const rng = createTrainState(model).rng;
  const N = data.train.labels.length;
  let epoch = 0;
  let T = config.Tin;
  if (resume) {
    checkResume(config, resume);
    for (let e = 0; e < resume.epoch; e++) rng.permutation(N);
    epoch = resume.epoch;
    T = temperatureAfter(config, epoch);
  }
  const pen = penalty ? uploadPenalty(penalty, config) : null;
  let mem = uploadMemories(resume ? resume.memories : model.memories, config);
  model.memories = new Float64Array(0); // only the config is used from here on
  let vel = tf.tidy(() => ({ pixT: tf.zerosLike(mem.pixT), lab: tf.zerosLike(mem.lab) }));
  let disposed = false;
  const live = () => {
    if (disposed) throw new Error('this trainer was disposed');
  };

  /** One minibatch: the new memories and momentum, and [u_max, Σ u/u_max, Σ_μ max_k |V^μ_k|]. */
  const step = (rows: Int32Array, eps: number, Te: number) =>
    tf.tidy(() => {
      const idx = tf.tensor1d(rows, 'int32');
      const X = tf.gather(data.train.x, idx) as Tensor2D;
      const t = tf.gather(data.train.targets, idx) as Tensor2D;
      const raw = lossAndGradientTf(mem, X, t, Te, config.n, config.m);
      const g = pen ? { ...raw, ...addPenalty(raw, mem, pen) } : raw;
      const vPixT = tf.sub(tf.mul(vel.pixT, config.p), g.gPixT) as Tensor2D;
      const vLab = tf.sub(tf.mul(vel.lab, config.p), g.gLab) as Tensor2D;
      const vMax = tf.maximum(tf.max(tf.abs(vPixT), 0), tf.max(tf.abs(vLab), 1)); // K
      const stepSize = tf.div(eps, tf.maximum(vMax, 1e-30)); // per memory
      const pixT = tf.clipByValue(tf.add(mem.pixT, tf.mul(vPixT, stepSize)), -1, 1) as Tensor2D;
      const lab = tf.clipByValue(
        tf.add(mem.lab, tf.mul(vLab, tf.expandDims(stepSize, 1))),
        -1,
        1,
      ) as Tensor2D;
      // The sum (not the max) of vMax, so that a NaN anywhere shows.
      const stats = tf.concat([g.lossParts, tf.reshape(tf.sum(vMax), [1])]);
      return { mem: { pixT, lab }, vel: { pixT: vPixT, lab: vLab }, stats };
    });

  return {
    config,
    backend: tf.getBackend(),
    get epoch() {
      return epoch;
    },
    get T() {
      return T;
    },
    async trainEpoch(hook) {
      live();
      const ref = { config, memories: model.memories, T };
      const eps = learningRateAt(ref, epoch);
      const Te = temperatureAt(ref, epoch);
      const order = rng.permutation(N);
      let loss = 0;
      let ms = 0;
      for (let from = 0; from < N; from += config.batchSize) {
        const to = Math.min(from + config.batchSize, N);
        const t0 = performance.now();
        const next = step(order.subarray(from, to), eps, Te);
        const [uMax, ratio, vSum] = await next.stats.data();
        next.stats.dispose();
        const batchLoss = uMax * ratio;
        if (!Number.isFinite(batchLoss) || !Number.isFinite(vSum)) {
          tf.dispose([next.mem.pixT, next.mem.lab, next.vel.pixT, next.vel.lab]);
          throw new Error(
            `training diverged: the ${!Number.isFinite(batchLoss) ? 'loss' : 'gradient'} ` +
              `is not finite in epoch ${epoch + 1} at T = ${Te}; try a larger T`,
          );
        }
        tf.dispose([mem.pixT, mem.lab, vel.pixT, vel.lab]);
        mem = next.mem;
        vel = next.vel;
        loss += batchLoss;
        ms += performance.now() - t0;
        if (hook && (await hook(to, N)) === false) return null;
        if (disposed) return null;
      }
      epoch++;
      T = Te;
      return { trainLoss: N > 0 ? loss / N : 0, ms, T: Te };
    },
    async evaluate() {
      live();
      return score(mem, config, T, data);
    },
    async memories() {
      live();
      return downloadMemories(mem);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      tf.dispose([mem.pixT, mem.lab, vel.pixT, vel.lab]);
      disposePenalty(pen);
    },
  };
}
