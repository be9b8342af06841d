/**
 * The requests behind the lab's one-click experiments (docs/models.md §10.3): the paper's range
 * of recall (with the current a, h added when it is not one of the paper's four), replay along a
 * directed cycle of the digits 0–9 with and without anti-Hebbian auto-association, and the
 * family automaton.
 */
import { AUTOMATON_DEFAULT, type AutomatonSpec } from '../../../core/cdam/automaton';
import { RANGE_OF_RECALL_PAPER, type RangeOfRecallSpec } from '../../../core/cdam/experiments';
import { cycleGraph } from '../../../core/cdam/graph';
import type { CdamParams } from '../../../core/cdam/types';
import type { SequenceRequest } from '../worker/api';

export function rangeSpec(params: CdamParams): RangeOfRecallSpec {
  const spec = RANGE_OF_RECALL_PAPER;
  const known = spec.pairs.some((p) => p.a === params.a && p.h === params.h);
  return known ? spec : { ...spec, pairs: [...spec.pairs, { a: params.a, h: params.h }] };
}

/**
 * The replay pairs: auto-association only, auto with some hetero, hetero only, and the paper's
 * strongest anti-Hebbian setting of its video replay, a = −2, h = 3.
 */
export const SEQUENCE_PAIRS = [
  { a: 1, h: 0 },
  { a: 0.5, h: 1 },
  { a: 0, h: 1 },
  { a: -2, h: 3 },
];

export const SEQUENCE_REQUEST: SequenceRequest = {
  setup: {
    memories: { source: 'mnist', P: 10, N: 784, seed: 1 },
    graph: cycleGraph(10),
    coupling: 'normalised',
  },
  cycle: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  pairs: SEQUENCE_PAIRS,
  beta: 1,
  eta: 0.1,
  steps: 200,
  cue: { kind: 'memory', start: 0, noise: 0, seed: 1 },
};

export const AUTOMATON_REQUEST: AutomatonSpec = AUTOMATON_DEFAULT;
