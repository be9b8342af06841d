/**
 * The census lab's pure pieces: the second task the classifiers are tested on, the set-up in
 * links through the one census schema (a tampered field named), the exports and the findings
 * built from measured numbers.
 */
import { describe, expect, it } from 'vitest';
import { runCensus } from '../../../core/census/census';
import { packDetails } from '../../../core/census/packed-details';
import { srRocs } from '../../../core/census/sr-rocs';
import { DEFAULT_CENSUS } from '../../../core/census/presets';
import type { CensusSpec } from '../../../core/census/types';
import { parseInput } from '../../../schema/parse';
import { censusSchema, censusToWire } from './codec';
import { TEST_CHOICES, testSpec, withTask, switchTaskKind, probeTotal } from './edit';
import { censusJson, classifiersCsv, statesCsv } from './export';
import { findings } from './findings';
import { EMPTY_RESULTS } from './results';
import { classifierProblem, setupProblem } from './setup';
import { DEFAULT_CENSUS_SETUP } from './slice';

const small: CensusSpec = {
  ...DEFAULT_CENSUS,
  probes: { ...DEFAULT_CENSUS.probes, random: 400, prototypes: 50 },
};

describe('test tasks', () => {
  it('derives a second task per choice with fresh seeds, and none for the split', () => {
    expect(testSpec(small, 'split')).toBeNull();
    for (const c of TEST_CHOICES.filter((x) => x !== 'split')) {
      const t = testSpec(small, c)!;
      expect(setupProblem({ ...DEFAULT_CENSUS_SETUP, spec: t })).toBeNull();
      expect(t.task.seed).not.toBe(small.task.seed);
      expect(t.network).toEqual(small.network);
    }
    expect(testSpec(small, 'P20')!.task).toMatchObject({ kind: 'random', P: 20, E: 20 });
    expect(testSpec(small, 'p20')!.task).toMatchObject({ p: 0.2, P: 10 });
    expect(testSpec(small, 'E10')!.task).toMatchObject({ E: 10 });
    expect(testSpec(small, 'mnist')!.task.kind).toBe('mnist');
  });
  it('edits keep the other fields', () => {
    const e = withTask(small, { P: 12 });
    expect(e.task).toMatchObject({ P: 12, E: 20, side: 10 });
    expect(switchTaskKind(switchTaskKind(small, 'mnist'), 'random').task.kind).toBe('random');
    expect(probeTotal(small)).toBe(450);
  });
});

describe('the set-up in links', () => {
  const parse = (w: unknown) =>
    parseInput(censusSchema(), w, { maxDepth: 9, at: 'z' }) as typeof DEFAULT_CENSUS_SETUP;
  it('round-trips', () => {
    const wire = JSON.parse(JSON.stringify(censusToWire(DEFAULT_CENSUS_SETUP)));
    expect(parse(wire)).toEqual(DEFAULT_CENSUS_SETUP);
  });
  it('refuses a tampered part, naming the field', () => {
    const wire = censusToWire(DEFAULT_CENSUS_SETUP);
    expect(() => parse({ ...wire, test: 'moon' })).toThrow(/z\.test: must be one of/);
    expect(() =>
      parse({ ...wire, spec: { ...wire.spec, task: { ...wire.spec.task, P: 4000 } } }),
    ).toThrow(/P/);
    expect(() => parse({ ...wire, classifier: { L: 1 } })).toThrow(/L/);
    expect(() => parse({ ...wire, extra: 1 })).toThrow(/extra/);
    expect(() =>
      parse({ ...wire, spec: { ...wire.spec, probes: { ...wire.spec.probes, random: 1e9 } } }),
    ).toThrow(/random/);
  });
  it('names bad classifier options before a run', () => {
    expect(classifierProblem(DEFAULT_CENSUS_SETUP)).toBeNull();
    expect(
      classifierProblem({
        ...DEFAULT_CENSUS_SETUP,
        classifier: { ...DEFAULT_CENSUS_SETUP.classifier, epochs: 0 },
      }),
    ).toMatch(/epochs/);
  });
});

describe('exports and findings', () => {
  it('one CSV row per state, JSON with the summary, findings from the numbers', async () => {
    const result = await runCensus(small);
    const { details, ...rest } = result;
    const census = { ...rest, packed: packDetails(details), srRocs: srRocs(result) };
    const csv = statesCsv(census).trim().split('\n');
    expect(csv).toHaveLength(census.states + 1);
    expect(csv[0]).toMatch(/^index,class,hits,share/);
    const json = JSON.parse(censusJson({ ...EMPTY_RESULTS, census })!);
    expect(json.kind).toBe('dam-census');
    expect(json.summary.counts.spurious).toBe(census.byClass.spurious.states);
    expect(json.states).toHaveLength(census.states);
    expect(classifiersCsv({ ...EMPTY_RESULTS, census })).toBeNull();
    const f = findings({ ...EMPTY_RESULTS, census });
    expect(f.length).toBeGreaterThan(0);
    expect(f[0].measured).toContain(census.byClass.spurious.sr!.mean.toFixed(3));
    expect(censusJson(EMPTY_RESULTS)).toBeNull();
  });
});
