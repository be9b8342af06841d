/**
 * The CDAM lab's worker room (types only): graph-linked memories (Burns 2024; docs/models.md
 * §10). Every call carries its whole set-up, and a run's state travels with the call (the page
 * holds it), so the room is a cache of prepared memory systems that can be rebuilt at any time.
 */
import type {
  AutomatonSpec,
  AutomatonStep,
  PhaseCell,
  RangeOfRecallRow,
  RangeOfRecallSpec,
  SequenceReading,
} from '../../../core/cdam/index';
import type { CdamParams } from '../../../core/cdam/types';
import type { Progress } from '../../../worker-api/progress';
import type {
  CdamCue,
  CdamMemoriesSpec,
  CdamSetup,
  PhaseRequest,
  SequenceRequest,
} from '../../../core/cdam/requests';

export { CDAM_SOURCES } from '../../../core/cdam/requests';
export type {
  CdamCue,
  CdamMemoriesSpec,
  CdamSetup,
  CdamSource,
  PhaseRequest,
  SequenceRequest,
} from '../../../core/cdam/requests';

export const CDAM_ROOM = 'cdam';
export type { Progress };

export interface CdamMemories {
  P: number;
  N: number;
  /** P × N row-major. */
  data: Float64Array;
  /** Per memory: "digit 3", "A", "pattern 7", … */
  labels: string[];
  /** Image side when the memories are square images, else null (shown as a strip). */
  side: number | null;
}

/** A run's frame block: the state after the last step and the correlations after each step. */
export interface CdamFrames {
  /** N: the state after the last step. */
  x: Float64Array;
  /** steps × P: m_μ after each step, row by row. */
  m: Float64Array;
  steps: number;
}

export interface SequenceRun {
  a: number;
  h: number;
  /** (steps + 1) × P correlations. */
  m: Float64Array;
  reading: SequenceReading;
}

export interface AutomatonResult {
  labels: string[];
  P: number;
  /** (steps + 1) × P correlations. */
  m: Float64Array;
  steps: AutomatonStep[];
}

export interface CdamRoomApi {
  /** The memories of a set-up (for thumbnails and the state image). */
  memories(spec: CdamMemoriesSpec): Promise<CdamMemories>;
  /** The start state of a cue and its correlations (length P). */
  cue(setup: CdamSetup, cue: CdamCue): Promise<{ x: Float64Array; m: Float64Array }>;
  /** `steps` steps from x with live parameters. */
  advance(
    setup: CdamSetup,
    x: Float64Array,
    params: CdamParams,
    steps: number,
  ): Promise<CdamFrames>;
  /** The range-of-recall sweep on a ring (§10.3), one row per (a, h); progress per row. */
  rangeOfRecall(spec: RangeOfRecallSpec, onProgress?: Progress): Promise<RangeOfRecallRow[]>;
  /** Replay along a directed cycle for each (a, h). */
  sequence(req: SequenceRequest): Promise<SequenceRun[]>;
  /** The family automaton (automaton.ts). */
  automaton(spec: AutomatonSpec): Promise<AutomatonResult>;
  /** The (a, h) phase map of the final mode, row by row: onRow(row, cells) as each is done. */
  phaseMap(
    req: PhaseRequest,
    onRow?: (row: number, cells: PhaseCell[]) => void,
  ): Promise<PhaseCell[][]>;
}
