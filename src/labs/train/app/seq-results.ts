/**
 * What the sequential mode has computed, in the runtime's cache: per run, every epoch's test
 * accuracy on every task, the task-by-task matrix once each task ends, the latest memories, and
 * the summary when the sequence has finished (or the file it was opened from).
 */
import type { SeqRunResult } from '../../../core/sequential/types';
import { createCache, type Cache } from '../../../shell/cache';
import type { SeqLabSetup } from './seq-setup';

export interface SeqLiveRun {
  id: number;
  name: string;
  curve: { epoch: number; task: number; accuracy: number[] }[];
  /** Rows filled as tasks end (null: not yet). */
  matrix: (number[] | null)[];
  memories: Float32Array | null;
  K: number;
  result: SeqRunResult | null;
}

export interface SeqResults {
  /** The set-up the runs belong to, and where they came from. */
  setup: SeqLabSetup | null;
  source: 'live' | 'file' | null;
  epochsPerTask: number;
  tasks: number;
  runs: SeqLiveRun[];
}

export type SeqResultsCache = Cache<SeqResults>;

export const emptySeqResults = (): SeqResults => ({
  setup: null,
  source: null,
  epochsPerTask: 0,
  tasks: 0,
  runs: [],
});

export const createSeqResults = (): SeqResultsCache => createCache<SeqResults>(emptySeqResults());
