/**
 * runHidden: the two-layer trajectory and its effective (τ_h → 0) twin side by side from the
 * same v0 (docs/models.md §5), recording per step the two-layer energy E, the effective energy
 * of the twin and the distance ‖g − g_eff‖, with frames every `frameEvery` steps and at the last.
 * When E rose (dt-search.ts says what counts), suggestedDt is searched by halving dt.
 *
 * A state that overflows after E rose is refused with a HiddenOverflowError (field 'dt') that
 * carries the suggested dt in its message; an overflow with no rise before it (power F with
 * |ξ·v| > 1 grows without bound even in continuous time) is refused as it came (field n or beta).
 */
import { throwIfAborted } from '../util/abort';
import { energyRise, startHidden, suggestDt } from './dt-search';
import { HiddenOverflowError, fieldError } from './errors';
import { createHiddenNet } from './network';
import {
  makeKernel,
  makeTrack,
  stepEffective,
  stepTwoLayer,
  trackEnergy,
  type Track,
} from './tracks';
import type {
  EnergyRise,
  HiddenFrame,
  HiddenInput,
  HiddenMemories,
  HiddenNetSpec,
  HiddenRun,
  HiddenRunOptions,
} from './types';
import { checkInput, checkLength, finiteEntries } from './validate';

export const MAX_STEPS = 20000;

function validateOptions(opts: HiddenRunOptions): void {
  const { steps, frameEvery, h0 } = opts;
  if (!Number.isInteger(steps) || steps < 0 || steps > MAX_STEPS) {
    throw fieldError('steps', `must be an integer in 0…${MAX_STEPS}`, steps);
  }
  if (!Number.isInteger(frameEvery) || frameEvery < 1) {
    throw fieldError('frameEvery', 'must be an integer ≥ 1', frameEvery);
  }
  if (h0 !== 'zero' && h0 !== 'fixed') throw fieldError('h0', "must be 'zero' or 'fixed'", h0);
}

function distance(a: Float64Array, b: Float64Array): number {
  let sq = 0;
  for (let i = 0; i < a.length; i++) sq += (a[i] - b[i]) ** 2;
  return Math.sqrt(sq);
}

function frame(step: number, dt: number, two: Track, eff: Track): HiddenFrame {
  return {
    step,
    t: step * dt,
    g: Float64Array.from(two.g),
    f: Float64Array.from(two.f),
    gEff: Float64Array.from(eff.g),
  };
}

export function runHidden(
  spec: HiddenNetSpec,
  mem: HiddenMemories,
  v0: Float64Array,
  input: HiddenInput,
  opts: HiddenRunOptions,
): HiddenRun {
  const net = createHiddenNet(spec, mem);
  checkLength('v0', v0, net.N);
  finiteEntries('v0', v0);
  checkInput(input, net.N);
  finiteEntries('input.I', input.I);
  validateOptions(opts);
  const { steps, frameEvery, h0, signal } = opts;
  throwIfAborted(signal);

  const k = makeKernel(spec, mem);
  const eff = makeTrack(k, Float64Array.from(v0));
  const two = makeTrack(k, Float64Array.from(v0), startHidden(h0, eff.c));
  const energy = new Float64Array(steps + 1);
  const effective = new Float64Array(steps + 1);
  const dist = new Float64Array(steps + 1);
  const frames: HiddenFrame[] = [];
  const rises: EnergyRise[] = [];

  energy[0] = trackEnergy(k, two, input);
  effective[0] = trackEnergy(k, eff, input);
  frames.push(frame(0, spec.dt, two, eff));
  for (let s = 1; s <= steps; s++) {
    throwIfAborted(signal);
    try {
      stepTwoLayer(k, two, input);
      energy[s] = trackEnergy(k, two, input);
    } catch (err) {
      if (!(err instanceof HiddenOverflowError) || rises.length === 0) throw err;
      const dt = suggestDt(spec, mem, v0, input, h0, steps, signal);
      throw new HiddenOverflowError(
        'dt',
        `dt = ${spec.dt}: E rose from step ${rises[0].step} and the state overflowed at step ${s} (${err.message}); ` +
          (dt === null ? 'no dt down to dt/256 ran without a rise' : `try dt = ${dt}`),
      );
    }
    stepEffective(k, eff, input);
    effective[s] = trackEnergy(k, eff, input);
    dist[s] = distance(two.g, eff.g);
    const rise = energyRise(energy[s - 1], energy[s]);
    if (rise > 0) rises.push({ step: s, rise });
    if (s % frameEvery === 0 || s === steps) frames.push(frame(s, spec.dt, two, eff));
  }

  const run: HiddenRun = {
    spec,
    energy,
    effective,
    distance: dist,
    frames,
    rises,
    final: { v: two.v, h: two.h },
  };
  if (rises.length > 0) run.suggestedDt = suggestDt(spec, mem, v0, input, h0, steps, signal);
  return run;
}
