import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSeqRunFile, SEQ_METHOD_DEFAULTS } from '../schema/sequential';
import { dam } from './run-cli';
import { parseTrainTasksArgs, wantsTasks } from './train-tasks-flags';

const small = ['--tasks', 'class:2', '--per-class', '5', '--epochs', '2', '--K', '4', '--n', '3'];

describe('dam train --tasks (CLI)', () => {
  it('builds one run per method and n, ids in order, sharing the other flags', () => {
    const a = parseTrainTasksArgs([
      ...small,
      '--method',
      'naive,rehearsal',
      '--compare-n',
      '20',
      '--buffer',
      '30',
      '--normalised',
      '--T',
      '0.2',
      '--seed',
      '7',
      '--engine',
      'core',
    ]);
    const r = a.request!;
    expect(r.tasks).toEqual({ kind: 'class', tasks: 2, perClass: 5, seed: 7 });
    expect(r.runs.map((x) => [x.id, x.options.n, x.method.method])).toEqual([
      [1, 3, 'naive'],
      [2, 3, 'rehearsal'],
      [3, 20, 'naive'],
      [4, 20, 'rehearsal'],
    ]);
    expect(r.runs[1]).toMatchObject({
      epochs: 2,
      normalised: true,
      options: { K: 4, Tin: 0.2, seed: 7 },
      method: { ...SEQ_METHOD_DEFAULTS, method: 'rehearsal', buffer: 30 },
    });
    expect(parseTrainTasksArgs(['--config', 'seq.json'])).toMatchObject({ config: 'seq.json' });
    expect(wantsTasks(['--n', '3', '--tasks=class:2'])).toBe(true);
    expect(wantsTasks(['--n', '3'])).toBe(false);
  });

  it.each([
    [['--tasks', 'split:5'], '--tasks must be class:N or permuted:N, N = 2–5 (got "split:5")'],
    [['--tasks', 'class:9'], '--tasks: must be a whole number from 2 to 5 (got 9)'],
    [['--tasks', 'class:2', '--epochs', '0'], '--epochs: must be a whole number from 1 to 100'],
    [['--tasks', 'class:2', '--per-class', '900'], '--per-class: must be a whole number from 1'],
    [['--tasks', 'class:2', '--method', 'gem'], '--method must be naive, rehearsal, pseudo, ewc'],
    [['--tasks', 'class:2', '--lambda', '-1'], '--lambda: must be a number from 0 to 1000000'],
    [['--tasks', 'class:2', '--selection', 'best'], '--selection: must be one of balanced, random'],
    [['--tasks', 'class:2', '--compare-n', '1'], '--compare-n: must be a whole number from 2'],
    [['--tasks', 'class:2', '--K', '401'], '--K: must be a whole number from 1 to 400'],
    [['--tasks', 'class:2', '--normalised', 'yes'], '--normalised must be true or false'],
    [
      ['--tasks', 'class:2', '--method', 'naive,ewc,pseudo', '--compare-n', '3'],
      '--method and --compare-n make 6 runs, more than 4',
    ],
    [['--config', 'a.json', '--K', '3'], '--K cannot be combined with --config'],
    [['--tasks', 'class:2', '--n', '30', '--T', '20'], /^run 1: T = 20 is too small for n = 30/],
    [
      ['--tasks', 'permuted:5', '--per-class', '799', '--epochs', '100', '--K', '400'],
      /^--epochs: .* multiply-adds .* above the cap/,
    ],
  ])('rejects %j with one sentence naming the flag', (args, message) => {
    expect(() => parseTrainTasksArgs(args)).toThrow(message);
  });

  it('trains on tfjs-wasm as on the core, prints one object and writes a run file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dam-tasks-'));
    const out = join(dir, 'seq.json');
    const args = ['train', ...small, '--method', 'naive,ewc', '--lambda', '0.01', '--batch', '5'];
    const wasm = await dam([...args, '--out', out]);
    const core = await dam([...args, '--engine', 'core']);
    expect(wasm.stderr).toBe('');
    expect(wasm.code).toBe(0);
    const lines = wasm.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const printed = JSON.parse(lines[0]);
    expect(Object.keys(printed)).toEqual(['request', 'results']);
    expect(printed.results.map((r: { id: number }) => r.id)).toEqual([1, 2]);
    const ref = JSON.parse(core.stdout);
    printed.results.forEach((r: { matrix: number[][] }, i: number) => {
      expect(r.matrix).toHaveLength(2);
      r.matrix
        .flat()
        .forEach((x, k) =>
          expect(Math.abs(x - ref.results[i].matrix.flat()[k])).toBeLessThan(0.01),
        );
    });
    const file = parseSeqRunFile(readFileSync(out, 'utf8'));
    expect(file.request).toEqual(printed.request);
    expect(file.results).toEqual(printed.results);
    expect(file.memories.map((m) => m.length)).toEqual([4 * 794, 4 * 794]);
    expect(file.memories[0].every((x) => Number(x.toFixed(4)) === x)).toBe(true);

    // The same request from a config file gives the same results.
    const config = join(dir, 'req.json');
    writeFileSync(config, JSON.stringify(printed.request));
    const again = await dam(['train', '--config', config, '--engine', 'core']);
    expect(JSON.parse(again.stdout).results.map((r: { matrix: unknown }) => r.matrix)).toEqual(
      ref.results.map((r: { matrix: unknown }) => r.matrix),
    );
  });

  it('fails with one line on a bad config file and at --time-limit, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dam-tasks-bad-'));
    const config = join(dir, 'req.json');
    writeFileSync(
      config,
      JSON.stringify({ tasks: { kind: 'class', tasks: 2, perClass: 5 }, runs: [] }),
    );
    const bad = await dam(['train', '--config', config]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(`dam: "${config}": runs: must be a list of 1 to 4 items\n`);
    const out = join(dir, 'seq.json');
    const long = ['train', '--tasks', 'permuted:5', '--epochs', '100', '--engine', 'core'];
    const r = await dam([...long, '--time-limit', '1', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^dam: stopped after 1 s \(--time-limit 1\): \d+ of 500 epochs done/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });
});
