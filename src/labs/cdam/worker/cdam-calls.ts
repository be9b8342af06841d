/**
 * What the CDAM room computes, shared with `dam cdam` (same code path): prepared systems cached by
 * set-up, cue states, stepping with live parameters, and the experiments with a pause between
 * units of work (so a cancel is heard) and progress.
 */
import {
  cdamStep,
  cdamSystem,
  correlations,
  runCdam,
  type CdamSystem,
} from '../../../core/cdam/dynamics';
import {
  phaseRow,
  rangeOfRecallRow,
  rangeOfRecallSetup,
  readSequence,
  type PhaseCell,
  type RangeOfRecallRow,
  type RangeOfRecallSpec,
} from '../../../core/cdam/experiments';
import { runAutomaton, type AutomatonSpec } from '../../../core/cdam/automaton';
import { couplingMatrix, graphDistances } from '../../../core/cdam/graph';
import { noisyStart } from '../../../core/cdam/memories';
import { spanStart } from '../../../core/cdam/span';
import type { CdamParams } from '../../../core/cdam/types';
import type { MnistSet } from '../../../core/data/mnist-format';
import type { Patterns } from '../../../core/dynamics/types';
import { throwIfAborted } from '../../../core/util/abort';
import type {
  AutomatonResult,
  CdamCue,
  CdamFrames,
  CdamMemories,
  CdamSetup,
  PhaseRequest,
  SequenceRequest,
  SequenceRun,
} from './api';
import { cdamMemories } from './cdam-memories';

export interface Prepared {
  memories: CdamMemories;
  H: Float64Array;
  D: Int32Array;
  sys: CdamSystem;
}

export interface CallEnv {
  signal?: AbortSignal;
  /** Awaited between units of work (rows, runs). */
  pause?: () => Promise<void>;
  data: () => { mnist?: MnistSet; bank?: Patterns };
}

/** Systems kept by set-up. */
const KEEP = 6;

export function createCdamCalls(env: Pick<CallEnv, 'data'>) {
  const kept = new Map<string, Prepared>();

  function prepare(setup: CdamSetup): Prepared {
    const key = JSON.stringify(setup);
    const have = kept.get(key);
    if (have) {
      kept.delete(key);
      kept.set(key, have);
      return have;
    }
    const memories = cdamMemories(setup.memories, env.data());
    if (setup.graph.P !== memories.P)
      throw new Error(`graph: it has ${setup.graph.P} nodes for ${memories.P} memories.`);
    const H = couplingMatrix(setup.graph, setup.coupling);
    const sys = cdamSystem(memories.data, memories.P, memories.N, H);
    const p: Prepared = { memories, H, D: graphDistances(setup.graph), sys };
    kept.set(key, p);
    while (kept.size > KEEP) kept.delete(kept.keys().next().value as string);
    return p;
  }

  function startState(p: Prepared, cue: CdamCue): Float64Array {
    const { N } = p.memories;
    if (cue.kind === 'state') {
      if (cue.x.length !== N)
        throw new Error(`cue: the state has ${cue.x.length} values for N = ${N}.`);
      return Float64Array.from(cue.x);
    }
    if (cue.start >= p.memories.P)
      throw new Error(`cue.start: there are ${p.memories.P} memories.`);
    return noisyStart(p.memories.data, N, cue.start, cue.noise, cue.seed);
  }

  return {
    prepare,
    /** Drops the systems built on MNIST or the bank when the page sends other data. */
    forget(what: 'mnist' | 'bank') {
      for (const [key, p] of kept)
        if (p && JSON.parse(key).memories.source === what) kept.delete(key);
    },
    memories: (setup: CdamSetup['memories']) => cdamMemories(setup, env.data()),
    cue(setup: CdamSetup, cue: CdamCue) {
      const p = prepare(setup);
      const x = startState(p, cue);
      return { x, m: correlations(p.sys, x) };
    },
    advance(setup: CdamSetup, x0: Float64Array, params: CdamParams, steps: number): CdamFrames {
      const p = prepare(setup);
      if (x0.length !== p.memories.N)
        throw new Error(`x: the state has ${x0.length} values for N = ${p.memories.N}.`);
      const { P } = p.memories;
      const x = Float64Array.from(x0);
      const m = new Float64Array(steps * P);
      const w = new Float64Array(P);
      for (let t = 0; t < steps; t++) {
        cdamStep(p.sys, params, x, w);
        correlations(p.sys, x, m.subarray(t * P, (t + 1) * P));
      }
      return { x, m, steps };
    },
    async rangeOfRecall(
      spec: RangeOfRecallSpec,
      run: Omit<CallEnv, 'data'> & { onRow?: (k: number) => void },
    ) {
      const setup = rangeOfRecallSetup(spec);
      const rows: RangeOfRecallRow[] = [];
      for (const pair of spec.pairs) {
        throwIfAborted(run.signal);
        await run.pause?.();
        rows.push(rangeOfRecallRow(setup, spec, pair));
        run.onRow?.(rows.length);
      }
      return rows;
    },
    async sequence(req: SequenceRequest, run: Omit<CallEnv, 'data'>): Promise<SequenceRun[]> {
      const p = prepare(req.setup);
      const x0 = startState(p, req.cue);
      const out: SequenceRun[] = [];
      for (const { a, h } of req.pairs) {
        throwIfAborted(run.signal);
        await run.pause?.();
        const { trace } = runCdam(p.sys, { a, h, beta: req.beta, eta: req.eta }, x0, req.steps);
        out.push({ a, h, m: trace.m, reading: readSequence(trace, req.cycle) });
      }
      return out;
    },
    automaton(spec: AutomatonSpec): AutomatonResult {
      const r = runAutomaton(spec);
      return { labels: r.machine.labels, P: r.machine.P, m: r.trace.m, steps: r.steps };
    },
    async phaseMap(
      req: PhaseRequest,
      run: Omit<CallEnv, 'data'> & { onRow?: (row: number, cells: PhaseCell[]) => void },
    ): Promise<PhaseCell[][]> {
      const p = prepare(req.setup);
      const x0 = startState(p, req.cue);
      const start = spanStart(p.sys, p.H, x0);
      const rows: PhaseCell[][] = [];
      for (let r = 0; r < req.spec.R; r++) {
        throwIfAborted(run.signal);
        await run.pause?.();
        const cells = phaseRow(p.sys, p.H, p.D, x0, req.spec, r, start);
        rows.push(cells);
        run.onRow?.(r, cells);
      }
      return rows;
    },
  };
}
export type CdamCalls = ReturnType<typeof createCdamCalls>;
