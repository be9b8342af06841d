/** The random-features view's part of the bodies lab's link and saved set-up (the DrDAM view fills it). */
import * as v from 'valibot';
import type { DamState } from '../../../store';

export type WireFeatures = Record<string, never>;
export type FeaturesSetupValue = Record<string, never>;

export const featuresToWire = (_s: DamState): WireFeatures => ({});

export const featuresSchema = (): v.GenericSchema<unknown, FeaturesSetupValue> =>
  v.strictObject({}, 'must be an object') as unknown as v.GenericSchema<
    unknown,
    FeaturesSetupValue
  >;

export const featuresFromWire = (_value: FeaturesSetupValue, _s: DamState): void => undefined;

/** Whether the part changed (the saved set-up is written then). */
export const featuresChanged = (_a: DamState, _b: DamState): boolean => false;
