/**
 * Runs B states to convergence at once on the tfjs backend.
 *   binary energies: synchronous exact-rule steps (binary-batch.ts) until a step flips nothing;
 *   softmax (Ramsauer et al. 2020, models.md §4): X ← softmax(βXΞᵀ)Ξ, which never raises
 *   E(x) = −lse(β, Ξx) + ½‖x‖² + β⁻¹ log K + ½ M², until the core's one softmax test
 *   (core/dynamics/softmax-iteration.ts softmaxSettled) holds for the row: its step moved it by
 *   ‖x' − x‖₂ ≤ tol·max(1, max|ξ|), tol = SOFTMAX_TOL_F32 (3e-5; float32 cannot reach 1e-9).
 * A state that has converged is frozen (later steps leave it untouched), so every row's result is
 * the one it would have alone. Memories and states stay on the backend between steps; only the
 * per-row change (B numbers) is downloaded each step.
 */
import { isBinaryEnergy } from '../core/dynamics/model-spec';
import {
  SOFTMAX_TOL_F32,
  softmaxSettled,
  softmaxTolerance,
} from '../core/dynamics/softmax-iteration';
import type { ModelSpec, Patterns } from '../core/dynamics/types';
import { binarySyncStepT } from './binary-batch';
import { energiesFromOverlaps, overlapsAndNorms } from './energy-batch';
import { softmaxStepT } from './softmax-batch';
import { tf, type Tensor2D } from './tf';
import { assertBinaryMemories, assertSameDim, toTensor } from './tensors';

export interface BatchRetrieval {
  finals: Patterns;
  /** Steps taken by each state, including the last step that changed nothing (≤ maxSteps). */
  steps: Int32Array;
  /** 1 where the state stopped changing within maxSteps. */
  converged: Uint8Array;
  /** Energy of each final state (float64, core conventions). */
  energies: Float64Array;
}

export interface BatchOptions {
  /** Softmax tolerance on ‖Δx‖₂, relative to max(1, max|ξ|). Default SOFTMAX_TOL_F32. */
  tol?: number;
  /** Checked between steps; returning true stops the loop early (states keep their progress). */
  shouldStop?: () => boolean;
}

export async function retrieveBatch(
  spec: ModelSpec,
  memories: Patterns,
  states: Patterns,
  maxSteps: number,
  opts: BatchOptions = {},
): Promise<BatchRetrieval> {
  assertSameDim(memories, states);
  const binary = isBinaryEnergy(spec.energy);
  if (binary) assertBinaryMemories(memories);
  const tolAbs = softmaxTolerance(memories, opts.tol ?? SOFTMAX_TOL_F32);
  const b = states.count;
  const steps = new Int32Array(b);
  const converged = new Uint8Array(b);
  const xi = toTensor(memories);
  let x = toTensor(states);
  if (binary) {
    // Same reading of a state as the core: positive → +1, anything else → −1.
    const raw = x;
    x = tf.tidy(() => tf.sub(tf.mul(tf.cast(tf.greater(raw, 0), 'float32'), 2), 1) as Tensor2D);
    raw.dispose();
  }
  try {
    for (let step = 1; step <= maxSteps; step++) {
      if (converged.every((c) => c === 1) || opts.shouldStop?.()) break;
      const active = Uint8Array.from(converged, (c) => 1 - c);
      const [next, change] = tf.tidy(() => {
        const stepped = binary ? binarySyncStepT(spec, xi, x) : softmaxStepT(xi, x, spec.beta);
        const mask = tf.tensor2d(active, [b, 1], 'bool');
        const kept = tf.where(tf.broadcastTo(mask, x.shape), stepped, x) as Tensor2D;
        const diff = binary
          ? tf.sum(tf.cast(tf.notEqual(kept, x), 'float32'), 1)
          : tf.sum(tf.square(tf.sub(kept, x)), 1);
        return [kept, diff];
      });
      x.dispose();
      x = next;
      const delta = (await change.data()) as Float32Array;
      change.dispose();
      for (let i = 0; i < b; i++) {
        if (!active[i]) continue;
        steps[i] = step;
        if (binary ? delta[i] === 0 : softmaxSettled(delta[i], tolAbs)) converged[i] = 1;
      }
    }
    const { overlaps, sqNorms } = await overlapsAndNorms(spec, xi, x);
    const energies = energiesFromOverlaps(spec, memories, overlaps, sqNorms, b);
    const data = ((await x.data()) as Float32Array).slice();
    return { finals: { count: b, dim: states.dim, data }, steps, converged, energies };
  } finally {
    xi.dispose();
    x.dispose();
  }
}
