/** CDAM schemas (cdam.ts is the index): the range of recall, replay, automaton and phase-map requests. */
import * as v from 'valibot';
import { PEOPLE, RELATIONS, type AutomatonSpec } from '../core/cdam/automaton';
import type { PhaseMapSpec, RangeOfRecallSpec } from '../core/cdam/experiments';
import {} from '../core/cdam/graph';
import { int, list, num, oneOf, seed } from './fields';
import { quote } from './parse';
import {
  CDAM_RANGE_WORK_MAX,
  CDAM_SEQUENCE_WORK_MAX,
  CDAM_PHASE_WORK_MAX,
  L,
  fail,
  join,
  check,
  keysOf,
  top,
  beta,
  eta,
  pairSchema,
  type SequenceRequest,
  type PhaseRequest,
} from './cdam-base';
import { effectiveN, setupAt, cueAt } from './cdam-setup';

const rangeSchema = () =>
  v.strictObject(
    {
      P: int(L.rangePMin, L.PMax),
      N: int(L.NMin, L.NMax),
      pairs: list(pairSchema(), 1, L.rangePairsMax),
      beta: beta(),
      eta: eta(),
      steps: int(1, L.stepsMax),
      noise: num(0, L.noiseMax),
      seed: seed(),
    },
    'must be a sweep like {"P": 30, "N": 1000, "pairs": [{"a": 1, "h": 0}], "beta": 1, "eta": 0.1, "steps": 100, "noise": 1, "seed": 1}',
  );

/** Multiply-adds of a range-of-recall sweep (the header's formula). */
export function rangeOfRecallWork(s: RangeOfRecallSpec): number {
  const { P, N } = s;
  return P * P * P * N + s.pairs.length * (s.steps * P * P * P + 2 * P * P * N);
}

export function rangeAt(value: unknown, at: string): RangeOfRecallSpec {
  const s = check(rangeSchema(), value, at);
  const work = rangeOfRecallWork(s);
  if (work > CDAM_RANGE_WORK_MAX) {
    const setupOnly = s.P ** 3 * s.N > CDAM_RANGE_WORK_MAX / 2;
    fail(
      join(at, setupOnly ? 'N' : 'steps'),
      `${work.toPrecision(3)} multiply-adds (P³·N + pairs·(steps·P³ + 2·P²·N)) is above the cap of ` +
        `${CDAM_RANGE_WORK_MAX.toPrecision(2)}; fewer steps, pairs, memories or neurons`,
    );
  }
  return s;
}

export function parseRangeOfRecallSpec(value: unknown): RangeOfRecallSpec {
  top(value, 'range-of-recall sweep');
  return rangeAt(value, '');
}

function distinctNodes(list: number[], P: number, at: string): void {
  const first = new Map<number, number>();
  list.forEach((mu, k) => {
    if (mu >= P) fail(join(at, `[${k}]`), `there are ${P} memories, numbered from 0 (got ${mu})`);
    const seen = first.get(mu);
    if (seen !== undefined) fail(join(at, `[${k}]`), `memory ${mu} is already at ${at}[${seen}]`);
    first.set(mu, k);
  });
}

export function sequenceAt(value: unknown, at: string): SequenceRequest {
  const keys = ['setup', 'cycle', 'pairs', 'beta', 'eta', 'steps', 'cue'] as const;
  const r = keysOf(value, keys, at, '{"setup", "cycle", "pairs", "beta", "eta", "steps", "cue"}');
  const setup = setupAt(r.setup, join(at, 'setup'));
  const { P } = setup.memories;
  const cycle = check(list(int(0, L.PMax - 1), 2, L.PMax), r.cycle, join(at, 'cycle'));
  distinctNodes(cycle, P, join(at, 'cycle'));
  const pairs = check(list(pairSchema(), 1, L.sequencePairsMax), r.pairs, join(at, 'pairs'));
  const b = check(beta(), r.beta, join(at, 'beta'));
  const e = check(eta(), r.eta, join(at, 'eta'));
  const steps = check(int(1, L.sequenceStepsMax), r.steps, join(at, 'steps'));
  const cue = cueAt(r.cue, join(at, 'cue'), P);
  const work = pairs.length * steps * P * effectiveN(setup.memories);
  if (work > CDAM_SEQUENCE_WORK_MAX)
    fail(
      join(at, 'steps'),
      `pairs·steps·P·N = ${work.toPrecision(3)} is above the cap of ${CDAM_SEQUENCE_WORK_MAX.toPrecision(2)}; ` +
        'fewer steps, pairs, memories or neurons',
    );
  return { setup, cycle, pairs, beta: b, eta: e, steps, cue };
}

