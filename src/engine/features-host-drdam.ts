/**
 * The TfDrDam interface on the host, for the Hadamard projection (no dense S to hand to tfjs):
 * energies and gradients from the core's createDrDam(map, { T, count }) one state at a time,
 * descent from the core's descend per state. Float64 throughout, so it equals the core exactly.
 * createTfDrDam returns it for `projection: 'hadamard'`; callers never need to branch.
 */
import { descend as coreDescend } from '../core/features/descend';
import { createDrDam } from '../core/features/drdam';
import { createFeatureMap, type FeatureMapSpec } from '../core/features/feature-maps';
import type { TfDescendResult, TfDrDam } from './features-drdam';
import { checkWeights, rowShifts } from './features-projection';
import { checkDescend, createRecord } from './features-trace';

export function createHostDrDam(spec: FeatureMapSpec, T: Float64Array): TfDrDam {
  const map = createFeatureMap(spec);
  checkWeights(spec, T);
  // count only guards against an empty memory in the core; T is the caller's.
  const dam = createDrDam(map, { T, count: 1 });
  const { D } = spec;
  let disposed = false;
  const alive = (x: Float64Array, B: number): void => {
    if (disposed) throw new Error('the DrDAM was disposed');
    rowShifts(spec, x, B, 'x');
  };
  const row = (x: Float64Array, r: number) => x.subarray(r * D, (r + 1) * D);
  const energies = (x: Float64Array, B: number): Float64Array => {
    alive(x, B);
    return Float64Array.from({ length: B }, (_, r) => dam.energy(row(x, r)));
  };

  return {
    spec: Object.freeze({ ...spec }),
    energies,
    energyAndGradient(x, B) {
      alive(x, B);
      const out = { energies: new Float64Array(B), gradients: new Float64Array(B * D) };
      for (let r = 0; r < B; r++) {
        const { energy, grad } = dam.energyAndGradient(row(x, r));
        out.energies[r] = energy;
        out.gradients.set(grad, r * D);
      }
      return out;
    },
    descend(x, B, opts) {
      alive(x, B);
      const recorded = checkDescend(D, B, opts);
      const out = recorded ? createRecord(recorded, B, D).record : null;
      const { alpha, steps, clamp, recordEvery, signal } = opts;
      // The core refuses α = 0 (no move): then every step is the start.
      const moving = alpha > 0 ? steps : 0;
      const states = Float64Array.from(x);
      for (let r = 0; r < B; r++) {
        const c = clamp && clamp.length !== D ? clamp.subarray(r * D, (r + 1) * D) : clamp;
        const res = coreDescend((v) => dam.energyAndGradient(v), row(x, r), {
          alpha: alpha > 0 ? alpha : 1,
          steps: moving,
          ...(c ? { clamp: c } : {}),
          ...(recordEvery === undefined ? {} : { recordEvery }),
          signal,
        });
        states.set(res.final, r * D);
        if (!out) continue;
        const F = out.frameSteps.length;
        for (let f = 0; f < F; f++) {
          out.trace[r * F + f] = res.energy[Math.min(out.frameSteps[f], moving)];
          out.frames.set(res.frames[Math.min(f, res.frames.length - 1)].x, (f * B + r) * D);
        }
      }
      // Rows descend one after another: a frame is complete for all B states only at the end.
      out?.frameSteps.forEach((at) => opts.onFrame?.(at, steps));
      const result: TfDescendResult = { states, energies: energies(states, B) };
      return out ? { ...result, ...out } : result;
    },
    dispose() {
      disposed = true;
    },
  };
}
