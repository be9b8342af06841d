/**
 * Plain gradient descent on an energy (DrDAM, models.md §6.3): x ← x − α ∇E(x) for a fixed number
 * of steps, with "clamped" coordinates (clamp[i] = 1) kept at their start by zeroing their
 * gradient (inpainting). binarize and hamming read off the fixed point for {0,1}/√D patterns.
 */
import { throwIfAborted, type AbortLike } from '../util/abort';
import type { EnergyAndGradient } from './mrdam';

/** The most steps one descent may take. */
export const MAX_DESCENT_STEPS = 100_000;
/** The most numbers the recorded frames may hold in all (frames × D). */
export const MAX_FRAME_ENTRIES = 2 ** 24;

export interface DescendOptions {
  alpha: number;
  steps: number;
  /** 1 = keep this coordinate fixed; length D. */
  clamp?: Uint8Array;
  /** Record x every this many steps (step 0 and the last step always); no frames when absent. */
  recordEvery?: number;
  /**
   * Stop early once the largest move of an unclamped coordinate, α·max|∂E/∂x_i|, is below tol
   * (converged); all `steps` when absent.
   */
  tol?: number;
  signal?: AbortLike;
}

export interface DescendResult {
  final: Float64Array;
  /** E at step 0 … steps taken (stepsTaken + 1 numbers). */
  energy: Float64Array;
  /** Steps taken: `steps`, or fewer when tol stopped the descent. */
  stepsTaken: number;
  frames: { step: number; x: Float64Array }[];
}

function check(x0: Float64Array, opts: DescendOptions): void {
  const { alpha, steps, clamp, recordEvery, tol } = opts;
  if (tol !== undefined && !(Number.isFinite(tol) && tol > 0))
    throw new Error(`tol must be finite and > 0, got ${tol}`);
  if (!Number.isFinite(alpha) || alpha <= 0)
    throw new Error(`alpha must be finite and > 0, got ${alpha}`);
  if (!Number.isInteger(steps) || steps < 0 || steps > MAX_DESCENT_STEPS)
    throw new Error(`steps must be an integer in [0, ${MAX_DESCENT_STEPS}], got ${steps}`);
  if (clamp && clamp.length !== x0.length)
    throw new Error(`clamp has length ${clamp.length}, x0 has ${x0.length}`);
  for (let i = 0; i < x0.length; i++)
    if (!Number.isFinite(x0[i])) throw new Error(`x0[${i}] = ${x0[i]} is not finite`);
  if (recordEvery !== undefined) {
    if (!Number.isInteger(recordEvery) || recordEvery < 1)
      throw new Error(`recordEvery must be an integer ≥ 1, got ${recordEvery}`);
    const frames = Math.floor(steps / recordEvery) + 2;
    if (frames * x0.length > MAX_FRAME_ENTRIES)
      throw new Error(
        `recordEvery = ${recordEvery} records ${frames} frames of ${x0.length} numbers, above ` +
          `the cap of ${MAX_FRAME_ENTRIES}; record less often`,
      );
  }
}

export function descend(
  fn: (x: Float64Array) => EnergyAndGradient,
  x0: Float64Array,
  opts: DescendOptions,
): DescendResult {
  check(x0, opts);
  const { alpha, steps, clamp, recordEvery, tol, signal } = opts;
  const D = x0.length;
  const x = Float64Array.from(x0);
  const energy = new Float64Array(steps + 1);
  const frames: { step: number; x: Float64Array }[] = [];
  const record = (t: number) => frames.push({ step: t, x: Float64Array.from(x) });
  for (let t = 0; ; t++) {
    throwIfAborted(signal);
    if (recordEvery !== undefined && (t % recordEvery === 0 || t === steps)) record(t);
    const { energy: e, grad } = fn(x);
    if (!Number.isFinite(e)) throw new Error(`descend: the energy at step ${t} is ${e}`);
    energy[t] = e;
    if (t === steps) break;
    if (grad.length !== D) throw new Error(`descend: gradient has length ${grad.length}, D = ${D}`);
    let move = 0;
    for (let i = 0; i < D; i++) {
      if (clamp && clamp[i]) continue;
      const next = x[i] - alpha * grad[i];
      if (!Number.isFinite(next))
        throw new Error(`descend: x[${i}] became ${next} at step ${t + 1} (∇E = ${grad[i]})`);
      x[i] = next;
      move = Math.max(move, Math.abs(alpha * grad[i]));
    }
    if (tol !== undefined && move < tol) {
      // Converged: x is now step t + 1; its energy closes the record.
      const last = fn(x).energy;
      if (!Number.isFinite(last))
        throw new Error(`descend: the energy at step ${t + 1} is ${last}`);
      energy[t + 1] = last;
      if (recordEvery !== undefined && frames[frames.length - 1]?.step !== t + 1) record(t + 1);
      return { final: x, energy: energy.slice(0, t + 2), frames, stepsTaken: t + 1 };
    }
  }
  return { final: x, energy, frames, stepsTaken: steps };
}

/** 1 where x_i > threshold, else 0 (QUANT1b: threshold 0.5/√D). */
export function binarize(x: Float64Array, threshold: number): Uint8Array {
  if (!Number.isFinite(threshold)) throw new Error(`threshold must be finite, got ${threshold}`);
  return Uint8Array.from(x, (v) => (v > threshold ? 1 : 0));
}

/** Number of positions where a and b differ. */
export function hamming(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) throw new Error(`hamming: lengths ${a.length} and ${b.length} differ`);
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}
