/**
 * The studio's part of links and the saved set-up: whether it compares models, and what a model
 * change does to a run (older links and records lack it: they continue, as they did).
 */
import * as v from 'valibot';
import { bool, oneOf } from '../../../schema/fields';
import { defineCodec } from '../../../shell/persist/lab-codec';
import { ON_MODEL_CHANGE, type OnModelChange } from './slice';

export interface WireStudio {
  compare: boolean;
  onModelChange: OnModelChange;
}

export const studioCodec = defineCodec<WireStudio, WireStudio>({
  linkKey: 'm',
  recordKey: 'studio',
  schema: () =>
    v.strictObject({
      compare: bool(),
      onModelChange: v.optional(oneOf(ON_MODEL_CHANGE), 'continue'),
    }),
  save: (s) => ({ compare: s.studio.compare, onModelChange: s.studio.onModelChange }),
  load: (w, s) => s.setStudio({ compare: w.compare, onModelChange: w.onModelChange }),
  changed: (a, b) => a.studio !== b.studio,
});
