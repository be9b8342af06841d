/**
 * The hidden-neuron view's part of the bodies lab's link and saved set-up: the whole set-up (the
 * memories, the cue, the network, the run), seeded, so a link reproduces the run. Each field goes
 * through the schema: unknown keys and out-of-range values are errors that name the field.
 */
import * as v from 'valibot';
import { int, num, oneOf, seed } from '../../../schema/fields';
import type { DamState } from '../../../store';
import type { HiddenSetup } from '../worker/api';
import { HIDDEN_LIMITS as L } from './hidden-limits';

export type WireHidden = HiddenSetup;

export const hiddenToWire = (s: DamState): WireHidden => s.bodiesHidden;

export const hiddenSchema = () =>
  v.strictObject(
    {
      model: oneOf(['A', 'B', 'C'] as const),
      F: oneOf(['power', 'rectified', 'exp'] as const),
      n: int(L.n.min, L.n.max),
      beta: num(L.beta.min, L.beta.max),
      tauF: num(L.tauF.min, L.tauF.max),
      tauH: num(L.tauH.min, L.tauH.max),
      dt: num(L.dt.min, L.dt.max),
      steps: int(L.steps.min, L.steps.max),
      K: int(L.K.min, L.K.max),
      cue: oneOf(['memory', 'test'] as const),
      memory: int(0, L.K.max - 1),
      digit: int(0, 9),
      sample: int(0, L.sample.max),
      noise: num(0, 1),
      mask: oneOf(['none', 'top', 'bottom', 'left', 'right'] as const),
      inpaint: oneOf(['clamp', 'input', 'free'] as const),
      gain: num(L.gain.min, L.gain.max),
      h0: oneOf(['zero', 'fixed'] as const),
      seed: seed(),
    },
    'must be an object with the hidden-neuron set-up',
  );

export const hiddenFromWire = (value: HiddenSetup, s: DamState): void => s.setBodiesHidden(value);

export const hiddenChanged = (a: DamState, b: DamState): boolean =>
  a.bodiesHidden !== b.bodiesHidden;
