/**
 * What a recorded descent keeps (the lab's inpainting view): with `recordEvery = r`, the energies
 * and the states at steps 0, r, 2r, …, and the last step (always), for B states at once.
 *
 *   trace:  B×F row-major (trace[b·F + f] = Ẽ of state b at frameSteps[f]);
 *   frames: F×B×D (frame f is the B×D block of states at frameSteps[f]).
 *
 * F·B·D is capped at MAX_TRACE_ENTRIES (128 MiB of float64) before anything runs.
 */
import type { TfDescendOptions } from './features-drdam';

/** The most numbers the recorded frames may hold in all (frames × B × D), as the core's cap. */
export const MAX_TRACE_ENTRIES = 2 ** 24;

export interface DescentRecord {
  /** The steps recorded: 0, r, 2r, …, steps. */
  frameSteps: Int32Array;
  /** B×F energies, row-major. */
  trace: Float64Array;
  /** F×B×D states. */
  frames: Float64Array;
}

/** The recorded steps for `steps` steps every `recordEvery`; throws naming recordEvery. */
export function frameStepsFor(
  recordEvery: number,
  steps: number,
  B: number,
  D: number,
): Int32Array {
  if (!Number.isInteger(recordEvery) || recordEvery < 1)
    throw new Error(`recordEvery must be an integer ≥ 1, got ${recordEvery}`);
  const F = Math.floor(steps / recordEvery) + 1 + (steps % recordEvery === 0 ? 0 : 1);
  if (F * B * D > MAX_TRACE_ENTRIES)
    throw new Error(
      `recordEvery = ${recordEvery} records ${F} frames of ${B}×${D} numbers, above the cap of ` +
        `${MAX_TRACE_ENTRIES}; record less often`,
    );
  const out = new Int32Array(F);
  for (let f = 0; f < F; f++) out[f] = Math.min(f * recordEvery, steps);
  return out;
}

/** An empty record for these steps, filled frame by frame with put(). */
export function createRecord(frameSteps: Int32Array, B: number, D: number) {
  const F = frameSteps.length;
  const record: DescentRecord = {
    frameSteps,
    trace: new Float64Array(B * F),
    frames: new Float64Array(F * B * D),
  };
  return {
    record,
    /** Frame f: the B×D states and their B energies. */
    put(f: number, states: Float64Array, energies: Float64Array): void {
      record.frames.set(states, f * B * D);
      for (let b = 0; b < B; b++) record.trace[b * F + f] = energies[b];
    },
  };
}

/** The descent options' checks, shared with the host fallback; the recorded steps or null. */
export function checkDescend(D: number, B: number, opts: TfDescendOptions): Int32Array | null {
  const { alpha, steps, clamp, recordEvery } = opts;
  if (!Number.isFinite(alpha) || alpha < 0)
    throw new Error(`alpha must be finite and ≥ 0, got ${alpha}`);
  if (!Number.isInteger(steps) || steps < 0)
    throw new Error(`steps must be a whole number ≥ 0, got ${steps}`);
  if (clamp && clamp.length !== D && clamp.length !== B * D)
    throw new Error(`clamp has length ${clamp.length}, expected D = ${D} or B·D = ${B * D}`);
  return recordEvery === undefined ? null : frameStepsFor(recordEvery, steps, B, D);
}
