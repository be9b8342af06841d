/**
 * What the CDAM lab has computed, kept in the runtime's cache (src/shell/cache.ts): the memories
 * shown as thumbnails, the run (its state and every step's correlations, with the set-up it
 * belongs to), and each experiment's result with the request it answers.
 */
import type {
  PhaseCell,
  RangeOfRecallRow,
  RangeOfRecallSpec,
} from '../../../core/cdam/experiments';
import { createCache, type Cache } from '../../../shell/cache';
import type { AutomatonResult, CdamMemories, PhaseRequest, SequenceRun } from '../worker/api';

export interface CdamRun {
  /** JSON of the room set-up and cue the run started from. */
  key: string;
  P: number;
  x: Float64Array;
  /** Correlations with every memory after each step; rows[0] is the start. */
  rows: Float64Array[];
}

export interface CdamResults {
  memories: { key: string; value: CdamMemories } | null;
  run: CdamRun | null;
  range: { spec: RangeOfRecallSpec; rows: RangeOfRecallRow[] } | null;
  sequence: { runs: SequenceRun[]; labels: string[] } | null;
  automaton: AutomatonResult | null;
  phase: { req: PhaseRequest; rows: (PhaseCell[] | undefined)[] } | null;
}

export type CdamResultsCache = Cache<CdamResults>;

export const createCdamResults = (): CdamResultsCache =>
  createCache<CdamResults>({
    memories: null,
    run: null,
    range: null,
    sequence: null,
    automaton: null,
    phase: null,
  });
