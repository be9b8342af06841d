import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dam } from './run-cli';
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
  ];

  it('agrees with an independent implementation on random cases (all energies, async and sync, up to N = 4096, n = 60)', async () => {
    const results = await Promise.all(cases.map((c) => dam(['retrieve'], asJson(c))));
    results.forEach((r, k) => {
      const c = cases[k];
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(Object.keys(out).sort()).toEqual(['converged', 'energies', 'final', 'steps']);
      const ref = referenceRun(c);
      if (c.energy === 'softmax') {
        out.final.forEach((v: number, i: number) => expect(v).toBeCloseTo(ref.final[i], 10));
      } else {
        expect(out.final).toEqual(ref.final);
        expect(out.converged).toBe(ref.converged);
      }
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

  it.each([
    ['broken JSON', '{"model": ', /not valid JSON/],
    [
      'ragged rows',
      JSON.stringify({ model: { energy: 'polynomial' }, memories: [[1, 1], [1]], state: [1, 1] }),
      /ragged/,
    ],
    [
      'non-±1 values',
      JSON.stringify({ model: { energy: 'polynomial' }, memories: [[1, 0.5]], state: [1, 1] }),
      /±1/,
    ],
    [
      'unknown energy',
      JSON.stringify({ model: { energy: 'cubic' }, memories: [[1]], state: [1] }),
      /model.energy/,
    ],
    [
      'n out of range',
      JSON.stringify({ model: { energy: 'rectified', n: 61 }, memories: [[1]], state: [1] }),
      /n must be/,
    ],
    [
      'beta out of range',
      JSON.stringify({ model: { energy: 'softmax', beta: 0 }, memories: [[1]], state: [1] }),
      /beta must be/,
    ],
    [
      'state length',
      JSON.stringify({ model: { energy: 'softmax' }, memories: [[1, 2]], state: [1] }),
      /length 1/,
    ],
    [
      'bad mode',
      JSON.stringify({
        model: { energy: 'softmax' },
        memories: [[1]],
        state: [1],
        dynamics: { mode: 'both' },
      }),
      /dynamics.mode/,
    ],
  ])(
    'rejects %s with one clear line on stderr and a non-zero exit',
    async (_name, input, pattern) => {
      const r = await dam(['retrieve'], input);
      expect(r.code).not.toBe(0);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(pattern);
      expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/);
    },
  );

  it('names a missing input file and an unknown command', async () => {
    const missing = await dam(['retrieve', '--input', '/nonexistent/case.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read \/nonexistent\/case.json: ENOENT/);
    const unknown = await dam(['fly']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "fly"/);
  });
});
