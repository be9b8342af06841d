/** The CDAM schemas: what each parser accepts, and what it refuses with the field named. */
import { describe, expect, it } from 'vitest';
import { AUTOMATON_DEFAULT } from '../core/cdam/automaton';
import { RANGE_OF_RECALL_PAPER } from '../core/cdam/experiments';
import { cycleGraph, karateGraph, ringGraph, sbmGraph } from '../core/cdam/graph';
import {
  CDAM_LIMITS,
  CDAM_PHASE_WORK_MAX,
  CDAM_RANGE_WORK_MAX,
  parseAutomatonSpec,
  parseCdamAdvance,
  parseCdamCue,
  parseCdamGraph,
  parseCdamMemoriesSpec,
  parseCdamParams,
  parseCdamSetup,
  parsePhaseRequest,
  parseRangeOfRecallSpec,
  parseSequenceRequest,
  rangeOfRecallWork,
} from './cdam';

import { cue, memories, params, phaseSpec, refuses, sequence, setup } from './cdam-test-fixtures';

describe('cdam schemas: accepted', () => {
  it('passes the lab and CLI set-ups through as given', () => {
    expect(parseCdamMemoriesSpec(memories)).toEqual(memories);
    expect(parseCdamSetup(setup)).toEqual(setup);
    expect(parseCdamCue({ setup, cue })).toEqual({ setup, cue });
    expect(parseCdamParams(params)).toEqual(params);
    expect(parseRangeOfRecallSpec(RANGE_OF_RECALL_PAPER)).toEqual(RANGE_OF_RECALL_PAPER);
    expect(parseSequenceRequest(sequence)).toEqual(sequence);
    expect(parseAutomatonSpec(AUTOMATON_DEFAULT)).toEqual(AUTOMATON_DEFAULT);
    expect(parsePhaseRequest({ setup, cue, spec: phaseSpec })).toEqual({
      setup,
      cue,
      spec: phaseSpec,
    });
    for (const g of [karateGraph(), cycleGraph(5), sbmGraph(20, 2, 0.5, 0.1, 3)])
      expect(parseCdamGraph(g)).toEqual(g);
    const loops = {
      P: 2,
      directed: true,
      edges: [
        [0, 0],
        [1, 1],
        [0, 1],
      ],
    };
    expect(parseCdamGraph(loops, 2)).toEqual(loops);
  });

  it('states as Float64Array or a list come back as Float64Array', () => {
    const x = new Float64Array(1000).fill(0.5);
    const adv = parseCdamAdvance({ setup, x, params, steps: 10 });
    expect(adv.x).toBe(x);
    const listed = parseCdamAdvance({ setup, x: [0.5, 1, -2], params, steps: 1 });
    expect(listed.x).toBeInstanceOf(Float64Array);
    expect(Array.from(listed.x)).toEqual([0.5, 1, -2]);
    const c = parseCdamCue({ setup, cue: { kind: 'state', x: [1, 2] } });
    expect(c.cue).toEqual({ kind: 'state', x: Float64Array.from([1, 2]) });
  });

  it('expands graph presets with memories.P and memories.seed', () => {
    expect(parseCdamSetup({ ...setup, graph: { preset: 'ring' } }).graph).toEqual(ringGraph(30));
    expect(parseCdamSetup({ ...setup, graph: { preset: 'cycle', P: 30 } }).graph).toEqual(
      cycleGraph(30),
    );
    const sbm = parseCdamSetup({
      ...setup,
      memories: { ...memories, seed: 9 },
      graph: { preset: 'sbm2' },
    });
    expect(sbm.graph).toEqual(sbmGraph(30, 2, 0.5, 0.02, 9));
    const karate = { ...setup, memories: { ...memories, P: 34 }, graph: { preset: 'karate' } };
    expect(parseCdamSetup(karate).graph).toEqual(karateGraph());
    expect(parseCdamGraph({ preset: 'tree' }, 7).edges).toHaveLength(6);
  });
});

