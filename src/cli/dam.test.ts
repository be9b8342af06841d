import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dam, damChild } from './run-cli';
import { flipNoise } from '../core/dynamics/corrupt';
import { randomPatterns } from '../core/data/datasets';
import { createRng } from '../core/util/random';
import { referenceRun, type RefCase } from '../test-utils/reference-dam';

function randomCase(
  seed: number,
  energy: RefCase['energy'],
  N: number,
  K: number,
  n: number,
  beta: number,
  mode: RefCase['mode'],
): RefCase {
  const rng = createRng(seed);
  const memories = randomPatterns(K, N, rng);
  const rows = Array.from({ length: K }, (_, mu) =>
    Array.from(memories.data.slice(mu * N, (mu + 1) * N)),
  );
  const binaryStart =
    seed % 2 === 0 ? flipNoise(rows[0], 0.3, rng) : randomPatterns(1, N, rng).data;
  const state =
    energy === 'softmax'
      ? Array.from(binaryStart, (v) => v * 0.5 + 0.3 * rng.normal())
      : Array.from(binaryStart);
  return { energy, n, beta, memories: rows, state, mode, maxSteps: 30 };
}

const asJson = (c: RefCase) =>
  JSON.stringify({
    model: { energy: c.energy, n: c.n, beta: c.beta },
    memories: c.memories,
    state: c.state,
    dynamics: { mode: c.mode, order: 'sequential', seed: 0, maxSteps: c.maxSteps },
  });

