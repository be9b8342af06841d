/**
 * The CDAM lab's worker room (types only): graph-linked memories (Burns 2024; docs/models.md
 * §10). Every call carries its whole set-up, and a run's state travels with the call (the page
 * holds it), so the room is a cache of prepared memory systems that can be rebuilt at any time.
 */
import type {
  AutomatonSpec,
  AutomatonStep,
  PhaseCell,
  PhaseMapSpec,
  RangeOfRecallRow,
  RangeOfRecallSpec,
  SequenceReading,
} from '../../../core/cdam/index';
import type { CdamGraph, CdamParams, Coupling } from '../../../core/cdam/types';
import type { Progress } from '../../../worker-api/progress';

export const CDAM_ROOM = 'cdam';
export type { Progress };

/**
 * Where the memories come from (all values are intensities, the paper's continuous patterns):
 *  - 'uniform': P patterns ~ U(0, 1)^N (seeded), the range-of-recall notebook's;
 *  - 'mnist': the first P training digits of the fixed split, classes in turn 0, 1, …, 9, 0, …
 *    (core/classifier/split-index), pixels in [0, 1], N = 784;
 *  - 'letters': A, B, C, … on a side × side grid (N = side²), ink 1, paper 0;
 *  - 'bank': the first P patterns of the studio's memory bank as they are (N = the bank's size).
 */
export type CdamSource = 'uniform' | 'mnist' | 'letters' | 'bank';
export const CDAM_SOURCES: readonly CdamSource[] = ['uniform', 'mnist', 'letters', 'bank'];

export interface CdamMemoriesSpec {
  source: CdamSource;
  P: number;
  /** 'uniform': N; 'letters': side² with side = √N rounded (8 … 32); ignored otherwise. */
  N: number;
  seed: number;
}

/** Memories, graph and coupling: what the room prepares once (dynamics.ts cdamSystem). */
export interface CdamSetup {
  memories: CdamMemoriesSpec;
  graph: CdamGraph;
  coupling: Coupling;
}

/** The start: a memory plus noise·(U(0,1) − 0.5) (seeded), or a drawn / uploaded state. */
export type CdamCue =
  | { kind: 'memory'; start: number; noise: number; seed: number }
  | { kind: 'state'; x: Float64Array };

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

export interface SequenceRequest {
  setup: CdamSetup;
  /** The cycle's memories in order (the graph must be that directed cycle). */
  cycle: number[];
  pairs: Array<{ a: number; h: number }>;
  beta: number;
  eta: number;
  steps: number;
  cue: CdamCue;
}

export interface AutomatonResult {
  labels: string[];
  P: number;
  /** (steps + 1) × P correlations. */
  m: Float64Array;
  steps: AutomatonStep[];
}

export interface PhaseRequest {
  setup: CdamSetup;
  cue: CdamCue;
  spec: PhaseMapSpec;
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
