/** The CDAM adjacency CSV (import / export round trip, broken files) and the `dam cdam` configs. */
import { describe, expect, it } from 'vitest';
import { AUTOMATON_DEFAULT } from '../core/cdam/automaton';
import { RANGE_OF_RECALL_PAPER } from '../core/cdam/experiments';
import { cycleGraph, karateGraph, ringGraph, sbmGraph } from '../core/cdam/graph';
import type { CdamGraph } from '../core/cdam/types';
import { adjacencyCsv, parseAdjacencyCsv, parseCdamConfigText } from './cdam';

import { cue, params, phaseSpec, refuses, sequence, setup } from './cdam-test-fixtures';

const sortedEdges = (g: CdamGraph) =>
  g.edges
    .map(([i, j]) => (g.directed || i <= j ? `${i},${j}` : `${j},${i}`))
    .sort()
    .join(' ');

describe('adjacency import / export', () => {
  it('round-trips the presets', () => {
    for (const g of [ringGraph(30), cycleGraph(12), karateGraph(), sbmGraph(40, 3, 0.5, 0.05, 2)]) {
      const back = parseAdjacencyCsv(adjacencyCsv(g));
      expect(back.P).toBe(g.P);
      expect(back.directed).toBe(g.directed);
      expect(sortedEdges(back)).toBe(sortedEdges(g));
      expect(adjacencyCsv(back)).toBe(adjacencyCsv(g));
    }
    // A directed graph that is symmetric keeps its direction when asked.
    const both: CdamGraph = {
      P: 3,
      directed: true,
      edges: [
        [0, 1],
        [1, 0],
        [2, 2],
      ],
    };
    expect(parseAdjacencyCsv(adjacencyCsv(both), true)).toEqual(both);
    expect(parseAdjacencyCsv(adjacencyCsv(both)).directed).toBe(false);
    expect(adjacencyCsv(ringGraph(3))).toBe('0,1,1\n1,0,1\n1,1,0\n');
  });

  it('reads other separators, weights and trailing blank lines', () => {
    const g = parseAdjacencyCsv('0;2.5;0\r\n0\t0\t1\n1 0 0\n\n  \n');
    expect(g).toEqual({
      P: 3,
      directed: true,
      edges: [
        [0, 1],
        [1, 2],
        [2, 0],
      ],
    });
    expect(parseAdjacencyCsv('1, 0\n0, 1\n')).toEqual({
      P: 2,
      directed: false,
      edges: [
        [0, 0],
        [1, 1],
      ],
    });
  });

  it('refuses bad text with the line and column', () => {
    const bad: [string, RegExp][] = [
      ['', /is empty/],
      ['\n \n', /is empty/],
      ['0,1\n1,x\n', /^line 2, column 2: "x" is not a number/],
      ['0,1\n1,-1\n', /^line 2, column 2: -1 is negative/],
      ['0,1,0,1,1\n0,1,0,1\n', /^line 2 has 4 values, line 1 has 5/],
      ['0,1\n\n1,0\n', /^line 2: is empty/],
      ['0,1,1\n1,0,1\n', /2 lines of 3 values; it must be square/],
      [Array(61).fill(Array(61).fill('0').join(',')).join('\n'), /^line 1: 61 values; at most 60/],
      ['0,Infinity\n1,0', /^line 1, column 2: "Infinity" is not a number/],
      ['0'.repeat(70_000), /larger than 65536 bytes/],
    ];
    for (const [text, re] of bad) refuses(() => parseAdjacencyCsv(text), re);
    refuses(
      () => parseAdjacencyCsv('0,1\n0,0\n', false),
      /^line 1, column 2: the matrix is not symmetric/,
    );
  });
});

describe('dam cdam configs', () => {
  it('parses each experiment, with presets', () => {
    const run = {
      experiment: 'run',
      setup: { ...setup, graph: { preset: 'ring' } },
      cue,
      params,
      steps: 50,
    };
    expect(parseCdamConfigText(JSON.stringify(run))).toEqual({ ...run, setup });
    const range = { experiment: 'range', spec: RANGE_OF_RECALL_PAPER };
    expect(parseCdamConfigText(JSON.stringify(range))).toEqual(range);
    const auto = { experiment: 'automaton', spec: AUTOMATON_DEFAULT };
    expect(parseCdamConfigText(JSON.stringify(auto))).toEqual(auto);
    const seq = { experiment: 'sequence', request: sequence };
    expect(parseCdamConfigText(JSON.stringify(seq))).toEqual(seq);
    const phase = { experiment: 'phase', request: { setup, cue, spec: phaseSpec } };
    expect(parseCdamConfigText(JSON.stringify(phase))).toEqual(phase);
    const state = { ...run, cue: { kind: 'state', x: [0.1, 0.2] } };
    const c = parseCdamConfigText(JSON.stringify(state));
    expect(c.experiment === 'run' && c.cue.kind === 'state' && c.cue.x).toBeInstanceOf(
      Float64Array,
    );
  });

  it('refuses bad configs with the field, broken JSON and large text', () => {
    const bad: [string, RegExp][] = [
      ['{"experiment": ', /^c\.json: not valid JSON/],
      ['[1]', /^c\.json: the config: must be an object/],
      [
        '{"experiment": "video"}',
        /^c\.json: experiment: must be one of range, run, sequence, automaton, phase/,
      ],
      ['{"spec": {}}', /^c\.json: experiment: /],
      [
        JSON.stringify({ experiment: 'range', spec: RANGE_OF_RECALL_PAPER, request: {} }),
        /^c\.json: request: unknown key/,
      ],
      [
        JSON.stringify({ experiment: 'automaton', spec: { ...AUTOMATON_DEFAULT, every: 0 } }),
        /^c\.json: spec\.every: /,
      ],
      [JSON.stringify({ experiment: 'run', setup, cue, params, steps: 0 }), /^c\.json: steps: /],
      [
        JSON.stringify({
          experiment: 'phase',
          request: { setup, cue, spec: { ...phaseSpec, R: 1 } },
        }),
        /^c\.json: request\.spec\.R: /,
      ],
      [
        JSON.stringify({
          experiment: 'sequence',
          request: {
            ...sequence,
            setup: { ...setup, graph: { P: 30, directed: true, edges: [[0, 99]] } },
          },
        }),
        /^c\.json: request\.setup\.graph\.edges\[0\]: /,
      ],
      [' '.repeat(70_000), /^c\.json: larger than 65536 bytes/],
    ];
    for (const [text, re] of bad) refuses(() => parseCdamConfigText(text, 'c.json'), re);
  });
});
