import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MNIST_ASSET } from './mnist-file';
import { dam, damChild } from './run-cli';
import { oneLine, SMALL_GRID, tempDir, writeJson } from './capacity-test-grid';

const ONE = ['--energy', 'polynomial', '--n', '3', '--N', '24', '--data', 'uniform'];
const run = (...args: string[]) => dam(['capacity', ...args]);

/** The documented keys of a point's JSON, and the point's spec as the flags set it. */
function expectPoint(stdout: string) {
  expect(stdout.endsWith('\n')).toBe(true);
  expect(stdout.trim().split('\n')).toHaveLength(1);
  expect(stdout).not.toMatch(/NaN|Infinity/);
  const r = JSON.parse(stdout);
  expect(Object.keys(r.kMax).sort()).toEqual(['median', 'q1', 'q3']);
  expect(r.k50 === null || typeof r.k50 === 'number').toBe(true);
  expect(r.curve.length).toBeGreaterThan(0);
  for (const c of r.curve) {
    expect(c).toEqual({
      K: expect.any(Number),
      pSuccess: expect.any(Number),
      lo: expect.any(Number),
      hi: expect.any(Number),
      trials: expect.any(Number),
    });
    expect(c.lo).toBeLessThanOrEqual(c.pSuccess);
    expect(c.hi).toBeGreaterThanOrEqual(c.pSuccess);
  }
  expect(r.kMaxTrials).toHaveLength(r.spec.trials);
  return r;
}

