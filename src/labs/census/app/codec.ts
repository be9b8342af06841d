/**
 * The census lab's part of links and the saved set-up: the census (task, network, probes), what
 * the classifiers are tested on with their options, and the phase map, so a link reproduces
 * every number the lab shows. Each part goes through the census schema (unknown keys and
 * out-of-range values are errors that name the field); older links without it get the defaults.
 */
import * as v from 'valibot';
import type { ClassifierOptions } from '../../../core/census/models/options';
import { CENSUS_PRESETS } from '../../../core/census/presets';
import type { CensusSpec, PhaseSpec } from '../../../core/census/types';
import { errorMessage } from '../../../core/util/error-message';
import { parseCensusSpec, parsePhaseSpec } from '../../../schema/census';
import { parseClassifierOptions } from '../../../schema/census-classifier';
import { defineCodec } from '../../../shell/persist/lab-codec';
import { TEST_CHOICES, type TestChoice } from './edit';
import type { CensusSetup } from './slice';

export interface WireCensus {
  spec: CensusSpec;
  test: TestChoice;
  classifier: ClassifierOptions;
  phase: PhaseSpec;
  preset?: string;
}

const PRESET_IDS = CENSUS_PRESETS.map((p) => p.id);

export const censusToWire = (c: CensusSetup): WireCensus => ({
  spec: c.spec,
  test: c.test,
  classifier: c.classifier,
  phase: c.phase,
  ...(c.preset ? { preset: c.preset } : {}),
});

export const censusSchema = () =>
  v.pipe(
    v.strictObject(
      {
        spec: v.unknown(),
        test: v.picklist(TEST_CHOICES, `must be one of ${TEST_CHOICES.join(', ')}`),
        classifier: v.unknown(),
        phase: v.unknown(),
        preset: v.optional(v.picklist(PRESET_IDS, `must be one of ${PRESET_IDS.join(', ')}`)),
      },
      'must be an object with "spec", "test", "classifier" and "phase"',
    ),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const { spec, test, classifier, phase, preset } = dataset.value;
      try {
        return {
          spec: parseCensusSpec(spec, 'spec'),
          test,
          classifier: parseClassifierOptions(classifier, 'classifier'),
          phase: parsePhaseSpec(phase, 'phase'),
          preset: preset ?? null,
        } satisfies CensusSetup;
      } catch (err) {
        addIssue({ message: errorMessage(err) });
        return NEVER;
      }
    }),
  );

export const censusCodec = defineCodec<CensusSetup, WireCensus>({
  linkKey: 'z',
  recordKey: 'census',
  schema: () => censusSchema(),
  save: (s) => censusToWire(s.census),
  load: (setup, s) => s.setCensus(setup),
  changed: (a, b) => a.census !== b.census,
});
