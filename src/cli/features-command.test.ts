import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertFinite } from './features-command';
import { dam } from './run-cli';

const run = (...args: string[]) => dam(['features', ...args]);
const SMALL = ['--D', '16', '--K', '20', '--Y', '64,256,1024', '--query-count', '10'];

const oneLine = (text: string) => expect(text.trim().split('\n')).toHaveLength(1);

describe('dam features from flags', () => {
  it('prints one JSON object: points per Y, the curve, and its slope on top', async () => {
    const r = await run(...SMALL, '--beta', '2', '--seed', '3');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    oneLine(r.stdout);
    const j = JSON.parse(r.stdout);
    expect(j.spec).toMatchObject({ D: 16, K: 20, betas: [2], Ys: [64, 256, 1024], seed: 3 });
    expect(j.spec).toMatchObject({ map: 'sincos', projection: 'gaussian', queries: ['stored'] });
    expect(j.points.map((p: { Y: number }) => p.Y)).toEqual([64, 256, 1024]);
    for (const p of j.points) expect(p.energyMAE).toBeGreaterThan(0);
    expect(j.curves).toHaveLength(1);
    expect(j.slope).toBe(j.curves[0].slope);
    // The error falls with Y (≈ Y^−½ in the paper): a negative slope.
    expect(j.slope).toBeLessThan(0);
    const again = JSON.parse((await run(...SMALL, '--beta', '2', '--seed', '3')).stdout);
    expect({ ...again, ms: 0 }).toEqual({ ...j, ms: 0 });
  });

  it('the core engine measures the same errors as the tfjs-wasm one, to float32 rounding', async () => {
    const flags = [...SMALL, '--beta', '2', '--queries', 'stored,random'];
    const wasm = JSON.parse((await run(...flags)).stdout);
    const core = JSON.parse((await run(...flags, '--engine', 'core')).stdout);
    expect(core.points).toHaveLength(wasm.points.length);
    core.points.forEach((p: { energyMAE: number }, i: number) =>
      expect(Math.abs(p.energyMAE - wasm.points[i].energyMAE)).toBeLessThan(
        1e-3 * p.energyMAE + 1e-6,
      ),
    );
  });

  it('several (β, query) curves: curves for each, no top-level slope', async () => {
    const r = await run(...SMALL, '--beta', '0.5,4', '--queries', 'stored,near', '--map', 'cos');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.spec.betas).toEqual([0.5, 4]);
    expect(j.curves).toHaveLength(4);
    expect('slope' in j).toBe(false);
    expect(j.points).toHaveLength(2 * 3 * 2);
  });

  it('refuses a malformed command line with one line and status 2, naming the flag', async () => {
    const bad: [string[], RegExp][] = [
      [[...SMALL, '--beta', '1', '--bogus', '1'], /unknown option "--bogus"/],
      [['--K', '20', '--Y', '64', '--beta', '1'], /--D is missing/],
      [[...SMALL, '--beta', 'x'], /--beta must be numbers separated by commas/],
      [['--D', '16', '--K', '20', '--beta', '1', '--Y', '64,0'], /^dam: --Y \(Ys\[1\]: /],
      [[...SMALL, '--beta', '1', '--map', 'tanh'], /--map \(map: must be one of/],
      [[...SMALL, '--beta', '1', '--near-flip', '2'], /--near-flip \(nearFlip: /],
      [[...SMALL, '--beta', '1', '--retrieval-steps', '0'], /--retrieval-steps \(retrieval\.steps/],
      [[...SMALL, '--beta', '800', '--map', 'exp'], /--beta \(betas\[0\]: .*β ≥ 709/],
      [[...SMALL, '--beta', '1', '--engine', 'gpu'], /--engine must be wasm or core/],
      [['--config', 'c.json', '--D', '4'], /--D sets the measurement; with --config/],
    ];
    for (const [args, re] of bad) {
      const r = await run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toMatch(re);
      expect(r.stdout).toBe('');
    }
  });
});

describe('dam features --config', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dam-features-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('runs the file’s measurement and writes --out with the printed text', async () => {
    const config = file(
      'c.json',
      JSON.stringify({ D: 12, K: 10, betas: [1], Ys: [32, 128], queryCount: 5, map: 'expexp' }),
    );
    const out = join(dir, 'r.json');
    const r = await run('--config', config, '--out', out, '--engine', 'core');
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(r.stdout);
    expect(JSON.parse(r.stdout).spec).toMatchObject({ map: 'expexp', queryCount: 5 });
  });

  it('bad input is one line and status 1, naming the file and the field', async () => {
    const cases: [string, RegExp][] = [
      [file('bad.json', '{"D": 12, "K": 10, "betas": [1], "Ys": [32], "x": 1}'), /x: unknown key/],
      [file('broken.json', '{"D": 12'), /not valid JSON/],
      [
        file('hot.json', '{"D": 12, "K": 10, "betas": [709], "Ys": [8], "map": "exp"}'),
        /betas\[0\]/,
      ],
      [join(dir, 'missing.json'), /missing\.json/],
    ];
    for (const [path, re] of cases) {
      const r = await run('--config', path);
      expect(r.code, path).toBe(1);
      oneLine(r.stderr);
      expect(r.stderr).toMatch(re);
    }
  });
});

describe('assertFinite', () => {
  it('names the first number that is not finite', () => {
    expect(() => assertFinite({ points: [{ energyMAE: 1 }, { energyMAE: NaN }] })).toThrow(
      /^result\.points\[1\]\.energyMAE = NaN is not finite/,
    );
    expect(() => assertFinite({ a: [1, null, 'x', { b: 2 }] })).not.toThrow();
    expect(() => assertFinite({ a: Infinity })).toThrow(/result\.a = Infinity/);
  });
});
