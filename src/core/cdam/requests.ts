/**
 * The CDAM requests' shapes shared by the lab's room (labs/cdam/worker/api.ts), the schema that
 * checks them (src/schema/cdam*.ts) and `dam cdam`: where the memories come from, the set-up the
 * room prepares, the cue, and the replay and phase-map requests.
 */
import type { PhaseMapSpec } from './experiments';
import type { CdamGraph, Coupling } from './types';

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

export interface PhaseRequest {
  setup: CdamSetup;
  cue: CdamCue;
  spec: PhaseMapSpec;
}
