/**
 * The bodies lab's part of links and the saved set-up: the view shown and each view's set-up.
 * Each view's part goes through its own schema (hidden-codec.ts, features-codec.ts); a link
 * without a part keeps that part's current set-up.
 */
import * as v from 'valibot';
import { oneOf } from '../../../schema/fields';
import { defineCodec } from '../../../shell/persist/lab-codec';
import type { HiddenSetup } from '../worker/api';
import {
  featuresChanged,
  featuresFromWire,
  featuresSchema,
  featuresToWire,
  type FeaturesSetupValue,
  type WireFeatures,
} from './features-codec';
import {
  hiddenChanged,
  hiddenFromWire,
  hiddenSchema,
  hiddenToWire,
  type WireHidden,
} from './hidden-codec';
import { BODIES_VIEWS, type BodiesView } from './slice';

export interface WireBodies {
  view: BodiesView;
  hidden: WireHidden;
  features: WireFeatures;
}

export interface BodiesValue {
  view: BodiesView;
  hidden?: HiddenSetup;
  features?: FeaturesSetupValue;
}

export const bodiesSchema = () =>
  v.strictObject(
    {
      view: oneOf(BODIES_VIEWS),
      hidden: v.optional(hiddenSchema()),
      features: v.optional(featuresSchema()),
    },
    'must be an object with "view", "hidden" and "features"',
  );

export const bodiesCodec = defineCodec<BodiesValue, WireBodies>({
  linkKey: 'h',
  recordKey: 'bodies',
  schema: () => bodiesSchema(),
  save: (s) => ({ view: s.bodiesView, hidden: hiddenToWire(s), features: featuresToWire(s) }),
  load: (value, s) => {
    s.setBodiesView(value.view);
    if (value.hidden) hiddenFromWire(value.hidden, s);
    if (value.features) featuresFromWire(value.features, s);
  },
  changed: (a, b) => a.bodiesView !== b.bodiesView || hiddenChanged(a, b) || featuresChanged(a, b),
});
