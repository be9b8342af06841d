import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATE_CLASSES } from '../core/census/types';
import { dam } from './run-cli';

const run = (...args: string[]) => dam(['census', ...args]);
const SMALL = ['--N', '36', '--P', '4', '--E', '6', '--p', '0.1', '--probes', '300'];

describe('dam census from flags', () => {
  it('prints one JSON object with counts, shares, SR per class and the AUCs', async () => {
    const r = await run(...SMALL, '--seed', '1');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const j = JSON.parse(r.stdout);
    for (const key of ['counts', 'shares', 'sr']) {
      expect(Object.keys(j[key]).sort()).toEqual([...STATE_CLASSES].sort());
    }
    for (const c of STATE_CLASSES) {
      expect(
        j.sr[c] === null || (typeof j.sr[c].mean === 'number' && typeof j.sr[c].std === 'number'),
      ).toBe(true);
    }
    expect(j.spec.task).toMatchObject({ side: 6, P: 4, E: 6, p: 0.1, seed: 1 });
    expect(j.probes.total).toBe(300 + 200);
    expect(j.states).toBeGreaterThan(0);
    expect('srAuc' in j && 'srAucRest' in j && typeof j.ms === 'number').toBe(true);
    const again = JSON.parse((await run(...SMALL, '--seed', '1')).stdout);
    expect({ ...again, ms: 0 }).toEqual({ ...j, ms: 0 });
  });
  it('seeds, the network flags and --phase', async () => {
    const j = JSON.parse(
      (
        await run(
          ...SMALL,
          '--seed',
          '3',
          '--probe-seed',
          '4',
          '--network',
          'polynomial',
          '--n',
          '3',
          '--prototype-probes',
          '0',
          '--example-probes',
          '10',
          '--noise',
          '0.2',
          '--phase',
        )
      ).stdout,
    );
    expect(j.spec.task.seed).toBe(3);
    expect(j.spec.probes).toEqual({
      random: 300,
      examples: 10,
      prototypes: 0,
      noise: 0.2,
      seed: 4,
    });
    expect(j.spec.network).toEqual({ kind: 'polynomial', n: 3 });
    expect(j.phase.cells.length).toBe(56);
    expect(j.phase.cells[0].theory).toBeNull();
  });
  it('refuses bad flags with one line naming the flag, exit 2', async () => {
    const bad: [string[], RegExp][] = [
      [['--N', '99'], /--N must be a perfect square from 25 to 400/],
      [['--N', '441'], /--N must be a perfect square/],
      [['--N', '100', '--side', '10'], /--N or --side/],
      [['--P', '41'], /^dam: --P \(task\.P: must be a whole number from 1 to 40/],
      [['--p', 'x'], /--p must be a number/],
      [['--network', 'dense'], /--network \(network\.kind/],
      [['--task', 'mnist', '--p', '0.1'], /--p \(task\.p: unknown key/],
      [['--task', 'mnist', '--phase'], /--phase maps random tasks only/],
      [['--config', 'x.json', '--P', '3'], /with --config the file sets it/],
      [['--what', '1'], /unknown option/],
    ];
    for (const [args, re] of bad) {
      const r = await run(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(re);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('dam census --config', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dam-census-'));
  it('runs the census, the test census and the phase map of the file, and writes --out', async () => {
    const cfg = join(dir, 'c.json');
    const out = join(dir, 'out.json');
    writeFileSync(
      cfg,
      JSON.stringify({
        census: { task: { side: 6, P: 3, E: 5 }, probes: { random: 100, prototypes: 0 } },
        test: { task: { side: 6, P: 5, E: 5 }, probes: { random: 100 } },
        phase: { side: 6, P: 3, Es: [2, 10], ps: [0, 0.2], trials: 3 },
      }),
    );
    const r = await run('--config', cfg, '--out', out);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.spec.task.P).toBe(3);
    expect(j.test.spec.task.P).toBe(5);
    expect(j.phase.cells).toHaveLength(4);
    expect(readFileSync(out, 'utf8')).toBe(r.stdout);
  });
  it('a bare spec works; broken JSON and bad fields are one line, exit 1', async () => {
    const bare = join(dir, 'bare.json');
    writeFileSync(bare, JSON.stringify({ task: { side: 5, P: 2, E: 2 }, probes: { random: 20 } }));
    expect((await run('--config', bare)).code).toBe(0);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"census": ');
    const b = await run('--config', broken);
    expect(b.code).toBe(1);
    expect(b.stderr).toMatch(/broken\.json.*not valid JSON/);
    writeFileSync(broken, '{"census": {"task": {"E": 0}}}');
    expect((await run('--config', broken)).stderr).toMatch(
      /census\.task\.E: must be a whole number/,
    );
  });
  it('trains the classifiers on the census and tests them on the test census or a split', async () => {
    const cfg = join(dir, 'k.json');
    const census = { task: { side: 10, P: 10, E: 20 }, probes: { random: 1500 } };
    writeFileSync(
      cfg,
      JSON.stringify({
        census,
        test: { ...census, task: { ...census.task, P: 20, seed: 5 } },
        classifier: { epochs: 30, normalise: false },
      }),
    );
    const j = JSON.parse((await run('--config', cfg)).stdout);
    expect(j.classifiers.split).toBe('task');
    expect(j.classifiers.rows.map((m: { kind: string }) => m.kind)).toEqual([
      'sr',
      'logistic',
      'svm',
      'mlp',
    ]);
    expect(j.classifiers.train.rows).toBe(j.states);
    expect(j.classifiers.test.rows).toBe(j.test.states);
    expect(j.classifiers.weights[1].w).toHaveLength(32);
    const f = JSON.parse(
      (await run('--N', '100', '--P', '10', '--probes', '1500', '--classify')).stdout,
    );
    expect(f.classifiers.split).toBe('split');
    expect(f.classifiers.train.rows + f.classifiers.test.rows).toBe(f.states);
    writeFileSync(cfg, JSON.stringify({ census, classifier: { L: 1 } }));
    const bad = await run('--config', cfg);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/classifier\.L/);
  });
});
