/**
 * Whether the set-up can run, in the schema's words (src/schema/census.ts, the same checks as
 * `dam census` and links): null when it can, else one sentence naming the field.
 */
import { errorMessage } from '../../../core/util/error-message';
import { parseCensusSpec, parsePhaseSpec } from '../../../schema/census';
import { parseClassifierOptions } from '../../../schema/census-classifier';
import type { CensusSetup } from './slice';

export function setupProblem(setup: CensusSetup): string | null {
  try {
    parseCensusSpec(setup.spec);
    return null;
  } catch (err) {
    return errorMessage(err);
  }
}

export function classifierProblem(setup: CensusSetup): string | null {
  try {
    parseClassifierOptions(setup.classifier);
    return null;
  } catch (err) {
    return errorMessage(err);
  }
}

export function phaseProblem(setup: CensusSetup): string | null {
  try {
    parsePhaseSpec(setup.phase);
    return null;
  } catch (err) {
    return errorMessage(err);
  }
}

/** The schema's bounds, for the set-up's number fields. */
export { CENSUS_LIMITS } from '../../../schema/census';
