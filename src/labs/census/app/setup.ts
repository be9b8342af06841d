/**
 * Whether the set-up can run, in the schema's words (src/schema/census.ts, the same checks as
 * `dam census` and links): null when it can, else one sentence naming the field.
 */
import { errorMessage } from '../../../core/util/error-message';
import { parseCensusSpec, parsePhaseSpec } from '../../../schema/census';
import { parseClassifierOptions } from '../../../schema/census-classifier';
import type { CensusSetup } from './slice';

/** null when `parse` accepts the value, else its message. */
function problemOf(parse: () => unknown): string | null {
  try {
    parse();
    return null;
  } catch (err) {
    return errorMessage(err);
  }
}

export const setupProblem = (setup: CensusSetup) => problemOf(() => parseCensusSpec(setup.spec));

export const classifierProblem = (setup: CensusSetup) =>
  problemOf(() => parseClassifierOptions(setup.classifier));

export const phaseProblem = (setup: CensusSetup) => problemOf(() => parsePhaseSpec(setup.phase));

/** The schema's bounds, for the set-up's number fields. */
export { CENSUS_LIMITS } from '../../../schema/census';
