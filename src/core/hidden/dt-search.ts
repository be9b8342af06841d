/**
 * Rises of the two-layer energy and the search for a step that has none (docs/models.md §5: E
 * is a Lyapunov function of the continuous dynamics, so a rise is the explicit Euler step's
 * fault). The search re-runs the same two-layer trajectory — same v0, input, h0 and total time
 * steps·dt — with dt/2, dt/4, … (at most 8 halvings) and returns the first step with no rise.
 *
 * Cost cap: a candidate stops at its first rise or overflow, and the search gives up (null)
 * before a candidate would take the work done so far past SEARCH_WORK_BUDGET synapse visits
 * (steps × K × N summed over the candidates), so a long run on a big network is never multiplied
 * by 2⁸ = 256.
 */
import { throwIfAborted, type AbortLike } from '../util/abort';
import { HiddenOverflowError } from './errors';
import { makeKernel, makeTrack, stepTwoLayer, trackEnergy } from './tracks';
import type { HiddenInput, HiddenMemories, HiddenNetSpec } from './types';

/** A rise counts when it exceeds RISE_TOLERANCE·(1 + |E|): rounding of E never reaches it. */
export const RISE_TOLERANCE = 1e-9;
export const MAX_HALVINGS = 8;
/** Steps × K × N the search may spend over all its candidates. */
export const SEARCH_WORK_BUDGET = 1e9;

/** The rise from `prev` to `next` when it counts, else 0. */
export function energyRise(prev: number, next: number): number {
  const rise = next - prev;
  return rise > RISE_TOLERANCE * (1 + Math.abs(prev)) ? rise : 0;
}

/** The starting hidden state: zeros, or a copy of the fixed point c = Ξ g(v0). */
export function startHidden(h0: 'zero' | 'fixed', c: Float64Array): Float64Array {
  return h0 === 'fixed' ? Float64Array.from(c) : new Float64Array(c.length);
}

/** Whether the two-layer run of `steps` steps of spec.dt from v0 keeps E from rising. */
function runsWithoutRise(
  spec: HiddenNetSpec,
  mem: HiddenMemories,
  v0: Float64Array,
  input: HiddenInput,
  h0: 'zero' | 'fixed',
  steps: number,
  signal: AbortLike | undefined,
): boolean {
  const k = makeKernel(spec, mem);
  const probe = makeTrack(k, Float64Array.from(v0));
  const t = makeTrack(k, probe.v, startHidden(h0, probe.c));
  try {
    let E = trackEnergy(k, t, input);
    for (let s = 1; s <= steps; s++) {
      if ((s & 63) === 0) throwIfAborted(signal);
      stepTwoLayer(k, t, input);
      const next = trackEnergy(k, t, input);
      if (energyRise(E, next) > 0) return false;
      E = next;
    }
    return true;
  } catch (err) {
    if (err instanceof HiddenOverflowError) return false;
    throw err;
  }
}

/**
 * The largest dt/2^j (j = 1 … 8) whose run over the same total time has no rise of E, or null
 * when none does or the work budget runs out first.
 */
export function suggestDt(
  spec: HiddenNetSpec,
  mem: HiddenMemories,
  v0: Float64Array,
  input: HiddenInput,
  h0: 'zero' | 'fixed',
  steps: number,
  signal?: AbortLike,
): number | null {
  let work = 0;
  for (let j = 1; j <= MAX_HALVINGS; j++) {
    const factor = 2 ** j;
    work += steps * factor * mem.K * mem.N;
    if (work > SEARCH_WORK_BUDGET) return null;
    throwIfAborted(signal);
    const dt = spec.dt / factor;
    if (runsWithoutRise({ ...spec, dt }, mem, v0, input, h0, steps * factor, signal)) return dt;
  }
  return null;
}
