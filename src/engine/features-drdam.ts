/**
 * DrDAM's approximate energy and its gradient for B states at once, with tfjs (docs/models.md
 * §6.2–6.3). With Z = √β X Sᵀ (B×Y, one matMul) and p = φ(x)·T:
 *
 *   Ẽ = −β⁻¹ log max(p, ε),   ∇Ẽ = −(β p)⁻¹ J_φᵀ T,   ε = 1e−5 (trig maps), ∇Ẽ = 0 when p ≤ ε.
 *
 * J_φᵀ T in closed form is one more matMul, W S (B×Y · Y×D):
 *  - 'sincos': p = c Σ(cos z·T_c + sin z·T_s),  ∇Ẽ = −c/(√β p) · (cos z·T_s − sin z·T_c) S
 *  - 'cos':    p = c Σ cos(z+b)·T,              ∇Ẽ = +c/(√β p) · (sin(z+b)·T) S
 *  - 'exp':    log p = log c − β‖x‖² + lse(z + log T),  ∇Ẽ = 2x − β^{-1/2} softmax(z + log T) S
 *  - 'expexp': the same over the 2Y logits [z + log T₊, −z + log T₋], with w₊ − w₋ in place of w.
 * The Exp maps work in the log domain (their φ underflows float32), so no state has p = 0 there.
 * Energies are finished in float64 on the host; the rest is float32.
 *
 * Z is taken as (S Xᵀ)ᵀ: on tfjs-wasm 4.22 a matMul with transposeA or transposeB is several
 * times slower than one without: X·Sᵀ with transposeB took 24 ms at B = 1 and ~1 s at B = 64
 * where S·Xᵀ took 14 and 83 ms (D = 784, Y = 2^15, Node, this machine); the two tf.transpose are
 * of B×D and Y×B only. The back product W S (B×Y · Y×D) has no flag (4 ms at B = 1).
 *
 * createTfDrDam keeps S and T on the device; dispose() frees them. Every call is tf.tidy'd.
 * The Hadamard projection has no dense S: createTfDrDam hands it to the core
 * (features-host-drdam.ts) behind the same interface, so callers never branch on it.
 */
import { TRIG_EPSILON } from '../core/features/drdam';
import type { FeatureMapSpec } from '../core/features/feature-maps';
import { throwIfAborted, type AbortLike } from '../core/util/abort';
import { rowsTensor } from './features-batch';
import { createHostDrDam } from './features-host-drdam';
import {
  drawProjection,
  isPositiveMap,
  rowShifts,
  checkWeights,
  scaleOf,
  type Projection,
} from './features-projection';
import { checkDescend, createRecord } from './features-trace';
import { tf, type Tensor, type Tensor1D, type Tensor2D } from './tf';

export interface TfDescendOptions {
  /** Step size α of x ← x − α∇Ẽ; finite and ≥ 0. */
  alpha: number;
  /** Number of steps, a whole number ≥ 0. */
  steps: number;
  /** 1 = observed coordinate, kept fixed (its gradient zeroed); length D (all states) or B·D. */
  clamp?: Uint8Array | null;
  /** Record energies and states at steps 0, recordEvery, …, steps (features-trace.ts). */
  recordEvery?: number;
  signal?: AbortLike;
  /** With recordEvery: called once each frame is recorded for all B states (its step, steps). */
  onFrame?: (step: number, steps: number) => void;
}

export interface TfDescendResult {
  states: Float64Array;
  energies: Float64Array;
  /** With recordEvery: B×F energies, row-major, at the steps frameSteps. */
  trace?: Float64Array;
  /** With recordEvery: F×B×D states at the steps frameSteps. */
  frames?: Float64Array;
  frameSteps?: Int32Array;
}

