/**
 * Test helpers for `dam capacity` and `dam merge`: a small grid (two points, N = 16 and 24, a few
 * trials, so a run takes milliseconds) written to a fresh directory, and the one-line check of
 * stderr every refusal must pass.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';

/** Two points in two series: index 0 (n = 2, fixed) and index 1 (n = 3, bits). */
export const SMALL_GRID = {
  base: { data: { N: 16 }, trials: 4, kCap: 256 },
  series: [
    { label: 'n = 2', set: { model: { n: 2 } }, sweep: { N: [16] } },
    {
      label: 'n = 3, bits',
      set: { model: { n: 3 }, criterion: { kind: 'bits' } },
      sweep: { N: [24] },
    },
  ],
};

/** A fresh temporary directory. */
export const tempDir = () => mkdtempSync(join(tmpdir(), 'dam-capacity-'));

/** Writes `value` as JSON into `dir/name` and returns the path. */
export function writeJson(dir: string, name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

/** stderr is exactly one line starting "dam: " and no stack trace; returns the line. */
export function oneLine(stderr: string): string {
  const lines = stderr.split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toBe('');
  expect(lines[0]).toMatch(/^dam: /);
  expect(stderr).not.toMatch(/\bat .*:\d+:\d+/);
  return lines[0];
}