export function parseSequenceRequest(value: unknown): SequenceRequest {
  top(value, 'sequence request');
  return sequenceAt(value, '');
}

const automatonSchema = () =>
  v.strictObject(
    {
      N: int(L.automatonNMin, L.NMax),
      personShare: num(L.personShareMin, L.personShareMax),
      beta: beta(),
      eta: eta(),
      every: int(1, L.everyMax),
      start: oneOf(PEOPLE),
      inputs: list(oneOf(RELATIONS), 1, L.inputsMax),
      seed: seed(),
    },
    'must be an automaton like {"N": 1000, "personShare": 0.25, "beta": 1, "eta": 0.1, "every": 100, "start": "Ann", "inputs": ["daughter"], "seed": 1}',
  );

export function automatonAt(value: unknown, at: string): AutomatonSpec {
  const s = check(automatonSchema(), value, at);
  const steps = s.every * s.inputs.length;
  if (steps > L.automatonStepsMax)
    fail(
      join(at, 'every'),
      `every × inputs = ${steps} steps is above the cap of ${L.automatonStepsMax}; fewer steps between inputs or fewer inputs`,
    );
  return s;
}

export function parseAutomatonSpec(value: unknown): AutomatonSpec {
  top(value, 'automaton');
  return automatonAt(value, '');
}

const rangeTuple = (lo: number, hi: number) =>
  v.strictTuple([num(lo, hi), num(lo, hi)], `must be a range [low, high] within [${lo}, ${hi}]`);

const phaseSpecSchema = () =>
  v.strictObject(
    {
      aRange: rangeTuple(L.aMin, L.aMax),
      hRange: rangeTuple(L.hMin, L.hMax),
      R: int(L.RMin, L.RMax),
      beta: beta(),
      eta: eta(),
      steps: int(1, L.stepsMax),
    },
    'must be a phase map like {"aRange": [-3, 2], "hRange": [0, 4], "R": 32, "beta": 1, "eta": 0.1, "steps": 100}',
  );

export function phaseAt(value: unknown, at: string): PhaseRequest {
  const r = keysOf(value, ['setup', 'cue', 'spec'], at, '{"setup": {…}, "cue": {…}, "spec": {…}}');
  const setup = setupAt(r.setup, join(at, 'setup'));
  const { P } = setup.memories;
  const cue = cueAt(r.cue, join(at, 'cue'), P);
  const spec = check(phaseSpecSchema(), r.spec, join(at, 'spec')) as PhaseMapSpec;
  for (const k of ['aRange', 'hRange'] as const)
    if (!(spec[k][0] < spec[k][1]))
      fail(join(at, `spec.${k}`), `the low end must be below the high end (got ${quote(spec[k])})`);
  const work = spec.R * spec.R * spec.steps * P * P;
  if (work > CDAM_PHASE_WORK_MAX)
    fail(
      join(at, 'spec.R'),
      `R²·steps·P² = ${work.toPrecision(3)} is above the cap of ${CDAM_PHASE_WORK_MAX.toPrecision(2)}; ` +
        'fewer cells, steps or memories',
    );
  return { setup, cue, spec };
}

export function parsePhaseRequest(value: unknown): PhaseRequest {
  top(value, 'phase request');
  return phaseAt(value, '');
}

// ---- adjacency import / export -----------------------------------------------------------------
