/**
 * The CDAM lab's set-up: its ranges (the UI's sliders; the room's schema holds the caps it
 * enforces), the defaults, what the room is asked, and a sentence for a set-up it cannot run.
 */
import { presetGraph, type GraphPreset } from '../../../core/cdam/graph';
import type { CdamGraph, CdamParams, Coupling } from '../../../core/cdam/types';
import type { CdamCue, CdamMemoriesSpec, CdamSetup, CdamSource } from '../worker/api';

export const CDAM_RANGES = {
  P: [2, 60],
  N: [16, 4096],
  a: [-3, 2],
  h: [0, 4],
  beta: [0.001, 1000],
  eta: [0.01, 1],
  noise: [0, 4],
  steps: [10, 1000],
  phaseR: [8, 64],
  phaseSteps: [10, 400],
} as const;

export const SOURCE_NAMES: Record<CdamSource, string> = {
  uniform: 'random U(0, 1) patterns',
  mnist: 'MNIST digits',
  letters: 'letters',
  bank: 'the studio’s bank',
};

export const GRAPH_NAMES: Record<GraphPreset, string> = {
  ring: 'ring',
  cycle: 'directed cycle',
  sbm2: 'two communities',
  sbm3: 'three communities',
  karate: 'karate club (34)',
  tree: 'binary tree',
  empty: 'no edges',
};

export interface CdamPhaseSetup {
  aRange: [number, number];
  hRange: [number, number];
  R: number;
  steps: number;
}

export interface CdamLabSetup {
  memories: CdamMemoriesSpec;
  graph: CdamGraph;
  /** The preset the graph was drawn from, or null once edited by hand or imported. */
  graphPreset: GraphPreset | null;
  coupling: Coupling;
  params: CdamParams;
  cue: { start: number; noise: number; seed: number };
  /** Steps a run plays to. */
  steps: number;
  /** Steps per frame while playing. */
  speed: number;
  phase: CdamPhaseSetup;
  /** The preset the set-up came from (null: edited or from a link). */
  preset: string | null;
}

export const SPEEDS = [1, 2, 5, 10] as const;

export const DEFAULT_CDAM: CdamLabSetup = {
  memories: { source: 'uniform', P: 30, N: 1000, seed: 1 },
  graph: presetGraph('ring', 30, 1),
  graphPreset: 'ring',
  coupling: 'normalised',
  params: { a: 1, h: 0, beta: 1, eta: 0.1 },
  cue: { start: 0, noise: 1, seed: 1 },
  steps: 100,
  speed: 2,
  phase: { aRange: [-3, 2], hRange: [0, 4], R: 32, steps: 100 },
  preset: 'ring',
};

export const roomSetup = (s: CdamLabSetup): CdamSetup => ({
  memories: s.memories,
  graph: s.graph,
  coupling: s.coupling,
});

/** Which set-up and cue a run belongs to (a drawn cue counts as one, whatever was drawn). */
export const runKey = (s: CdamLabSetup, cue: CdamCue['kind']) =>
  JSON.stringify({ setup: roomSetup(s), cue: cue === 'memory' ? s.cue : 'state' });

export const memoryCue = (s: CdamLabSetup): CdamCue => ({ kind: 'memory', ...s.cue });

/** Why the room cannot run this set-up, or null. */
export function setupProblem(s: CdamLabSetup, bankCount: number): string | null {
  const { P } = s.memories;
  if (s.graph.P !== P) return `the graph has ${s.graph.P} nodes for ${P} memories.`;
  if (s.memories.source === 'bank' && bankCount < P)
    return `the studio’s bank holds ${bankCount} patterns; choose P ≤ ${bankCount} or another source.`;
  if (s.cue.start >= P) return `the start memory must be one of the ${P} memories.`;
  return null;
}

/** The graph for a new P: the preset redrawn, or the edited graph with the nodes ≥ P dropped. */
export function graphForP(s: CdamLabSetup, P: number): CdamGraph {
  if (s.graphPreset)
    return presetGraph(s.graphPreset, s.graphPreset === 'karate' ? 34 : P, s.memories.seed);
  return { ...s.graph, P, edges: s.graph.edges.filter(([i, j]) => i < P && j < P) };
}
