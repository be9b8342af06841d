import { describe, expect, it } from 'vitest';
import {
  AUTOMATON_DEFAULT,
  automatonMachine,
  FAMILY,
  PEOPLE,
  RELATIONS,
  runAutomaton,
} from './automaton';

describe('the family automaton', () => {
  it('builds 4 people and 12 (person, relation) memories on a directed graph', () => {
    const m = automatonMachine(AUTOMATON_DEFAULT);
    expect(m.P).toBe(PEOPLE.length + FAMILY.length);
    expect(m.labels.slice(0, 4)).toEqual([...PEOPLE]);
    expect(m.labels[4]).toBe('Ann·husband');
    expect(m.split).toBe(250);
    expect(m.graph.directed).toBe(true);
    expect(m.graph.edges.slice(0, 4)).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    // Ann·husband drives Bob.
    expect(m.graph.edges[4]).toEqual([4, 1]);
    expect(Object.keys(m.relationCode)).toEqual([...RELATIONS]);
    expect(automatonMachine(AUTOMATON_DEFAULT).xi).toEqual(m.xi);
  });

  it('AUTOMATON_DEFAULT: every step reads the person the family names', () => {
    const run = runAutomaton(AUTOMATON_DEFAULT);
    expect(run.steps).toHaveLength(AUTOMATON_DEFAULT.inputs.length);
    expect(run.steps.map((s) => s.input)).toEqual(AUTOMATON_DEFAULT.inputs);
    expect(run.steps[0].from).toBe('Ann');
    for (const s of run.steps) {
      expect(s.expected).not.toBeNull();
      expect(s.read).toBe(s.expected);
      expect(s.corr).toBeGreaterThan(0.8);
    }
    for (let k = 1; k < run.steps.length; k++)
      expect(run.steps[k].from).toBe(run.steps[k - 1].read);
    expect(run.trace.steps).toBe(AUTOMATON_DEFAULT.every * AUTOMATON_DEFAULT.inputs.length);
    expect(run.trace.m).toHaveLength((run.trace.steps + 1) * run.machine.P);
  });

  it('an undefined relation has no expected person', () => {
    const run = runAutomaton({ ...AUTOMATON_DEFAULT, inputs: ['daughter', 'daughter'] });
    expect(run.steps[0]).toMatchObject({ from: 'Ann', expected: 'Dee', read: 'Dee' });
    expect(run.steps[1].expected).toBeNull();
  });
});