export interface TfDrDam {
  readonly spec: Readonly<FeatureMapSpec>;
  /** Ẽ of B states (row-major B×D, float64). */
  energies(x: Float64Array, B: number): Float64Array;
  /** Ẽ (length B) and ∇Ẽ (row-major B×D) of B states. */
  energyAndGradient(
    x: Float64Array,
    B: number,
  ): { energies: Float64Array; gradients: Float64Array };
  /** `steps` of gradient descent from B states; the final states and their energies. */
  descend(x: Float64Array, B: number, opts: TfDescendOptions): TfDescendResult;
  /** Frees S and T on the device; the object is unusable afterwards. */
  dispose(): void;
}

interface Parts {
  /** p = φ·T (trig maps) or lse of the logits (Exp maps), length B. */
  stat: Tensor1D;
  grad: () => Tensor2D;
}

const vec = (T: Float64Array, from: number, to: number, f = (t: number) => t): Tensor1D =>
  tf.tensor1d(Float32Array.from(T.subarray(from, to), f));

export function createTfDrDam(
  spec: FeatureMapSpec,
  T: Float64Array,
  projection?: Projection,
): TfDrDam {
  if ((spec.projection ?? 'gaussian') === 'hadamard') return createHostDrDam(spec, T);
  const { S, b } = projection ?? drawProjection(spec);
  const { kind, Y, D, beta } = spec;
  if (!(beta > 0)) throw new Error(`beta must be > 0 for an energy, got ${beta}`);
  checkWeights(spec, T);
  const scale = scaleOf(spec);
  const rootBeta = Math.sqrt(beta);
  const positive = isPositiveMap(spec);
  const held: Tensor[] = [];
  const keep = <R extends Tensor>(t: R): R => (held.push(t), t);
  const s = keep(tf.tensor2d(S, [Y, D]));
  const bt = b ? keep(vec(b, 0, Y)) : null;
  const t0 = positive ? keep(vec(T, 0, Y, Math.log)) : keep(vec(T, 0, Y));
  const t1 = kind === 'sincos' ? keep(vec(T, Y, 2 * Y)) : null;
  const t1log = kind === 'expexp' ? keep(vec(T, Y, 2 * Y, Math.log)) : null;
  let disposed = false;

  /** Tensor level: call inside tf.tidy. */
  const parts = (x: Tensor2D): Parts => {
    const z = tf.mul(tf.transpose(tf.matMul(s, tf.transpose(x))), rootBeta) as Tensor2D;
    if (kind === 'sincos' || kind === 'cos') {
      const arg = kind === 'cos' ? tf.add(z, bt!) : z;
      const c = tf.cos(arg);
      const sn = tf.sin(arg);
      const dot = kind === 'cos' ? tf.mul(c, t0) : tf.add(tf.mul(c, t0), tf.mul(sn, t1!));
      const p = tf.mul(tf.sum(dot, 1), scale) as Tensor1D;
      const grad = () => {
        const k = kind === 'cos' ? scale / rootBeta : -scale / rootBeta;
        const coef = tf.where(tf.greater(p, TRIG_EPSILON), tf.div(k, p), tf.zerosLike(p));
        const w = kind === 'cos' ? tf.mul(sn, t0) : tf.sub(tf.mul(c, t1!), tf.mul(sn, t0));
        return tf.mul(tf.matMul(w, s), tf.expandDims(coef, 1)) as Tensor2D;
      };
      return { stat: p, grad };
    }
    const logits =
      kind === 'exp' ? tf.add(z, t0) : tf.concat([tf.add(z, t0), tf.sub(t1log!, z)], 1);
    const grad = () => {
      const w = tf.softmax(logits);
      const B = x.shape[0];
      const wd =
        kind === 'exp' ? w : tf.sub(tf.slice(w, [0, 0], [B, Y]), tf.slice(w, [0, Y], [B, Y]));
      return tf.add(tf.mul(tf.matMul(wd, s), -1 / rootBeta), tf.mul(x, 2)) as Tensor2D;
    };
    return { stat: tf.logSumExp(logits, 1) as Tensor1D, grad };
  };

  const finish = (stat: Float32Array, shifts: Float64Array): Float64Array => {
    const e = new Float64Array(stat.length);
    for (let r = 0; r < e.length; r++) {
      if (positive) {
        if (!(stat[r] > -Infinity))
          throw new Error(`energy: φ(x)·T underflowed for state ${r} (${kind} map, β = ${beta})`);
        e[r] = -(Math.log(scale) - shifts[r] + stat[r]) / beta;
      } else e[r] = -Math.log(Math.max(stat[r], TRIG_EPSILON)) / beta;
    }
    return e;
  };

  const alive = (): void => {
    if (disposed) throw new Error('the tfjs DrDAM was disposed');
  };

  const download = (t: Tensor, what: string): Float64Array => {
    const v = Float64Array.from(t.dataSync());
    t.dispose();
    const bad = v.findIndex((n) => !Number.isFinite(n));
    if (bad >= 0) throw new Error(`${what}[${bad}] = ${v[bad]} is not finite`);
    return v;
  };

  const energies = (x: Float64Array, B: number): Float64Array => {
    alive();
    const shifts = rowShifts(spec, x, B, 'x');
    const stat = tf.tidy(() => parts(rowsTensor(x, D, 0, B)).stat);
    const v = stat.dataSync() as Float32Array;
    stat.dispose();
    return finish(v, shifts);
  };

  return {
    spec: Object.freeze({ ...spec }),
    energies,
    energyAndGradient(x, B) {
      alive();
      const shifts = rowShifts(spec, x, B, 'x');
      const [stat, grad] = tf.tidy(() => {
        const r = parts(rowsTensor(x, D, 0, B));
        return [r.stat, r.grad()];
      });
      const v = stat.dataSync() as Float32Array;
      stat.dispose();
      return { energies: finish(v, shifts), gradients: download(grad, 'gradient') };
    },
    descend(x, B, opts) {
      alive();
      rowShifts(spec, x, B, 'x');
      const { alpha, steps, clamp, signal, onFrame } = opts;
      const recorded = checkDescend(D, B, opts);
      const rec = recorded ? createRecord(recorded, B, D) : null;
      let frame = 0;
      // α per coordinate: 0 where clamped, so one multiply moves the free coordinates only.
      const rate = clamp
        ? tf.tensor2d(
            Float32Array.from(clamp, (c) => (c ? 0 : alpha)),
            [clamp.length / D, D],
          )
        : tf.scalar(alpha);
      let xt = rowsTensor(x, D, 0, B);
      /** A recorded frame: the state and Ẽ from the stat of the forward pass taken at it. */
      const put = (state: Tensor2D, stat: Tensor1D): Float64Array => {
        const now = download(state.clone(), 'state');
        const v = stat.dataSync() as Float32Array;
        stat.dispose();
        const e = finish(v, rowShifts(spec, now, B, 'state'));
        rec!.put(frame, now, e);
        const at = recorded![frame++];
        onFrame?.(at, steps);
        return e;
      };
      try {
        let last: Float64Array | null = null;
        for (let step = 0; ; step++) {
          const record = rec !== null && recorded![frame] === step;
          if (step === steps) {
            if (record)
              last = put(
                xt,
                tf.tidy(() => parts(xt).stat),
              );
            break;
          }
          throwIfAborted(signal);
          const prev = xt;
          const [next, stat] = tf.tidy(() => {
            const r = parts(prev);
            const moved = tf.sub(prev, tf.mul(r.grad(), rate)) as Tensor2D;
            return record ? [moved, r.stat] : [moved];
          });
          xt = next;
          try {
            if (stat) put(prev, stat);
          } finally {
            prev.dispose();
          }
        }
        const states = download(xt.clone(), 'state');
        const result: TfDescendResult = { states, energies: last ?? energies(states, B) };
        return rec ? { ...result, ...rec.record } : result;
      } finally {
        xt.dispose();
        rate.dispose();
      }
    },
    dispose() {
      if (!disposed) tf.dispose(held);
      disposed = true;
    },
  };
}