describe('dam retrieve (CLI)', () => {
  const cases: RefCase[] = [
    randomCase(1, 'polynomial', 64, 12, 2, 1, 'async'),
    randomCase(2, 'polynomial', 100, 40, 3, 1, 'async'),
    randomCase(3, 'polynomial', 100, 40, 3, 1, 'sync'),
    randomCase(4, 'rectified', 90, 30, 5, 1, 'async'),
    randomCase(5, 'rectified', 80, 20, 2, 1, 'sync'),
    randomCase(6, 'exponential', 40, 200, 2, 0.3, 'async'),
    randomCase(7, 'exponential', 50, 50, 2, 1e3, 'sync'),
    randomCase(8, 'exponential', 60, 30, 2, 1e-3, 'async'),
    randomCase(9, 'polynomial', 257, 50, 60, 1, 'async'),
    randomCase(10, 'polynomial', 4096, 5, 60, 1, 'async'),
    randomCase(11, 'softmax', 50, 10, 2, 4, 'sync'),
    randomCase(12, 'softmax', 50, 10, 2, 0.05, 'sync'),
    // One update from a noisy start moves far more than the tolerance: not settled.
    { ...randomCase(13, 'softmax', 50, 10, 2, 4, 'sync'), maxSteps: 1 },
  ];

  it('agrees with an independent implementation on random cases (all energies, async and sync, up to N = 4096, n = 60)', async () => {
    const results = await Promise.all(cases.map((c) => dam(['retrieve'], asJson(c))));
    expect(results).toHaveLength(13);
    // Both outcomes of each family are compared, not only settled runs.
    const settled = cases.map((c) => referenceRun(c).converged);
    expect(settled.filter((v, k) => v && cases[k].energy === 'softmax')).toHaveLength(2);
    expect(settled.filter((v, k) => !v && cases[k].energy === 'softmax')).toHaveLength(1);
    results.forEach((r, k) => {
      const c = cases[k];
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/null|NaN|Infinity/);
      const out = JSON.parse(r.stdout);
      expect(Object.keys(out).sort()).toEqual(['converged', 'energies', 'final', 'steps']);
      const ref = referenceRun(c);
      expect(out.final).toHaveLength(c.state.length);
      expect(ref.final).toHaveLength(c.state.length);
      if (c.energy === 'softmax') {
        out.final.forEach((v: number, i: number) => expect(v).toBeCloseTo(ref.final[i], 10));
      } else {
        expect(out.final).toEqual(ref.final);
      }
      expect(out.converged).toBe(ref.converged);
      expect(out.steps).toBe(ref.steps);
      expect(out.energies).toHaveLength(out.steps);
      out.energies.forEach((e: number) => expect(Number.isFinite(e)).toBe(true));
      if (c.mode === 'async' || c.energy === 'softmax') {
        for (let t = 1; t < out.energies.length; t++) {
          expect(out.energies[t]).toBeLessThanOrEqual(
            out.energies[t - 1] * (1 + Math.sign(out.energies[t - 1]) * 1e-12) + 1e-12,
          );
        }
      }
    });
  });

  it('reads --input files, defaults n = 2 and beta = 1, and reproduces seeded random order exactly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dam-cli-'));
    const c = randomCase(21, 'polynomial', 80, 20, 2, 1, 'async');
    const body = {
      model: { energy: 'polynomial' },
      memories: c.memories,
      state: c.state,
      dynamics: { mode: 'async', order: 'random', seed: 77, maxSteps: 40 },
    };
    const file = join(dir, 'case.json');
    writeFileSync(file, JSON.stringify(body));
    const [a, b, viaStdin] = await Promise.all([
      dam(['retrieve', '--input', file]),
      dam(['retrieve', '--input', file]),
      dam(['retrieve'], JSON.stringify(body)),
    ]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toBe(viaStdin.stdout);
    expect(JSON.parse(a.stdout).converged).toBe(true);
  });

  it('runs through `npm run dam` in a child process: output, stderr and exit status', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dam-cli-'));
    const c = randomCase(22, 'polynomial', 40, 6, 3, 1, 'async');
    const file = join(dir, 'case.json');
    writeFileSync(file, asJson(c));
    const [child, usage] = await Promise.all([
      damChild(['retrieve', '--input', file]),
      damChild(['fly']),
    ]);
    expect(child.stderr).toBe('');
    expect(child.code).toBe(0);
    expect(child.stdout).toBe((await dam(['retrieve', '--input', file])).stdout);
    expect(JSON.parse(child.stdout).final).toEqual(referenceRun(c).final);
    expect(usage.code).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toMatch(/^dam: unknown command "fly" .*\n$/);
  });

  const oneLine = (stderr: string) => {
    const lines = stderr.split('\n');
    expect(lines).toHaveLength(2); // one line and its newline
    expect(lines[1]).toBe('');
    expect(lines[0]).toMatch(/^dam: /);
    expect(stderr).not.toMatch(/\bat .*:\d+:\d+/);
    return lines[0];
  };

  it('refuses bad cases with exactly one line on stderr, nothing on stdout and exit 1', async () => {
    const base = { model: { energy: 'polynomial' }, memories: [[1, -1]], state: [1, 1] };
    const bad: [string, RegExp][] = [
      ['{"model": ', /^dam: the case: not valid JSON/],
      [
        JSON.stringify({ ...base, dynamics: { maxstep: 3 } }),
        /^dam: dynamics\.maxstep: unknown key$/,
      ],
      [JSON.stringify({ ...base, dynamics: { seed: 1e300 } }), /^dam: dynamics\.seed: .*1e\+300/],
      ['{"__proto__": {}, "model": {"energy": "softmax"}}', /^dam: __proto__: key "__proto__"/],
      [
        JSON.stringify({ ...base, memories: [[[1, -1]]] }),
        /^dam: the case: nested 4 levels deep, more than the 3 allowed$/,
      ],
      [
        JSON.stringify({ model: { energy: 'softmax', beta: 2 }, memories: [[1e300]], state: [1] }),
        /^dam: memories: values up to 1e\+300 overflow float64 in β·ξ·x/,
      ],
    ];
    const results = await Promise.all(bad.map(([input]) => dam(['retrieve'], input)));
    results.forEach((r, k) => {
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(oneLine(r.stderr)).toMatch(bad[k][1]);
    });
  });

  it('answers usage errors with exactly one line and exit 2, --help with the usage on stdout', async () => {
    const long = 'y'.repeat(300);
    const [unknown, none, option, limit, train, help] = await Promise.all([
      dam(['fly']),
      dam([]),
      dam(['retrieve', `--${long}`]),
      dam(['retrieve', '--time-limit', '0']),
      dam(['train', '--epochs', long]),
      dam(['--help']),
    ]);
    expect(oneLine(unknown.stderr)).toBe(
      'dam: unknown command "fly" (try: dam retrieve --input case.json, or dam --help)',
    );
    expect(oneLine(none.stderr)).toMatch(/^dam: no command given \(try: /);
    const quoted = /unknown option (".*)$/.exec(oneLine(option.stderr))![1];
    expect(quoted).toHaveLength(80);
    expect(oneLine(limit.stderr)).toBe(
      'dam: --time-limit must be a number of seconds 1–86400 (got "0")',
    );
    expect(oneLine(train.stderr)).toMatch(/^dam: --epochs must be an integer 1–1000 \(got "y+…\)$/);
    expect(oneLine(train.stderr).length).toBeLessThan(130);
    for (const r of [unknown, none, option, limit, train]) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
    }
    expect(help.code).toBe(0);
    expect(help.stderr).toBe('');
    expect(help.stdout).toMatch(/^usage: dam retrieve .*\nusage: dam train /);
  });

  it('names a missing input file with exit 1', async () => {
    const missing = await dam(['retrieve', '--input', '/nonexistent/case.json']);
    expect(missing.code).toBe(1);
    expect(oneLine(missing.stderr)).toBe('dam: cannot read "/nonexistent/case.json": ENOENT');
  });
});
