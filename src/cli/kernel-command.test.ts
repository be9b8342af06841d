import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseKernelArgs } from './kernel-flags';
import { dam } from './run-cli';

const run = (...args: string[]) => dam(['kernel', ...args]);
const ISSUE = [
  '--M',
  '6',
  '--D',
  '10',
  '--dphi',
  '3',
  '--tau',
  '0.1',
  '--iters',
  '500',
  '--seed',
  '1',
];
const oneLine = (text: string) => expect(text.trim().split('\n')).toHaveLength(1);

describe('dam kernel from flags', () => {
  it("the issue's run: one JSON object, the angle rises toward the Tammes optimum (90° for M = 6)", async () => {
    const r = await run(...ISSUE);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    oneLine(r.stdout);
    const j = JSON.parse(r.stdout);
    expect(j.loss).toHaveLength(501);
    expect(j.minAngle).toHaveLength(501);
    expect(j.loss[500]).toBeLessThan(j.loss[0]);
    expect(j.minAngleAfter).toBeGreaterThan(j.minAngleBefore);
    expect(j.tammesDeg).toBeCloseTo(90, 6);
    expect(j.minAngleAfter).toBeLessThanOrEqual(90 + 1e-6);
    expect(j.minAngleAfter).toBeGreaterThan(80);
    expect(j.bounds.lower).toBeLessThan(j.bounds.upper);
    expect(j.spec.memories).toMatchObject({ source: 'gaussian', M: 6, D: 10, sphere: true });
    expect(j.spec.uhop).toMatchObject({ dPhi: 3, tau: 0.1, iterations: 500, seed: 1, bias: false });
    expect(j.backend).toBe('core');
    const again = JSON.parse((await run(...ISSUE)).stdout);
    expect({ ...again, ms: 0 }).toEqual({ ...j, ms: 0 });
  });

  it('--normaliser adds the synthetic support table; --out writes the same text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dam-kernel-'));
    const out = join(dir, 'r.json');
    const flags = ['--M', '10', '--D', '5', '--dphi', '5', '--iters', '20', '--lr', '1'];
    const r = await run(...flags, '--normaliser', 'entmax15', '--out', out);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.metastable.normaliser).toBe('entmax15');
    for (const h of [j.metastable.initial, j.metastable.learned])
      expect(h.counts.reduce((s: number, x: number) => s + x, 0)).toBe(100);
    expect(readFileSync(out, 'utf8')).toBe(r.stdout);
    const sgd = await run(...flags, '--optimiser', 'sgd', '--engine', 'core');
    expect(JSON.parse(sgd.stdout).spec.uhop.optimiser).toBe('sgd');
  });

  it('refuses a malformed command line with one line and status 2, naming the flag', async () => {
    const bad: [string[], RegExp][] = [
      [[...ISSUE, '--bogus', '1'], /unknown option "--bogus"/],
      [['--D', '10', '--dphi', '3'], /--M is missing/],
      [
        ['--M', '6', '--D', '10', '--dphi', '1'],
        /^dam: --dphi \(uhop\.dPhi: must be a whole number from 2 to 256/,
      ],
      [['--M', '201', '--D', '10', '--dphi', '3'], /^dam: --M \(memories\.M: at most 200 gaussian/],
      [
        ['--M', '6', '--D', '10', '--dphi', '3', '--iters', '501'],
        /^dam: --iters \(uhop\.iterations: /,
      ],
      [
        ['--M', '6', '--D', '10', '--dphi', '3', '--optimiser', 'lbfgs'],
        /--optimiser \(uhop\.optimiser: must be one of adam, sgd/,
      ],
      [
        ['--M', '6', '--D', '10', '--dphi', '3', '--normaliser', 'relu'],
        /--normaliser must be one of softmax/,
      ],
      [['--M', '6', '--D', '10', '--dphi', '3', '--bias', 'yes'], /--bias must be true or false/],
      [['--M', 'x', '--D', '10', '--dphi', '3'], /--M must be a number/],
      [['--config', 'c.json', '--M', '6'], /--M sets the run; with --config the file sets it/],
    ];
    for (const [args, re] of bad) {
      const r = await run(...args);
      expect(r.code).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toMatch(re);
      expect(r.stdout).toBe('');
    }
    expect(() =>
      parseKernelArgs(['--M', '6', '--D', '4', '--dphi', '2', '--engine', 'gpu']),
    ).toThrow(/--engine must be wasm or core/);
  });
});

describe('dam kernel --config', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dam-kernel-config-'));
  const write = (name: string, value: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
    return path;
  };
  const training = {
    memories: { source: 'circle', M: 5, D: 2, sphere: true, seed: 3 },
    uhop: { dPhi: 2, tau: 1, lr: 0.1, optimiser: 'adam', iterations: 5, seed: 1, bias: false },
  };

  it('runs the training and a basin map, printing the converged shares', async () => {
    const basins = {
      plane: { kind: 'identity', extent: 1.5 },
      R: 16,
      khm: { beta: 20, normaliser: 'softmax', iterations: 5 },
      tol: 1e-3,
      raw: 'identity',
    };
    const r = await run('--config', write('c.json', { training, basins }));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.loss).toHaveLength(6);
    expect(j.metastable).toBeNull();
    expect(j.basins.before.share).toHaveLength(5);
    expect(j.basins.after.converged).toBeGreaterThanOrEqual(0);
  });

  it('refuses a bad config with one line naming the field, status 1', async () => {
    const bad: [unknown, RegExp][] = [
      [{ training: { ...training, uhop: { ...training.uhop, tau: 0 } } }, /training\.uhop\.tau: /],
      [{ training, extra: 1 }, /extra: unknown key/],
      ['{"training": ', /not valid JSON/],
      [
        {
          training,
          metastable: {
            queries: 10,
            khm: { beta: 1, iterations: 2 },
            normalisers: ['softmax'],
            threshold: 0.01,
            maxK: 5,
            raw: 'identity',
          },
        },
        /training\.memories\.source: the metastable table queries MNIST/,
      ],
    ];
    for (const [value, re] of bad) {
      const r = await run('--config', write('bad.json', value));
      expect(r.code).toBe(1);
      oneLine(r.stderr);
      expect(r.stderr).toMatch(re);
    }
  });
});
