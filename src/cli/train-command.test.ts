import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultTemperature } from '../core/classifier/kh-model';
import { parseRunFileText } from '../schema/run-file';
import { dam } from './run-cli';
import { parseTrainArgs, savedEpoch } from './train-command';
import { checkOutPath } from './write-out';

const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('dam train (CLI)', () => {
  it('trains on tfjs-wasm, prints one JSON line per epoch, writes a run file, and reproduces', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dam-train-')), 'run.json');
    const args = [
      'train',
      '--n',
      '3',
      '--K',
      '8',
      '--epochs',
      '3',
      '--subset',
      '50',
      '--seed',
      '2',
    ];
    // One after the other: in one process the tfjs runs would share the backend mid-run.
    const r = await dam([...args, '--out', out]);
    const again = await dam(args);
    const core = await dam([...args, '--engine', 'core']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const printed = lines(r.stdout);
    expect(printed).toHaveLength(3);
    printed.forEach((l, k) => {
      expect(Object.keys(l).sort()).toEqual([
        'T',
        'contributors',
        'epoch',
        'ms',
        'testError',
        'trainError',
        'trainLoss',
      ]);
      expect(Object.keys(l.contributors).sort()).toEqual([
        'mean',
        'meanEffective',
        'meanTopShare',
        'median',
        'medianEffective',
      ]);
      expect(l.epoch).toBe(k + 1);
      expect(l.T).toBe(defaultTemperature(3));
      expect(Number.isFinite(l.trainLoss)).toBe(true);
      expect(l.testError).toBeGreaterThanOrEqual(0);
      expect(l.testError).toBeLessThanOrEqual(1);
    });
    const strip = (s: string) => s.replace(/"ms":\d+/g, '');
    expect(strip(again.stdout)).toBe(strip(r.stdout));
    // The float64 reference follows the same run to float32 accuracy.
    const ref = lines(core.stdout);
    printed.forEach((l, k) => {
      expect(Math.abs(l.trainLoss - ref[k].trainLoss) / ref[k].trainLoss).toBeLessThan(1e-4);
      expect(l.testError).toBe(ref[k].testError);
    });

    const run = parseRunFileText(readFileSync(out, 'utf8'));
    expect(run.engine).toBe('tfjs-wasm');
    expect(run.command).toBe(`npm run --silent dam -- ${args.join(' ')} --out ${out}`);
    expect(run.config).toMatchObject({ n: 3, m: 30, K: 8, seed: 2, batchSize: 100 });
    expect(run.history.map((h) => h.epoch)).toEqual([1, 2, 3]);
    expect(run.history[2].testError).toBe(printed[2].testError);
    expect(run.saved.map((s) => s.epoch)).toEqual([0, 1, 2, 3]);
    expect(run.saved[0].memories).toHaveLength(8 * 794);
    expect(run.saved.every((s) => s.memories.every((x) => x >= -1 && x <= 1))).toBe(true);
  });

  it('keeps epoch 0, 1, 2, 5, 10, 20, 50 and every 50th after (plus the last)', () => {
    const kept = Array.from({ length: 300 }, (_, k) => k + 1).filter(savedEpoch);
    expect(kept).toEqual([1, 2, 5, 10, 20, 50, 100, 150, 200, 250, 300]);
  });

  it.each([
    [['--n', 'three'], '--n must be an integer 2–60 (got "three")'],
    [['--n', '61'], '--n must be an integer 2–60 (got "61")'],
    [['--K', '0'], '--K must be an integer 1–400 (got "0")'],
    [['--batch'], '--batch needs a value'],
    [['--lr', '1'], 'unknown option "--lr"'],
    [['--T', '-5'], '--T must be a number 1–100000 (got "-5")'],
    [['--Tf', '1e9'], '--Tf must be a number 1–100000 (got "1e9")'],
    [['--eps0', '0'], '--eps0 must be a number > 0 and ≤ 2 (got "0")'],
    [['--f', '1.5'], '--f must be a number > 0 and ≤ 1 (got "1.5")'],
    [['--p', '1'], '--p must be a number ≥ 0 and < 1 (got "1")'],
    [['--thresh', '2.5'], '--thresh must be an integer 1–1000 (got "2.5")'],
    [['--engine', 'gpu'], '--engine must be wasm, cpu or core (got "gpu")'],
    [['--seed', '1', '--seed', '2'], '--seed given twice'],
    [['--seed', '1e300'], '--seed must be an integer 0–4294967295 (got "1e300")'],
    [['--n', '1e300'], '--n must be an integer 2–60 (got "1e300")'],
    [['--K', '8.0'], '--K must be an integer 1–400 (got "8.0")'],
    [['--eps0', 'Infinity'], '--eps0 must be a number > 0 and ≤ 2 (got "Infinity")'],
    [['--time-limit', '0.5'], '--time-limit must be a number of seconds 1–86400 (got "0.5")'],
    [['--time-limit', '1e300'], '--time-limit must be a number of seconds 1–86400 (got "1e300")'],
    [['stray'], 'unexpected argument "stray"'],
    [[`--${'x'.repeat(100)}`, '1'], `unknown option "--${'x'.repeat(76)}…`],
    [['--n', '30', '--T', '20'], /^T = 20 is too small for n = 30: .*\(or use --engine core\)$/],
  ])('rejects %j with one sentence', (args, message) => {
    expect(() => parseTrainArgs(args)).toThrow(message);
  });

  it('defaults --time-limit to 60 s and takes fractions', () => {
    expect(parseTrainArgs([]).timeLimit).toBe(60);
    expect(parseTrainArgs(['--time-limit=2.5']).timeLimit).toBe(2.5);
  });

  it('checks --out: an existing, writable directory and not a directory itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dam-out-'));
    expect(() => checkOutPath(join(dir, 'run.json'))).not.toThrow();
    expect(() => checkOutPath(join(dir, 'none', 'run.json'))).toThrow(
      `cannot write --out "${join(dir, 'none', 'run.json')}": directory "${join(dir, 'none')}" does not exist`,
    );
    expect(() => checkOutPath(dir)).toThrow(`cannot write --out "${dir}": it is a directory`);
  });

  it('accepts the float32-risky temperature on the core engine', () => {
    expect(parseTrainArgs(['--n', '30', '--T', '20', '--engine', 'core'])).toMatchObject({
      n: 30,
      T: 20,
      engine: 'core',
    });
  });

  it.each([
    [['--K', '0'], /--K must be an integer/],
    [['--engine', 'gpu'], /--engine must be wasm, cpu or core/],
  ])('exits 2 with one line on stderr for %j', async (extra, pattern) => {
    const r = await dam(['train', ...extra]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const errLines = r.stderr.trim().split('\n');
    expect(errLines).toHaveLength(1);
    expect(errLines[0]).toMatch(pattern);
  });

  it('refuses an unwritable --out before loading anything (a long run fails at once)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dam-unwritable-'));
    const inMissing = join(dir, 'none', 'run.json');
    // --time-limit 1: should the check ever let a path through, the run fails in a second.
    const long = ['train', '--epochs', '1000', '--time-limit', '1'];
    const missing = await dam([...long, '--out', inMissing]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe(
      `dam: cannot write --out "${inMissing}": directory "${join(dir, 'none')}" does not exist\n`,
    );
    expect(existsSync(join(dir, 'none'))).toBe(false);
    const itself = await dam([...long, '--out', dir]);
    expect(itself.code).toBe(1);
    expect(itself.stdout).toBe('');
    expect(itself.stderr).toBe(`dam: cannot write --out "${dir}": it is a directory\n`);
    // Nothing was written anywhere: the directory is as empty as it was made.
    expect(readdirSync(dir)).toEqual([]);
  });

  it('stops at --time-limit with one line, keeps the finished epochs and writes no --out', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dam-limit-')), 'run.json');
    const limited = [
      '--time-limit',
      '1',
      '--subset',
      '100',
      '--epochs',
      '1000',
      '--engine',
      'core',
    ];
    const r = await dam(['train', ...limited, '--out', out]);
    expect(r.code).toBe(1);
    const done = r.stdout === '' ? [] : lines(r.stdout);
    done.forEach((l, k) => expect(l.epoch).toBe(k + 1));
    expect(r.stderr).toBe(
      `dam: stopped after 1 s (--time-limit 1): ${done.length} of 1000 epochs done; ` +
        `the lines above are the finished epochs; nothing written to "${out}"\n`,
    );
    expect(existsSync(out)).toBe(false);
  });
});
