/**
 * The census lab's results, too big for the store: the census shown (with the set-up it was
 * run for), the energy profile of the picked state, the classifiers and the phase map. One
 * cache per lab runtime; the charts subscribe to it.
 */
import type { CensusSpec, PhaseResult } from '../../../core/census/types';
import { createCache, type Cache } from '../../../shell/cache';
import type { ClassifyResult, ShownCensus } from '../worker/api';
import type { ClassifierOptions } from '../../../core/census/models/options';

export interface CensusResults {
  census: ShownCensus | null;
  /** The sorted-or-not profile of one state of `census`: e_i per unit. */
  profile: { state: number; e: Float64Array } | null;
  classify: {
    result: ClassifyResult;
    train: CensusSpec;
    test: CensusSpec | null;
    opts: ClassifierOptions;
  } | null;
  phase: PhaseResult | null;
}

export type ResultsCache = Cache<CensusResults>;

export const EMPTY_RESULTS: CensusResults = {
  census: null,
  profile: null,
  classify: null,
  phase: null,
};

export const createResults = (): ResultsCache => createCache<CensusResults>(EMPTY_RESULTS);
