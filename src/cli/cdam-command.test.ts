import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTOMATON_DEFAULT } from '../core/cdam/automaton';
import { parseCdamArgs, readPairs } from './cdam-flags';
import { dam } from './run-cli';

const run = (...args: string[]) => dam(['cdam', ...args]);
const ISSUE = ['--graph', 'ring', '--P', '30', '--N', '1000', '--beta', '1', '--eta', '0.1'];
const MORE = ['--steps', '100', '--noise', '1', '--seed', '1'];
const oneLine = (text: string) => expect(text.trim().split('\n')).toHaveLength(1);
const dir = mkdtempSync(join(tmpdir(), 'dam-cdam-'));
const write = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

describe('dam cdam from flags', () => {
  it('a = 1, h = 0 on the ring: recall of the cue only, 16 distances for P = 30', async () => {
    const r = await run(...ISSUE, '--a', '1', '--h', '0', ...MORE);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    oneLine(r.stdout);
    const j = JSON.parse(r.stdout);
    expect(j.byDistance).toHaveLength(16);
    expect(j.attractorByDistance).toHaveLength(16);
    expect(j.byDistance[0]).toBeGreaterThan(0.9);
    expect(j.byDistance[3]).toBeLessThan(0.2);
    expect(j.modes.auto).toBeCloseTo(1, 9);
    expect(j).toMatchObject({ a: 1, h: 0 });
    expect(j.spec).toMatchObject({ P: 30, N: 1000, beta: 1, eta: 0.1, steps: 100, noise: 1 });
    expect(j.spec.pairs).toEqual([{ a: 1, h: 0 }]);
  });

  it('--a alone ties h = 1 − a; --pairs gives rows; --out writes the same text', async () => {
    const small = ['--P', '12', '--N', '200', '--steps', '40'];
    const one = JSON.parse((await run(...small, '--a', '-0.5')).stdout);
    expect(one).toMatchObject({ a: -0.5, h: 1.5 });
    expect(one.byDistance).toHaveLength(7);
    const out = join(dir, 'rows.json');
    const r = await run(...small, '--pairs', '1,0; 0.5,0.5;-0.5,1.5;-2,3', '--out', out);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.rows.map((x: { a: number; h: number }) => [x.a, x.h])).toEqual([
      [1, 0],
      [0.5, 0.5],
      [-0.5, 1.5],
      [-2, 3],
    ]);
    expect(j.rows[2].byDistance).toEqual(one.byDistance);
    expect(j.rows[2].modes).toEqual(one.modes);
    expect(readFileSync(out, 'utf8')).toBe(r.stdout);
    const paper = JSON.parse((await run('--N', '200', '--steps', '20')).stdout);
    expect(paper.rows).toHaveLength(4);
  });

  it('refuses a malformed command line with one line and status 2, naming the flag', async () => {
    const bad: [string[], RegExp][] = [
      [['--bogus', '1'], /unknown option "--bogus"/],
      [['--graph', 'karate'], /--graph: only ring with flags .* --config/],
      [['--P', '61'], /^dam: --P \(P: must be a whole number from 3 to 60/],
      [['--N', '1'], /^dam: --N \(N: must be a whole number from 2 to 4096/],
      [['--beta', '0'], /^dam: --beta \(beta: must be a number from 0\.001 to 1000/],
      [['--eta', '2'], /^dam: --eta \(eta: /],
      [['--a', '20'], /^dam: --a \(pairs\[0\]\.a: must be a number from -10 to 10/],
      [['--a', 'x'], /--a must be a number \(got "x"\)/],
      [['--pairs', '1;2'], /--pairs must be a,h pairs separated by semicolons/],
      [['--pairs', '1,0;11,0'], /^dam: --pairs \(pairs\[1\]\.a: /],
      [['--a', '1', '--pairs', '1,0'], /--a sets one pair; --pairs sets several/],
      [
        ['--steps', '1000', '--P', '60', '--N', '4096', '--pairs', Array(16).fill('1,0').join(';')],
        /^dam: --steps \(steps: .* above the cap/,
      ],
      [['--config', 'c.json', '--P', '6'], /--P sets the run; with --config the file sets it/],
      [['--time-limit', '0'], /--time-limit must be/],
    ];
    for (const [args, re] of bad) {
      const r = await run(...args);
      expect(r.code).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toMatch(re);
      expect(r.stdout).toBe('');
    }
    expect(readPairs('1,0;-2,3')).toEqual([
      { a: 1, h: 0 },
      { a: -2, h: 3 },
    ]);
    expect(parseCdamArgs(['--h', '0.25'])).toMatchObject({ mode: 'flags', single: true });
  });
});

describe('dam cdam --config', () => {
  const setup = {
    memories: { source: 'uniform', P: 10, N: 200, seed: 1 },
    graph: { preset: 'ring' },
    coupling: 'normalised',
  };

  it("'run': the cue's correlations, every step's, the final state and its mode", async () => {
    const config = {
      experiment: 'run',
      setup,
      cue: { kind: 'memory', start: 3, noise: 0.5, seed: 2 },
      params: { a: 1, h: 0, beta: 1, eta: 0.1 },
      steps: 40,
    };
    const path = write('run.json', config);
    const r = await run('--config', path);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    oneLine(r.stdout);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ experiment: 'run', P: 10, N: 200, steps: 40, params: config.params });
    expect(j.m0).toHaveLength(10);
    expect(j.m).toHaveLength(40);
    expect(j.x).toHaveLength(200);
    expect(j.mode).toMatchObject({ mode: 'auto', peak: 3 });
    expect(j.m[39][3]).toBeGreaterThan(0.9);
    // The same config again gives the same numbers; the file as written parses back.
    const again = JSON.parse((await run('--config', path)).stdout);
    expect({ ...again, ms: 0 }).toEqual({ ...j, ms: 0 });
  });

  it("'automaton': every step of the default walk reads the person the family names", async () => {
    const r = await run(
      '--config',
      write('auto.json', { experiment: 'automaton', spec: AUTOMATON_DEFAULT }),
    );
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.spec).toEqual(AUTOMATON_DEFAULT);
    expect(j.steps).toHaveLength(AUTOMATON_DEFAULT.inputs.length);
    expect(j.correct).toBe(AUTOMATON_DEFAULT.inputs.length);
    expect(j.of).toBe(j.correct);
    expect(j.labels[0]).toBe('Ann');
  });

  it("'sequence' and 'phase' on small set-ups", async () => {
    const cycle = { ...setup, graph: { preset: 'cycle' } };
    const cue = { kind: 'memory', start: 0, noise: 1, seed: 2 };
    const seq = {
      experiment: 'sequence',
      request: {
        setup: cycle,
        cycle: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        pairs: [{ a: -1.5, h: 3 }],
        beta: 1,
        eta: 0.1,
        steps: 60,
        cue,
      },
    };
    const s = JSON.parse((await run('--config', write('seq.json', seq))).stdout);
    expect(s.runs).toHaveLength(1);
    expect(s.runs[0].reading.forward).toBeGreaterThan(10);
    expect(s.runs[0].reading.sticks).toBe(false);
    const spec = { aRange: [-3, 2], hRange: [0, 4], R: 4, beta: 1, eta: 0.1, steps: 50 };
    const phase = { experiment: 'phase', request: { setup, cue, spec } };
    const p = JSON.parse((await run('--config', write('phase.json', phase))).stdout);
    expect(p.cells).toHaveLength(4);
    expect(p.cells[0]).toHaveLength(4);
    expect(p.a).toEqual([-3, -3 + 5 / 3, -3 + 10 / 3, 2]);
    expect(Object.values(p.shares).reduce((u: number, x) => u + (x as number), 0)).toBeCloseTo(
      1,
      9,
    );
  });

  it('refuses a bad config with one line naming the field, status 1', async () => {
    const bad: [unknown, RegExp][] = [
      ['{"experiment": ', /not valid JSON/],
      [
        { experiment: 'automaton', spec: { ...AUTOMATON_DEFAULT, N: 5 } },
        /spec\.N: must be a whole number from 40/,
      ],
      [{ experiment: 'automaton', spec: AUTOMATON_DEFAULT, extra: 1 }, /extra: unknown key/],
      [
        {
          experiment: 'run',
          setup: { ...setup, memories: { ...setup.memories, source: 'bank' } },
          cue: { kind: 'memory', start: 0, noise: 0, seed: 1 },
          params: { a: 1, h: 0, beta: 1, eta: 0.1 },
          steps: 1,
        },
        /setup\.memories\.source: the studio's bank is not available on the command line/,
      ],
      [
        {
          experiment: 'run',
          setup,
          cue: { kind: 'state', x: [1, 2, 3] },
          params: { a: 1, h: 0, beta: 1, eta: 0.1 },
          steps: 1,
        },
        /cue: the state has 3 values for N = 200/,
      ],
    ];
    for (const [value, re] of bad) {
      const r = await run('--config', write('bad.json', value));
      expect(r.code).toBe(1);
      oneLine(r.stderr);
      expect(r.stderr).toMatch(re);
      expect(r.stdout).toBe('');
    }
  });
});