describe('dam capacity: one point from flags', () => {
  it('prints one JSON object with kMax, k50 and the curve, for every criterion and generator', async () => {
    const cases: [string[], (r: ReturnType<typeof expectPoint>) => void][] = [
      [
        [...ONE, '--criterion', 'fixed', '--trials', '4', '--seed', '1'],
        (r) => {
          expect(r.search).toBe('scan');
          expect(r.spec.model).toEqual({ energy: 'polynomial', n: 3, beta: 1 });
          expect(r.spec.data.N).toBe(24);
        },
      ],
      [
        [...ONE, '--criterion', 'bits', '--eps', '0.01', '--trials', '3'],
        (r) => {
          expect(r.spec.criterion).toMatchObject({ kind: 'bits', eps: 0.01 });
        },
      ],
      [
        [
          '--n',
          '2',
          '--N',
          '24',
          '--criterion',
          'retrieve',
          '--flip',
          '0.1',
          '--hamming',
          '0',
          '--q',
          '0.5',
          '--trials',
          '3',
        ],
        (r) => {
          expect(r.search).toBe('bisect');
          expect(r.spec.criterion).toEqual({
            kind: 'retrieve',
            eps: 0.01,
            flip: 0.1,
            hamming: 0,
            q: 0.5,
          });
        },
      ],
      [
        ['--data', 'correlated', '--rho', '0.3', '--block', '4', '--N', '16', '--trials', '3'],
        (r) => {
          expect(r.spec.data).toMatchObject({ kind: 'correlated', rho: 0.3, block: 4 });
        },
      ],
      [
        [
          '--data',
          'separated',
          '--dH',
          '6',
          '--rho',
          '0.3',
          '--base',
          'correlated',
          '--N',
          '16',
          '--trials',
          '2',
          '--kcap',
          '64',
        ],
        (r) => {
          expect(r.spec.data).toMatchObject({
            kind: 'separated',
            dH: 6,
            rho: 0.3,
            base: 'correlated',
          });
          expect(r.stats.minHamming).toBeGreaterThanOrEqual(6);
          expect(r.spec.kCap).toBe(64);
        },
      ],
      [
        ['--energy', 'exponential', '--beta', '0.5', '--N', '16', '--trials', '2', '--kcap', '128'],
        (r) => {
          expect(r.spec.model).toMatchObject({ energy: 'exponential', beta: 0.5 });
        },
      ],
      [
        [
          '--energy',
          'softmax',
          '--criterion',
          'softmax',
          '--beta',
          '4',
          '--N',
          '16',
          '--trials',
          '2',
          '--kcap',
          '64',
        ],
        (r) => {
          expect(r.spec.criterion.kind).toBe('softmax');
        },
      ],
    ];
    const results = await Promise.all(cases.map(([args]) => run(...args)));
    results.forEach((res, k) => {
      expect(res.stderr).toBe('');
      expect(res.code).toBe(0);
      cases[k][1](expectPoint(res.stdout));
    });
  });

  it.skipIf(!existsSync(MNIST_ASSET))('draws MNIST digits of the chosen classes', async () => {
    const res = await run('--data', 'mnist', '--classes', '0,1', '--trials', '2', '--kcap', '40');
    expect(res.stderr).toBe('');
    const r = expectPoint(res.stdout);
    expect(r.spec.data.classes).toEqual([0, 1]);
    expect(r.stats.count).toBeGreaterThan(1);
  });

  it('is seeded: the same flags print the same text, another seed other trials', async () => {
    const args = [...ONE, '--trials', '5', '--seed', '7'];
    const [a, b, other] = await Promise.all([
      run(...args),
      run(...args),
      run(...ONE, '--trials', '5', '--seed', '8'),
    ]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(other.stdout).kMaxTrials).not.toEqual(JSON.parse(a.stdout).kMaxTrials);
  });

  it('writes --out whole: the same text as stdout', async () => {
    const out = join(tempDir(), 'point.json');
    const res = await run(...ONE, '--trials', '3', '--out', out);
    expect(res.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(res.stdout);
  });

  it('refuses bad flags with one line naming the flag and exit 2', async () => {
    const grid = writeJson(tempDir(), 'grid.json', SMALL_GRID);
    const bad: [string[], string | RegExp][] = [
      [['--bogus', '1'], 'dam: unknown option "--bogus"'],
      [['--N'], 'dam: --N needs a value'],
      [['--n', '3', '--n', '4'], 'dam: --n given twice'],
      [['--N', '5'], 'dam: --N (data.N): must be a whole number from 16 to 1024 (got 5)'],
      [['--N', 'big'], 'dam: --N must be a number (got "big")'],
      [['--rho', '2'], 'dam: --rho (data.rho): must be a number from 0 to 0.9 (got 2)'],
      [['--energy', 'cubic'], /^dam: --energy \(model\.energy\): must be one of polynomial, /],
      [['--criterion', 'best'], /^dam: --criterion \(criterion\.kind\): must be one of fixed, /],
      [
        ['--classes', '0,x'],
        'dam: --classes must be whole numbers separated by commas (got "0,x")',
      ],
      [
        ['--classes', '0,12'],
        /^dam: --classes \(data\.classes\[1\]\): must be a whole number from 0 to 9/,
      ],
      [['--trials', '0'], 'dam: --trials (trials): must be a whole number from 1 to 200 (got 0)'],
      [['--kcap', '20000'], /^dam: --kcap \(kCap\): must be a whole number from 1 to 10000/],
      [['--time-limit', '0'], 'dam: --time-limit must be a number of seconds 1–86400 (got "0")'],
      [['--shard', '0/2'], 'dam: --shard needs --config (it slices a grid)'],
      [
        ['--config', grid, '--n', '3'],
        'dam: --n sets one point; with --config the grid file sets every point',
      ],
      ...['3/3', '1/0', '-1/3', 'a/b', '1', '1/2/3'].map((s): [string[], RegExp] => [
        ['--config', grid, '--shard', s],
        /^dam: --shard must be k\/m with whole numbers m ≥ 1 and 0 ≤ k < m \(got ".*"\)$/,
      ]),
      [['stray'], 'dam: unexpected argument "stray"'],
    ];
    const results = await Promise.all(bad.map(([args]) => run(...args)));
    results.forEach((r, k) => {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      const line = oneLine(r.stderr);
      if (typeof bad[k][1] === 'string') expect(line).toBe(bad[k][1]);
      else expect(line).toMatch(bad[k][1]);
    });
  });

  it('refuses an impossible set-up before any work with one line and exit 1', async () => {
    const out = join(tempDir(), 'never.json');
    const [separation, memory, softmax] = await Promise.all([
      run('--data', 'separated', '--N', '16', '--dH', '15', '--out', out),
      run('--N', '1024', '--kcap', '10000'),
      run('--energy', 'softmax'),
    ]);
    for (const r of [separation, memory, softmax]) {
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
    }
    expect(oneLine(separation.stderr)).toMatch(
      /^dam: data\.dH: 15 is more than the generator reaches at N = 16: .*; nothing run$/,
    );
    expect(oneLine(memory.stderr)).toMatch(
      /^dam: kCap: 10000 patterns of N = 1024 need about \d+ MB/,
    );
    expect(oneLine(softmax.stderr)).toMatch(
      /^dam: criterion\.kind: the softmax energy is continuous/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('stops a point past --time-limit with one line and exit 1, writing nothing', async () => {
    const out = join(tempDir(), 'never.json');
    // Many seconds of work (n = 3 scans to kCap = 4096 at N = 512); stopped after 1 s.
    const r = await run('--N', '512', '--time-limit', '1', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(oneLine(r.stderr)).toBe(
      `dam: stopped after 1 s (--time-limit 1): the point did not finish; no result printed; nothing written to "${out}"`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('runs through `npm run dam` in a child process, as a user would', async () => {
    const args = [...ONE, '--trials', '3'];
    const [child, help] = await Promise.all([
      damChild(['capacity', ...args]),
      damChild(['capacity', '--help']),
    ]);
    expect(child.stderr).toBe('');
    expect(child.code).toBe(0);
    expect(child.stdout).toBe((await run(...args)).stdout);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: dam capacity --config grid\.json \[--shard k\/m\]/);
  });
});
