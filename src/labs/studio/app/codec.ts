/** The studio's part of links and the saved set-up: whether it compares models. */
import * as v from 'valibot';
import { bool } from '../../../schema/fields';
import { defineCodec } from '../../../shell/persist/lab-codec';

export interface WireStudio {
  compare: boolean;
}

export const studioCodec = defineCodec<WireStudio, WireStudio>({
  linkKey: 'm',
  recordKey: 'studio',
  schema: () => v.strictObject({ compare: bool() }),
  save: (s) => ({ compare: s.studio.compare }),
  load: (w, s) => s.setStudio({ compare: w.compare }),
  changed: (a, b) => a.studio !== b.studio,
});
