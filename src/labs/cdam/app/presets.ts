/**
 * The lab's presets: the paper's set-ups (docs/models.md §10.3) and graphs to play with. Each is
 * a whole set-up, so "load" then "play" reproduces it.
 */
import { presetGraph } from '../../../core/cdam/graph';
import { DEFAULT_CDAM, type CdamLabSetup } from './setup';

export interface CdamPreset {
  id: string;
  label: string;
  /** One line on what to look at. */
  note: string;
  setup: CdamLabSetup;
}

const base = DEFAULT_CDAM;

export const CDAM_PRESETS: readonly CdamPreset[] = [
  {
    id: 'ring',
    label: 'Ring of 30 (the paper’s range of recall)',
    note: 'a = 1, h = 0 stays on the cued memory. Drag a below zero (and h up) and recall spreads to the neighbours on the ring.',
    setup: base,
  },
  {
    id: 'sequence',
    label: 'Directed cycle of the digits 0–9',
    note: 'Anti-Hebbian a = −2 with h = 3 replays the digits in order, one a step; set a = 1, h = 0 and the state sticks on the first.',
    setup: {
      ...base,
      memories: { source: 'mnist', P: 10, N: 784, seed: 1 },
      graph: presetGraph('cycle', 10, 1),
      graphPreset: 'cycle',
      params: { a: -2, h: 3, beta: 1, eta: 0.1 },
      cue: { start: 0, noise: 0, seed: 1 },
      steps: 200,
      speed: 1,
      preset: 'sequence',
    },
  },
  {
    id: 'communities',
    label: 'Three communities',
    note: 'With a < 0 the state spreads over the cued memory’s community and stops at its edge.',
    setup: {
      ...base,
      graph: presetGraph('sbm3', 30, 1),
      graphPreset: 'sbm3',
      params: { a: -1, h: 2, beta: 1, eta: 0.1 },
      preset: 'communities',
    },
  },
  {
    id: 'karate',
    label: 'Zachary’s karate club',
    note: 'A real friendship graph of 34: lower a and watch recall spread through the cue’s faction.',
    setup: {
      ...base,
      memories: { source: 'uniform', P: 34, N: 1000, seed: 1 },
      graph: presetGraph('karate', 34, 1),
      graphPreset: 'karate',
      params: { a: -0.5, h: 1.5, beta: 1, eta: 0.1 },
      preset: 'karate',
    },
  },
  {
    id: 'letters-tree',
    label: 'Letters on a tree',
    note: 'Fifteen letters on a binary tree: cue the root and raise h to reach its children.',
    setup: {
      ...base,
      memories: { source: 'letters', P: 15, N: 256, seed: 1 },
      graph: presetGraph('tree', 15, 1),
      graphPreset: 'tree',
      params: { a: 0.5, h: 0.5, beta: 1, eta: 0.1 },
      cue: { start: 0, noise: 0.5, seed: 1 },
      preset: 'letters-tree',
    },
  },
];

export const presetById = (id: string) => CDAM_PRESETS.find((p) => p.id === id);
