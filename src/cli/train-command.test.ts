import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dam } from './run-cli';

describe('dam train (CLI)', () => {
  it('trains on a subset, prints one JSON line per epoch and writes a snapshot', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dam-train-')), 'snap.json');
    const args = [
      'train',
      '--n',
      '3',
      '--K',
      '8',
      '--epochs',
      '2',
      '--subset',
      '50',
      '--seed',
      '2',
    ];
    const [r, again] = await Promise.all([dam([...args, '--out', out]), dam(args)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    lines.forEach((l, k) => {
      expect(Object.keys(l).sort()).toEqual([
        'epoch',
        'ms',
        'testError',
        'trainError',
        'trainLoss',
      ]);
      expect(l.epoch).toBe(k + 1);
      expect(Number.isFinite(l.trainLoss)).toBe(true);
      expect(l.testError).toBeGreaterThanOrEqual(0);
      expect(l.testError).toBeLessThanOrEqual(1);
    });
    const strip = (s: string) => s.replace(/"ms":\d+/g, '');
    expect(strip(again.stdout)).toBe(strip(r.stdout));
    const snap = JSON.parse(readFileSync(out, 'utf8'));
    expect(snap).toMatchObject({ format: 'dam-kh-snapshot', n: 3, m: 30, K: 8, T: 540, epoch: 2 });
    expect(snap.memories).toHaveLength(8);
    expect(snap.memories[0]).toHaveLength(794);
    expect(snap.memories.flat().every((x: number) => x >= -1 && x <= 1)).toBe(true);
  });

  it.each([
    [['--n', 'three'], /--n must be an integer/],
    [['--K', '0'], /--K must be an integer/],
    [['--batch'], /--batch needs a value/],
    [['--lr', '1'], /unknown option "--lr"/],
    [['--T', '-5'], /--T must be a number > 0/],
  ])('rejects %j with one line on stderr and exit 2', async (extra, pattern) => {
    const r = await dam(['train', ...extra]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
  });
});
