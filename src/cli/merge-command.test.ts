import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandGrid } from '../core/capacity/grid';
import type { PointLine, ResultFile } from '../core/capacity/types';
import { parseGrid, parseResultText } from '../schema/capacity';
import { dam } from './run-cli';
import { oneLine, SMALL_GRID, tempDir, writeJson } from './capacity-test-grid';

const lines = (text: string): PointLine[] =>
  text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as PointLine);

describe('dam capacity --config, --shard and dam merge', () => {
  let dir: string;
  let grid: string;
  let whole: { stdout: string; file: string };
  let shards: { stdout: string; file: string }[];

  beforeAll(async () => {
    dir = tempDir();
    grid = writeJson(dir, 'grid.json', SMALL_GRID);
    const file = join(dir, 'whole.jsonl');
    const runs = await Promise.all([
      dam(['capacity', '--config', grid, '--out', file]),
      ...[0, 1, 2].map((k) =>
        dam([
          'capacity',
          '--config',
          grid,
          '--shard',
          `${k}/3`,
          '--out',
          join(dir, `shard-${k}.jsonl`),
        ]),
      ),
    ]);
    for (const r of runs) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    whole = { stdout: runs[0].stdout, file };
    shards = runs
      .slice(1)
      .map((r, k) => ({ stdout: r.stdout, file: join(dir, `shard-${k}.jsonl`) }));
  });

  it('prints one JSON line per point and writes the same lines whole to --out', () => {
    const got = lines(whole.stdout);
    expect(got.map((l) => [l.index, l.series])).toEqual([
      [0, 'n = 2'],
      [1, 'n = 3, bits'],
    ]);
    const points = expandGrid(parseGrid(SMALL_GRID));
    got.forEach((l) => expect(l.spec).toEqual(points[l.index].spec));
    expect(readFileSync(whole.file, 'utf8')).toBe(whole.stdout);
    shards.forEach((s) => expect(readFileSync(s.file, 'utf8')).toBe(s.stdout));
    // 2 points over 3 shards: index % 3 = k, so shard 2 is empty (an empty file, no lines).
    expect(shards.map((s) => lines(s.stdout).map((l) => l.index))).toEqual([[0], [1], []]);
    expect(readFileSync(shards[2].file, 'utf8')).toBe('');
  });

  it('merges shards 0/3, 1/3, 2/3 (one empty) into exactly the unsharded result', async () => {
    const out = join(dir, 'result.json');
    const [merged, reversed, unsharded] = await Promise.all([
      dam(['merge', ...shards.map((s) => s.file), '--config', grid, '--out', out]),
      dam(['merge', ...shards.map((s) => s.file).reverse(), '--config', grid]),
      dam(['merge', whole.file, '--config', grid]),
    ]);
    for (const r of [merged, reversed, unsharded]) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    expect(merged.stdout).toBe('');
    const file: ResultFile = parseResultText(readFileSync(out, 'utf8'));
    expect(file.format).toBe('dam-capacity');
    expect(file.grid).toEqual(parseGrid(SMALL_GRID));
    expect(file.points).toEqual(lines(whole.stdout));
    expect(file.points).toEqual(JSON.parse(unsharded.stdout).points);
    expect(readFileSync(out, 'utf8')).toBe(unsharded.stdout);
    expect(reversed.stdout).toBe(unsharded.stdout);
  });

  it('is seeded: a second unsharded run prints the same text', async () => {
    const again = await dam(['capacity', '--config', grid]);
    expect(again.stdout).toBe(whole.stdout);
  });

  it('refuses a missing, duplicate or foreign point, or a line that is no point, with one line', async () => {
    const [s0, s1, s2] = shards.map((s) => s.file);
    const foreignGrid = writeJson(dir, 'foreign.json', {
      ...SMALL_GRID,
      base: { ...SMALL_GRID.base, seed: 9 },
    });
    const bad = writeJson(dir, 'bad.jsonl', '\n{"index": 0\n');
    const noPoint = writeJson(dir, 'nopoint.jsonl', '[1, 2]\n');
    const tampered = lines(whole.stdout);
    tampered[0].kMax.median = -1;
    const tamperedFile = writeJson(
      dir,
      'tampered.jsonl',
      tampered.map((l) => JSON.stringify(l)).join('\n'),
    );
    const out = join(dir, 'never.json');
    const cases: [string[], string | RegExp][] = [
      [[s0, s2], 'dam: 1 of 2 points missing (1): is a shard left out?'],
      [[s0, s1, s0], 'dam: point 0: appears twice'],
      [
        [s0, s1, '--config', foreignGrid],
        'dam: point 0: not a point of this grid (a shard of another grid?)',
      ],
      [[bad, s0], `dam: "${bad}" line 2: not valid JSON`],
      [
        [noPoint],
        `dam: "${noPoint}" line 1: not a point line of dam capacity (index, series, result)`,
      ],
      [[tamperedFile], /^dam: points\[0\]\.kMax\.median: must be a number from 0 to /],
      [[join(dir, 'none.jsonl')], `dam: cannot read "${join(dir, 'none.jsonl')}": ENOENT`],
    ];
    const results = await Promise.all(
      cases.map(([args]) =>
        dam([
          'merge',
          ...args,
          ...(args.includes('--config') ? [] : ['--config', grid]),
          '--out',
          out,
        ]),
      ),
    );
    results.forEach((r, k) => {
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      const line = oneLine(r.stderr);
      if (typeof cases[k][1] === 'string') expect(line).toBe(cases[k][1]);
      else expect(line).toMatch(cases[k][1]);
    });
    expect(existsSync(out)).toBe(false);
  });

  it('answers a bad merge command line with one line and exit 2', async () => {
    const [noConfig, noFiles, unknown] = await Promise.all([
      dam(['merge', shards[0].file]),
      dam(['merge', '--config', grid]),
      dam(['merge', shards[0].file, '--config', grid, '--shard', '0/1']),
    ]);
    expect(oneLine(noConfig.stderr)).toBe('dam: --config grid.json is needed (the grid run)');
    expect(oneLine(noFiles.stderr)).toBe('dam: no shard files given (dam merge a.jsonl b.jsonl …)');
    expect(oneLine(unknown.stderr)).toBe('dam: unknown option "--shard"');
    for (const r of [noConfig, noFiles, unknown]) expect(r.code).toBe(2);
  });

  it('refuses a bad grid file with one line naming the file and the field, exit 1', async () => {
    const d = tempDir();
    const file = (name: string, value: unknown) => writeJson(d, name, value);
    const cases: [string, string | RegExp][] = [
      [file('text.json', '{"series": '), /^dam: "[^"]*text\.json": not valid JSON/],
      [
        file('key.json', { series: [{ label: 'a', sweep: { M: [16] } }] }),
        /^dam: "[^"]*key\.json": series\[0\]\.sweep\.M: unknown key$/,
      ],
      [
        file('range.json', { series: [{ label: 'a', sweep: { N: [16, 5] } }] }),
        /^dam: "[^"]*range\.json": series\[0\]\.sweep\.N\[1\]: must be a whole number from 16 to 1024 \(got 5\)$/,
      ],
      [
        file('far.json', {
          base: { data: { kind: 'separated', N: 16 }, trials: 2 },
          series: [{ label: 'far', sweep: { dH: [4, 15] } }],
        }),
        /^dam: point 1 \(series "far"\): data\.dH: 15 is more than the generator reaches at N = 16: .*; nothing run$/,
      ],
      [join(d, 'none.json'), `dam: cannot read "${join(d, 'none.json')}": ENOENT`],
    ];
    const out = join(d, 'never.jsonl');
    const results = await Promise.all(
      cases.map(([path]) => dam(['capacity', '--config', path, '--out', out])),
    );
    results.forEach((r, k) => {
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      const line = oneLine(r.stderr);
      if (typeof cases[k][1] === 'string') expect(line).toBe(cases[k][1]);
      else expect(line).toMatch(cases[k][1]);
    });
    expect(existsSync(out)).toBe(false);
  });

  it('stops a grid past --time-limit keeping the finished lines, writing nothing to --out', async () => {
    const d = tempDir();
    // The cheap point runs first (cheapest first) and prints; the N = 512 point takes many seconds.
    const heavy = writeJson(d, 'heavy.json', {
      base: { trials: 2 },
      series: [{ label: 'n = 3', sweep: { N: [512, 16] } }],
    });
    const out = join(d, 'never.jsonl');
    const r = await dam(['capacity', '--config', heavy, '--time-limit', '1', '--out', out]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((l) => l.index)).toEqual([1]);
    expect(oneLine(r.stderr)).toBe(
      `dam: stopped after 1 s (--time-limit 1): 1 of 2 points done; the lines above are the finished points; nothing written to "${out}"`,
    );
    expect(existsSync(out)).toBe(false);
  });
});
