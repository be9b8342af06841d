/**
 * The random-features view's part of the bodies lab's link (key 'h') and saved set-up: the map,
 * Y, β, seed and descent, the toy's memories and cue, the curve's spec and the MNIST scene. Every
 * field through valibot (errors name it); the curve's spec through the core's own validation.
 */
import * as v from 'valibot';
import type { FeaturesExperimentSpec } from '../../../core/features/experiment-types';
import { validateFeaturesSpec } from '../../../core/features/experiment-validate';
import { errorMessage } from '../../../core/util/error-message';
import { int, num, oneOf, seed } from '../../../schema/fields';
import type { DamState } from '../../../store';
import { MAX_TOY_MEMORIES } from './rf-requests';
import { FEATURES_PRESETS } from './rf-presets';
import { MAP_KINDS, MIN_LOG_Y, PROJECTIONS, type FeaturesSetup } from './rf-setup';

export type WireFeatures = Omit<FeaturesSetup, 'preset'> & { preset?: string };
export type FeaturesSetupValue = FeaturesSetup;

export const featuresToWire = (s: DamState): WireFeatures => {
  const { preset, ...rest } = s.features;
  return preset ? { ...rest, preset } : rest;
};

const PRESET_IDS = FEATURES_PRESETS.map((p) => p.id);

const toySchema = v.strictObject(
  {
    memories: v.pipe(
      v.array(num(-10, 10), 'must be a list of numbers'),
      v.check(
        (m) => m.length >= 2 && m.length % 2 === 0 && m.length <= 2 * MAX_TOY_MEMORIES,
        `must hold 1 to ${MAX_TOY_MEMORIES} x, y pairs`,
      ),
    ),
    cue: v.tuple([num(-10, 10), num(-10, 10)], 'must be [x, y]'),
    extent: num(0.1, 10),
    R: int(8, 96),
  },
  'must be an object with "memories", "cue", "extent" and "R"',
);

const mnistSchema = v.strictObject(
  {
    K: int(2, 50),
    cue: int(0, 49),
    visible: num(0.1, 0.9),
    logY: int(MIN_LOG_Y, 16),
    beta: num(0.01, 200),
    alpha: num(0.0001, 1),
    steps: int(0, 2000),
  },
  'must be an object with "K", "cue", "visible", "logY", "beta", "alpha" and "steps"',
);

export const featuresSchema = (): v.GenericSchema<unknown, FeaturesSetupValue> =>
  v.pipe(
    v.strictObject(
      {
        map: oneOf(MAP_KINDS),
        projection: oneOf(PROJECTIONS),
        logY: int(MIN_LOG_Y, 22),
        beta: num(0.01, 200),
        seed: seed(),
        alpha: num(0.0001, 1),
        steps: int(0, 5000),
        toy: toySchema,
        curveKind: oneOf(['toy', 'quant1b'] as const),
        curve: v.unknown(),
        toyCurve: v.strictObject({
          betas: v.pipe(
            v.array(num(0.01, 200)),
            v.minLength(1, 'must hold a β'),
            v.maxLength(6, 'must hold at most 6'),
          ),
          top: int(9, 18),
          queryCount: int(1, 1000),
        }),
        mnist: mnistSchema,
        preset: v.optional(oneOf(PRESET_IDS)),
      },
      'must be an object with the random-features set-up',
    ),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const { curve, preset, ...rest } = dataset.value;
      try {
        validateFeaturesSpec(curve as FeaturesExperimentSpec);
      } catch (err) {
        addIssue({ message: `curve: ${errorMessage(err)}` });
        return NEVER;
      }
      return {
        ...rest,
        curve: curve as FeaturesExperimentSpec,
        preset: preset ?? null,
      } satisfies FeaturesSetup;
    }),
  ) as unknown as v.GenericSchema<unknown, FeaturesSetupValue>;

export const featuresFromWire = (value: FeaturesSetupValue, s: DamState): void =>
  s.setFeatures(value);

/** Whether the part changed (the saved set-up is written then). */
export const featuresChanged = (a: DamState, b: DamState): boolean => a.features !== b.features;
