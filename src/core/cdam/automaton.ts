/**
 * A finite automaton run by CDAM (docs/models.md §10.3, the structure of the paper's family-tree
 * notebook, with a family of our own): the first quarter of the neurons code a person, the rest a
 * relation. Memories are each person with a resting relation code, and each defined
 * (person, relation) pair; a pair's memory drives the memory of the person it names, and each
 * person's memory drives itself. With a = 0, h = 1 and raw couplings, the state is the current
 * person; overwriting the relation part with an input symbol every k steps moves it along the
 * automaton, and the transition is read from the correlations.
 */
import { subSeed } from '../util/sub-seed';
import { createRng } from '../util/random';
import { cdamSystem, correlations, runCdam } from './dynamics';
import { couplingMatrix } from './graph';
import type { CdamGraph, CdamParams, CdamTrace } from './types';

export const PEOPLE = ['Ann', 'Bob', 'Cal', 'Dee'] as const;
/**
 * Ann and Bob are married; Cal is their son, Dee their daughter. Husband and wife are two
 * relations, not one 'spouse': with one, Bob·spouse → Ann and Ann·spouse → Bob would make a
 * two-cycle that the state keeps running round.
 */
export const RELATIONS = [
  'husband',
  'wife',
  'son',
  'daughter',
  'brother',
  'sister',
  'mother',
  'father',
] as const;
export type Person = (typeof PEOPLE)[number];
export type Relation = (typeof RELATIONS)[number];

/** The family's transitions: who `relation` of `person` is. */
export const FAMILY: ReadonlyArray<[Person, Relation, Person]> = [
  ['Ann', 'husband', 'Bob'],
  ['Bob', 'wife', 'Ann'],
  ['Ann', 'son', 'Cal'],
  ['Ann', 'daughter', 'Dee'],
  ['Bob', 'son', 'Cal'],
  ['Bob', 'daughter', 'Dee'],
  ['Cal', 'sister', 'Dee'],
  ['Dee', 'brother', 'Cal'],
  ['Cal', 'mother', 'Ann'],
  ['Cal', 'father', 'Bob'],
  ['Dee', 'mother', 'Ann'],
  ['Dee', 'father', 'Bob'],
];

export interface AutomatonSpec {
  N: number;
  /** Share of the neurons that code the person (the rest code the relation). */
  personShare: number;
  beta: number;
  eta: number;
  /** Steps between input symbols. */
  every: number;
  start: Person;
  inputs: Relation[];
  seed: number;
}

export const AUTOMATON_DEFAULT: AutomatonSpec = {
  N: 1000,
  personShare: 0.25,
  beta: 1,
  eta: 0.1,
  every: 100,
  start: 'Ann',
  inputs: ['daughter', 'brother', 'father', 'wife', 'son', 'mother', 'husband'],
  seed: 1,
};

export interface AutomatonMachine {
  P: number;
  N: number;
  /** Memory labels: the person, or "person·relation". */
  labels: string[];
  xi: Float64Array;
  graph: CdamGraph;
  /** Neurons [0, split) code the person. */
  split: number;
  relationCode: Record<Relation, Float64Array>;
}

export function automatonMachine(
  spec: Pick<AutomatonSpec, 'N' | 'personShare' | 'seed'>,
): AutomatonMachine {
  const { N } = spec;
  const split = Math.round(N * spec.personShare);
  const rng = createRng(subSeed(spec.seed, 7));
  const code = (n: number) => Float64Array.from({ length: n }, () => rng.next());
  const person = Object.fromEntries(PEOPLE.map((p) => [p, code(split)])) as Record<
    Person,
    Float64Array
  >;
  const rest = code(N - split);
  const relationCode = Object.fromEntries(RELATIONS.map((r) => [r, code(N - split)])) as Record<
    Relation,
    Float64Array
  >;
  const labels: string[] = [...PEOPLE, ...FAMILY.map(([p, r]) => `${p}·${r}`)];
  const P = labels.length;
  const xi = new Float64Array(P * N);
  PEOPLE.forEach((p, k) => {
    xi.set(person[p], k * N);
    xi.set(rest, k * N + split);
  });
  FAMILY.forEach(([p, r], k) => {
    xi.set(person[p], (PEOPLE.length + k) * N);
    xi.set(relationCode[r], (PEOPLE.length + k) * N + split);
  });
  const edges: Array<[number, number]> = PEOPLE.map((_, k) => [k, k]);
  FAMILY.forEach(([, , to], k) => edges.push([PEOPLE.length + k, PEOPLE.indexOf(to)]));
  return { P, N, labels, xi, graph: { P, directed: true, edges }, split, relationCode };
}

export interface AutomatonStep {
  input: Relation;
  from: Person;
  /** Who the family says, or null where the relation is not defined for `from`. */
  expected: Person | null;
  /** The person memory most correlated with the state at the end of the window. */
  read: Person;
  /** That correlation. */
  corr: number;
}

export interface AutomatonRun {
  machine: AutomatonMachine;
  trace: CdamTrace;
  steps: AutomatonStep[];
}

/** The person that the most correlated person memory names, with its correlation. */
function readPerson(m: Float64Array): { who: Person; corr: number } {
  let best = 0;
  for (let k = 1; k < PEOPLE.length; k++) if (m[k] > m[best]) best = k;
  return { who: PEOPLE[best], corr: m[best] };
}

export function runAutomaton(
  spec: AutomatonSpec,
  params: Pick<CdamParams, 'a' | 'h'> = { a: 0, h: 1 },
): AutomatonRun {
  const machine = automatonMachine(spec);
  const { P, N, xi, split } = machine;
  const H = couplingMatrix(machine.graph, 'raw');
  const sys = cdamSystem(xi, P, N, H);
  const x0 = xi.slice(PEOPLE.indexOf(spec.start) * N, (PEOPLE.indexOf(spec.start) + 1) * N);
  const write = (x: Float64Array, k: number) => x.set(machine.relationCode[spec.inputs[k]], split);
  write(x0, 0);
  const steps: AutomatonStep[] = [];
  let from: Person = spec.start;
  const m = new Float64Array(P);
  const run = runCdam(
    sys,
    { ...params, beta: spec.beta, eta: spec.eta },
    x0,
    spec.every * spec.inputs.length,
    (t, x) => {
      if (t % spec.every !== 0) return;
      const k = t / spec.every - 1;
      const { who, corr } = readPerson(correlations(sys, x, m));
      const input = spec.inputs[k];
      const rule = FAMILY.find(([p, r]) => p === from && r === input);
      steps.push({ input, from, expected: rule ? rule[2] : null, read: who, corr });
      from = who;
      if (k + 1 < spec.inputs.length) write(x, k + 1);
    },
  );
  return { machine, trace: run.trace, steps };
}
