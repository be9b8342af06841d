/**
 * The capacity lab's part of links and the saved set-up: the whole grid (base point and series,
 * so a link reproduces the measurement), with the view shown and the preset it came from beside
 * the grid's own keys (one level, so the grid's nesting fits the link's depth limit). The grid
 * goes through the one capacity schema (src/schema/capacity.ts): unknown keys and out-of-range
 * values are errors that name the field. Older links without the part open with the defaults.
 */
import * as v from 'valibot';
import { CAPACITY_PRESETS } from '../../../core/capacity/presets';
import type { GridSpec } from '../../../core/capacity/types';
import { errorMessage } from '../../../core/util/error-message';
import { parseGrid } from '../../../schema/capacity';
import { defineCodec } from '../../../shell/persist/lab-codec';
import { CAPACITY_VIEWS, type CapacitySetup, type CapacityView } from './slice';

export type WireCapacity = GridSpec & { view: CapacityView; preset?: string };

const PRESET_IDS = CAPACITY_PRESETS.map((p) => p.id);

export const capacityToWire = (c: CapacitySetup): WireCapacity => ({
  ...c.grid,
  view: c.view,
  ...(c.preset ? { preset: c.preset } : {}),
});

export const capacitySchema = () =>
  v.pipe(
    v.looseObject(
      {
        view: v.picklist(CAPACITY_VIEWS, `must be one of ${CAPACITY_VIEWS.join(', ')}`),
        preset: v.optional(v.picklist(PRESET_IDS, `must be one of ${PRESET_IDS.join(', ')}`)),
      },
      'must be an object with the grid and "view"',
    ),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const { view, preset, ...grid } = dataset.value;
      try {
        return { grid: parseGrid(grid), view, preset: preset ?? null } satisfies CapacitySetup;
      } catch (err) {
        addIssue({ message: errorMessage(err) });
        return NEVER;
      }
    }),
  );

export const capacityCodec = defineCodec<CapacitySetup, WireCapacity>({
  linkKey: 'q',
  recordKey: 'capacity',
  schema: () => capacitySchema(),
  save: (s) => capacityToWire(s.capacity),
  load: (setup, s) => s.setCapacity(setup),
  changed: (a, b) => a.capacity !== b.capacity,
});