describe('cdam schemas: refused, naming the field', () => {
  it('memories, parameters and set-ups', () => {
    const bad: [() => unknown, RegExp][] = [
      [
        () => parseCdamMemoriesSpec({ ...memories, P: 61 }),
        /^P: must be a whole number from 1 to 60/,
      ],
      [
        () => parseCdamMemoriesSpec({ ...memories, N: 1 }),
        /^N: must be a whole number from 2 to 4096/,
      ],
      [
        () => parseCdamMemoriesSpec({ ...memories, source: 'cifar' }),
        /^source: must be one of uniform, mnist, letters, bank/,
      ],
      [() => parseCdamMemoriesSpec({ ...memories, extra: 1 }), /^extra: unknown key/],
      [() => parseCdamMemoriesSpec({ source: 'uniform', P: 3, N: 4 }), /^seed: is missing/],
      [() => parseCdamMemoriesSpec([1]), /must be an object/],
      [
        () => parseCdamParams({ ...params, beta: 0 }),
        /^beta: must be a number from 0\.001 to 1000/,
      ],
      [() => parseCdamParams({ ...params, eta: 0 }), /^eta: must be a number from 0\.001 to 1/],
      [() => parseCdamParams({ ...params, eta: 1.5 }), /^eta: /],
      [() => parseCdamParams({ ...params, a: 11 }), /^a: must be a number from -10 to 10/],
      [() => parseCdamParams({ ...params, h: Number.NaN }), /^h: /],
      [
        () => parseCdamSetup({ ...setup, coupling: 'sym' }),
        /^coupling: must be one of normalised, raw/,
      ],
      [
        () => parseCdamSetup({ ...setup, graph: ringGraph(20) }),
        /^graph\.P: must equal the number of memories, 30 \(got 20\)/,
      ],
      [
        () => parseCdamSetup({ ...setup, graph: { preset: 'karate' } }),
        /^graph\.preset: the karate club has 34 nodes/,
      ],
      [
        () => parseCdamSetup({ ...setup, graph: { preset: 'star' } }),
        /^graph\.preset: must be one of ring, cycle/,
      ],
      [
        () => parseCdamSetup({ ...setup, graph: { preset: 'ring', P: 12 } }),
        /^graph\.P: must equal the number of memories, 30/,
      ],
      [() => parseCdamGraph({ preset: 'ring' }), /^P: is missing/],
      [() => parseCdamSetup({ memories, graph: ringGraph(30) }), /^coupling: is missing/],
      [
        () => parseCdamSetup({ ...setup, memories: JSON.parse('{"__proto__": {"P": 3}}') }),
        /^memories\.__proto__: key "__proto__" is not allowed/,
      ],
    ];
    for (const [f, re] of bad) refuses(f, re);
  });

  it('graphs: edges out of range, malformed, twice, too many', () => {
    const g =
      (edges: unknown, directed = false) =>
      () =>
        parseCdamGraph({ P: 4, directed, edges });
    refuses(
      g([
        [0, 1],
        [1, 2],
        [2, 3],
        [3, 4],
      ]),
      /^edges\[3\]: must be an edge \[i, j\] of node numbers 0 … 3 \(got \[3,4\]\)/,
    );
    refuses(g([[0, 1.5]]), /^edges\[0\]: must be an edge/);
    refuses(g([[0, 1, 2]]), /^edges\[0\]: /);
    refuses(g(['0,1']), /^edges\[0\]: /);
    refuses(
      g([
        [0, 1],
        [2, 3],
        [1, 0],
      ]),
      /^edges\[2\]: \[1,0\] is the same edge as edges\[0\] \(the graph is undirected\)/,
    );
    refuses(
      g(
        [
          [0, 1],
          [0, 1],
        ],
        true,
      ),
      /^edges\[1\]: \[0,1\] is the same edge as edges\[0\]$/,
    );
    expect(
      parseCdamGraph(
        {
          P: 4,
          directed: true,
          edges: [
            [0, 1],
            [1, 0],
          ],
        },
        4,
      ).edges,
    ).toHaveLength(2);
    refuses(g({ 0: [0, 1] }), /^edges: must be a list of edges/);
    refuses(
      g(Array.from({ length: 17 }, () => [0, 0])),
      /^edges: at most P² = 16 edges for P = 4 \(got 17\)/,
    );
    refuses(
      () => parseCdamGraph({ P: 4, directed: 'yes', edges: [] }),
      /^directed: must be true or false/,
    );
    refuses(() => parseCdamGraph({ P: 4, edges: [] }), /^directed: is missing/);
    refuses(
      () =>
        parseCdamSetup({
          ...setup,
          graph: { ...ringGraph(30), edges: [...ringGraph(30).edges, [4, 30]] },
        }),
      /^graph\.edges\[30\]: must be an edge \[i, j\] of node numbers 0 … 29/,
    );
  });

  it('cues, states and advance requests', () => {
    refuses(
      () => parseCdamCue({ setup, cue: { ...cue, start: 30 } }),
      /^cue\.start: there are 30 memories/,
    );
    refuses(
      () => parseCdamCue({ setup, cue: { ...cue, noise: 11 } }),
      /^cue\.noise: must be a number from 0 to 10/,
    );
    refuses(
      () => parseCdamCue({ setup, cue: { kind: 'picture' } }),
      /^cue\.kind: must be a cue like/,
    );
    refuses(
      () => parseCdamCue({ setup, cue: { kind: 'state', x: [1, null, 2] } }),
      /^cue\.x\[1\]: must be a finite number \(got null\)/,
    );
    refuses(
      () => parseCdamCue({ setup, cue: { kind: 'state', x: [1], y: 1 } }),
      /^cue\.y: unknown key/,
    );
    refuses(() => parseCdamCue({ setup }), /^cue: is missing/);
    const x = new Float64Array(1000);
    x[7] = Infinity;
    refuses(
      () => parseCdamAdvance({ setup, x, params, steps: 1 }),
      /^x\[7\]: must be a finite number \(got Infinity\)/,
    );
    refuses(
      () => parseCdamAdvance({ setup, x: new Float64Array(4097), params, steps: 1 }),
      /^x: must hold 1 to 4096 numbers \(got 4097\)/,
    );
    refuses(() => parseCdamAdvance({ setup, x: 'abc', params, steps: 1 }), /^x: must be a list/);
    refuses(
      () => parseCdamAdvance({ setup, x: [1], params, steps: 1001 }),
      /^steps: must be a whole number from 1 to 1000/,
    );
    refuses(
      () => parseCdamAdvance({ setup, x: [1], params: { ...params, beta: 2000 }, steps: 1 }),
      /^params\.beta: /,
    );
    refuses(
      () =>
        parseCdamAdvance({
          setup: { ...setup, memories: { ...memories, P: 0 } },
          x: [1],
          params,
          steps: 1,
        }),
      /^setup\.memories\.P: /,
    );
  });

  it('experiments: ranges and work caps', () => {
    const R = RANGE_OF_RECALL_PAPER;
    refuses(
      () => parseRangeOfRecallSpec({ ...R, P: 2 }),
      /^P: must be a whole number from 3 to 60/,
    );
    refuses(
      () => parseRangeOfRecallSpec({ ...R, pairs: [] }),
      /^pairs: must be a list of 1 to 16 items/,
    );
    refuses(
      () => parseRangeOfRecallSpec({ ...R, pairs: [{ a: 1 }] }),
      /^pairs\[0\]\.h: is missing/,
    );
    refuses(() => parseRangeOfRecallSpec({ ...R, steps: 0 }), /^steps: /);
    const big = { ...R, P: 60, N: 4096, pairs: Array(16).fill({ a: 1, h: 0 }), steps: 1000 };
    expect(rangeOfRecallWork(big)).toBeGreaterThan(CDAM_RANGE_WORK_MAX);
    refuses(() => parseRangeOfRecallSpec(big), /^steps: .* multiply-adds .* above the cap/);
    expect(rangeOfRecallWork(R)).toBeLessThan(CDAM_RANGE_WORK_MAX / 50);

    refuses(
      () => parseSequenceRequest({ ...sequence, cycle: [0] }),
      /^cycle: must be a list of 2 to 60 items/,
    );
    refuses(
      () => parseSequenceRequest({ ...sequence, cycle: [0, 1, 0] }),
      /^cycle\[2\]: memory 0 is already at cycle\[0\]/,
    );
    refuses(
      () => parseSequenceRequest({ ...sequence, cycle: [0, 30] }),
      /^cycle\[1\]: there are 30 memories/,
    );
    refuses(
      () => parseSequenceRequest({ ...sequence, steps: 2001 }),
      /^steps: must be a whole number from 1 to 2000/,
    );
    refuses(
      () => parseSequenceRequest({ ...sequence, pairs: Array(9).fill({ a: 0, h: 1 }) }),
      /^pairs: must be a list of 1 to 8/,
    );
    const heavy = {
      ...sequence,
      setup: { ...sequence.setup, memories: { ...memories, N: 4096 } },
      pairs: Array(8).fill({ a: 0, h: 1 }),
      steps: 2000,
    };
    refuses(() => parseSequenceRequest(heavy), /^steps: pairs·steps·P·N = .* above the cap/);
    refuses(
      () => parseSequenceRequest({ ...sequence, cue: { ...cue, start: 40 } }),
      /^cue\.start: /,
    );
    refuses(
      () =>
        parseSequenceRequest({
          ...sequence,
          setup: { ...setup, graph: { preset: 'cycle' } },
          extra: 1,
        }),
      /^extra: unknown key/,
    );

    const A = AUTOMATON_DEFAULT;
    refuses(
      () => parseAutomatonSpec({ ...A, N: 39 }),
      /^N: must be a whole number from 40 to 4096/,
    );
    refuses(
      () => parseAutomatonSpec({ ...A, personShare: 0.99 }),
      /^personShare: must be a number from 0\.05 to 0\.95/,
    );
    refuses(
      () => parseAutomatonSpec({ ...A, start: 'Eve' }),
      /^start: must be one of Ann, Bob, Cal, Dee/,
    );
    refuses(
      () => parseAutomatonSpec({ ...A, inputs: ['uncle'] }),
      /^inputs\[0\]: must be one of husband/,
    );
    refuses(
      () => parseAutomatonSpec({ ...A, inputs: Array(21).fill('son') }),
      /^inputs: must be a list of 1 to 20/,
    );
    refuses(
      () => parseAutomatonSpec({ ...A, every: 1000, inputs: Array(6).fill('son') }),
      /^every: every × inputs = 6000 steps is above the cap of 5000/,
    );

    const phase = (spec: unknown) => () => parsePhaseRequest({ setup, cue, spec });
    refuses(
      phase({ ...phaseSpec, aRange: [2, -3] }),
      /^spec\.aRange: the low end must be below the high end/,
    );
    refuses(
      phase({ ...phaseSpec, hRange: [0, 11] }),
      /^spec\.hRange\[1\]: must be a number from -10 to 10/,
    );
    refuses(
      phase({ ...phaseSpec, hRange: [0] }),
      /^spec\.hRange\[1\]: must be a number from -10 to 10 \(got undefined\)/,
    );
    refuses(phase({ ...phaseSpec, R: 65 }), /^spec\.R: must be a whole number from 2 to 64/);
    const wide = { ...phaseSpec, R: 64, steps: 1000 };
    const P60 = { ...setup, memories: { ...memories, P: 60 }, graph: { preset: 'ring' } };
    expect(64 * 64 * 1000 * 3600).toBeGreaterThan(CDAM_PHASE_WORK_MAX);
    refuses(
      () => parsePhaseRequest({ setup: P60, cue, spec: wide }),
      /^spec\.R: R²·steps·P² = .* above the cap/,
    );
  });

  it('every limit the UI reads is the one enforced', () => {
    expect(CDAM_LIMITS.PMax).toBe(60);
    refuses(() => parseCdamMemoriesSpec({ ...memories, P: CDAM_LIMITS.PMax + 1 }), /^P: /);
    expect(parseCdamMemoriesSpec({ ...memories, P: CDAM_LIMITS.PMax }).P).toBe(60);
  });
});
