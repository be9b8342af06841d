/**
 * The census's dense network trained on tfjs (float32): the same model, loss, gradients and
 * Adam step as the float64 reference src/core/census/models/mlp.ts, written out by hand (no
 * autodiff) so the two follow the same arithmetic:
 *   A = tanh(Z W1ᵀ + b1),  o = A w2 + b2,  J = mean(softplus(o) − y o) + (λ/2)(|W1|² + |w2|²)
 *   dO = (σ(o) − y)/n,  ∇w2 = Aᵀ dO + λ w2,  ∇b2 = Σ dO,
 *   dZ = dO w2ᵀ ⊙ (1 − A²),  ∇W1 = dZᵀ Z + λ W1,  ∇b1 = Σ_rows dZ,
 *   Adam: m ← β1 m + (1−β1) g,  v ← β2 v + (1−β2) g²,  θ ← θ − lr (m/c1) / (√(v/c2) + ε).
 * The rows are uploaded once; every step runs in tf.tidy and frees the tensors it replaces, so
 * tf.memory().numTensors is the same before and after a step.
 */
import { ADAM, type MlpModel } from '../core/census/models/mlp';
import { tf, type Tensor, type Tensor2D } from './tf';

/** W1 (H × L), b1 (1 × H), w2 (H × 1), b2 (1 × 1). A type, not an interface: tf.tidy returns it. */
export type MlpTfParams = {
  w1: Tensor2D;
  b1: Tensor2D;
  w2: Tensor2D;
  b2: Tensor2D;
};

const KEYS = ['w1', 'b1', 'w2', 'b2'] as const;

/** J and ∇J at `p` on the rows z (n × L) with labels y (n × 1) (tensor level; inside tf.tidy). */
export function mlpLossGradT(p: MlpTfParams, z: Tensor2D, y: Tensor2D, l2: number) {
  const n = z.shape[0];
  const A = tf.tanh(tf.add(tf.matMul(z, p.w1, false, true), p.b1)) as Tensor2D;
  const o = tf.add(tf.matMul(A, p.w2), p.b2) as Tensor2D;
  const data = tf.mean(tf.sub(tf.softplus(o), tf.mul(y, o)));
  const ridge = tf.mul(tf.add(tf.sum(tf.square(p.w1)), tf.sum(tf.square(p.w2))), 0.5 * l2);
  const loss = tf.add(data, ridge);
  const dO = tf.div(tf.sub(tf.sigmoid(o), y), n) as Tensor2D;
  const dZ = tf.mul(tf.matMul(dO, p.w2, false, true), tf.sub(1, tf.square(A))) as Tensor2D;
  const grads: MlpTfParams = {
    w1: tf.add(tf.matMul(dZ, z, true, false), tf.mul(p.w1, l2)) as Tensor2D,
    b1: tf.sum(dZ, 0, true) as Tensor2D,
    w2: tf.add(tf.matMul(A, dO, true, false), tf.mul(p.w2, l2)) as Tensor2D,
    b2: tf.sum(dO, 0, true) as Tensor2D,
  };
  return { loss, grads };
}

/** A trainer holding its rows, weights and Adam moments on the backend. */
export interface MlpTf {
  /** Runs `k` Adam steps. */
  step(k: number): void;
  /** Steps taken so far. */
  readonly steps: number;
  /** J at the current weights. */
  loss(): Promise<number>;
  /** The current weights as a core model (float64 copies of the float32 values). */
  read(): Promise<MlpModel>;
  /** Frees every tensor the trainer holds. */
  dispose(): void;
}

/**
 * @param init the starting weights (initMlp from the core, so both trainers start alike)
 * @param z n × L standardised rows (init.std applied)
 */
export function createMlpTf(
  init: MlpModel,
  z: Float64Array,
  y: Uint8Array,
  hp: { lr: number; l2: number },
): MlpTf {
  const H = init.hidden;
  const L = init.std.mean.length;
  const n = y.length;
  if (n === 0) throw new Error('mlp (tfjs): there are no training rows');
  if (z.length !== n * L) throw new Error(`mlp (tfjs): ${z.length} values, expected ${n} × ${L}`);
  const Z = tf.tensor2d(Float32Array.from(z), [n, L]);
  const Y = tf.tensor2d(Float32Array.from(y), [n, 1]);
  let p: MlpTfParams = {
    w1: tf.tensor2d(Float32Array.from(init.w1), [H, L]),
    b1: tf.tensor2d(Float32Array.from(init.b1), [1, H]),
    w2: tf.tensor2d(Float32Array.from(init.w2), [H, 1]),
    b2: tf.tensor2d([init.b2], [1, 1]),
  };
  const zeros = (): MlpTfParams => ({
    w1: tf.zeros([H, L]),
    b1: tf.zeros([1, H]),
    w2: tf.zeros([H, 1]),
    b2: tf.zeros([1, 1]),
  });
  let m = zeros();
  let v = zeros();
  let t = 0;
  const { beta1, beta2, eps } = ADAM;
  const all = (): Tensor[] => [Z, Y, ...[p, m, v].flatMap((s) => KEYS.map((k) => s[k]))];

  const stepOnce = () => {
    t++;
    const c1 = 1 - beta1 ** t;
    const c2 = 1 - beta2 ** t;
    const next = tf.tidy(() => {
      const { grads } = mlpLossGradT(p, Z, Y, hp.l2);
      const out = { p: {} as MlpTfParams, m: {} as MlpTfParams, v: {} as MlpTfParams };
      for (const k of KEYS) {
        const g = grads[k];
        const mk = tf.add(tf.mul(m[k], beta1), tf.mul(g, 1 - beta1)) as Tensor2D;
        const vk = tf.add(tf.mul(v[k], beta2), tf.mul(tf.square(g), 1 - beta2)) as Tensor2D;
        const stepK = tf.div(tf.mul(tf.div(mk, c1), hp.lr), tf.add(tf.sqrt(tf.div(vk, c2)), eps));
        out.p[k] = tf.sub(p[k], stepK) as Tensor2D;
        out.m[k] = mk;
        out.v[k] = vk;
      }
      return out;
    });
    tf.dispose([...KEYS.map((k) => p[k]), ...KEYS.map((k) => m[k]), ...KEYS.map((k) => v[k])]);
    ({ p, m, v } = next);
  };

  return {
    step(k) {
      for (let s = 0; s < k; s++) stepOnce();
    },
    get steps() {
      return t;
    },
    async loss() {
      const J = tf.tidy(() => mlpLossGradT(p, Z, Y, hp.l2).loss);
      try {
        return (await J.data())[0];
      } finally {
        J.dispose();
      }
    },
    async read() {
      const [w1, b1, w2, b2] = await Promise.all(KEYS.map((k) => p[k].data()));
      return {
        kind: 'mlp',
        std: init.std,
        hidden: H,
        w1: Float64Array.from(w1),
        b1: Float64Array.from(b1),
        w2: Float64Array.from(w2),
        b2: b2[0],
      };
    },
    dispose() {
      tf.dispose(all());
    },
  };
}
