import { describe, expect, it } from 'vitest';
import { DEFAULT_CENSUS, DEFAULT_PHASE } from '../core/census/presets';
import {
  CENSUS_CONFIG_BYTES,
  parseCensusConfig,
  parseCensusConfigText,
  parseCensusSpec,
  parsePhaseSpec,
} from './census';

describe('parseCensusSpec', () => {
  it('fills the defaults and keeps what is given', () => {
    expect(parseCensusSpec({})).toEqual(DEFAULT_CENSUS);
    expect(parseCensusSpec({ task: { P: 20 } }).task).toMatchObject({ kind: 'random', P: 20 });
    const m = parseCensusSpec({ task: { kind: 'mnist', digits: [3, 1], side: 28 } });
    expect(m.task).toMatchObject({ kind: 'mnist', digits: [3, 1], side: 28, E: 20 });
  });
  it('refuses unknown keys and out-of-range values, naming the field', () => {
    const bad: [unknown, RegExp][] = [
      [{ task: { zz: 1 } }, /^census\.task\.zz: unknown key/],
      [{ extra: 1 }, /^census\.extra: unknown key/],
      [{ task: { side: 21 } }, /^census\.task\.side: must be a whole number from 5 to 20/],
      [{ task: { P: 41 } }, /^census\.task\.P: .*1 to 40/],
      [{ task: { E: 101 } }, /^census\.task\.E: .*1 to 100/],
      [{ task: { p: 0.6 } }, /^census\.task\.p: must be a number from 0 to 0\.5/],
      [{ task: { nonExamples: 201 } }, /^census\.task\.nonExamples/],
      [{ task: { kind: 'x' } }, /^census\.task\.kind: must be one of random, mnist/],
      [{ task: { kind: 'mnist', side: 10 } }, /^census\.task\.side: must be 14 or 28/],
      [{ task: { kind: 'mnist', digits: [1, 1] } }, /digits: must be distinct/],
      [{ task: { kind: 'mnist', p: 0.1 } }, /^census\.task\.p: unknown key/],
      [{ network: { kind: 'dense' } }, /^census\.network\.kind/],
      [{ network: { n: 61 } }, /^census\.network\.n: .*2 to 60/],
      [{ probes: { random: 100_001 } }, /^census\.probes\.random/],
      [{ probes: { random: 99_990, prototypes: 20 } }, /100010 probes in all/],
      [{ probes: { random: 0, prototypes: 0 } }, /0 probes in all/],
    ];
    for (const [raw, re] of bad) expect(() => parseCensusSpec(raw)).toThrow(re);
    expect(() => parseCensusSpec({ task: { P: 1 } }, 'test')).not.toThrow();
    expect(() => parseCensusSpec({ task: { P: 0 } }, 'test')).toThrow(/^test\.task\.P/);
  });
});

describe('parsePhaseSpec', () => {
  it('defaults, ranges and list caps', () => {
    expect(parsePhaseSpec({})).toEqual(DEFAULT_PHASE);
    expect(() => parsePhaseSpec({ Es: [0] })).toThrow(/^phase\.Es\[0\]/);
    expect(() => parsePhaseSpec({ ps: Array(17).fill(0.1) })).toThrow(/^phase\.ps: .*1 to 16/);
    expect(() => parsePhaseSpec({ trials: 201 })).toThrow(/^phase\.trials/);
    expect(() => parsePhaseSpec({ side: 4 })).toThrow(/^phase\.side/);
  });
});

describe('parseCensusConfig', () => {
  it('takes a bare census or the full config', () => {
    expect(parseCensusConfig({ task: { P: 5 } }).census.task).toMatchObject({ P: 5 });
    const c = parseCensusConfig({
      census: {},
      phase: {},
      test: { task: { P: 20 } },
      classifier: 7,
    });
    expect(c.phase).toEqual(DEFAULT_PHASE);
    expect(c.test?.task).toMatchObject({ P: 20 });
    expect(c.classifier).toBe(7);
    expect(() => parseCensusConfig({ census: {}, foo: 1 })).toThrow(/^foo: unknown key/);
    expect(() => parseCensusConfig({ phase: {} })).toThrow(/^census: is missing/);
    expect(() => parseCensusConfig([])).toThrow(/must be an object/);
    expect(() => parseCensusConfig({ test: { task: { E: 0 } }, census: {} })).toThrow(
      /^test\.task\.E/,
    );
  });
  it('text: broken JSON, size and depth caps are one clear line', () => {
    expect(() => parseCensusConfigText('{"census": ')).toThrow(/not valid JSON/);
    expect(() => parseCensusConfigText(' '.repeat(CENSUS_CONFIG_BYTES + 1))).toThrow(/larger than/);
    expect(() => parseCensusConfigText('[[[[[[[[[[1]]]]]]]]]]')).toThrow(/nested/);
    expect(() => parseCensusConfigText('{"census": {"task": {"P": 99}}}', 'c.json')).toThrow(
      /^c\.json: census\.task\.P/,
    );
    expect(parseCensusConfigText('{"probes": {"random": 5}}').census.probes.random).toBe(5);
  });
});
