/**
 * docs/adding-a-lab.md matches the code: every file it names exists (the example lab's own files
 * aside), and every function, type and option its example uses is exported where it says.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const doc = readFileSync('docs/adding-a-lab.md', 'utf8');

describe('docs/adding-a-lab.md', () => {
  it('names only files that exist', () => {
    const paths = [...doc.matchAll(/`((?:src|scripts|workers|e2e)\/[^`\s<>*]+?)`/g)]
      .map((m) => m[1].replace(/[:,]$/, ''))
      .filter((p) => !p.startsWith('src/labs/overlaps/'));
    expect(paths.length).toBeGreaterThan(10);
    const missing = paths.filter((p) => !existsSync(p) && !existsSync(`${p}.ts`));
    expect(missing).toEqual([]);
  });

  it.each([
    ['src/shell/lab-definition.tsx', /export function defineLab</],
    ['src/engine/room.ts', /export const defineRoom/],
    ['src/engine/room.ts', /calibration\?: Workload/],
    ['src/shell/persist/lab-codec.ts', /export const defineCodec/],
    ['src/shell/cache.ts', /export function createCache/],
    ['src/shell/lab-runtime.ts', /export function createLabRuntime<R>\(lab: string\)/],
    ['src/shell/lab-definition.tsx', /context\?: LabRuntimeContext<R>/],
    ['src/core/util/abort.ts', /export function throwIfAborted/],
    ['src/core/util/abort.ts', /export function isAbortError/],
    ['src/store/index.ts', /export interface LabSlices/],
    ['src/shell/compute.ts', /ensureMemories\(\): Promise<number \| null>/],
    ['src/shell/compute.ts', /ensureMnist\(\): Promise<void>/],
    ['src/shell/compute.ts', /whenReady\(\): Promise<BackendInfo>/],
    ['src/labs/registry.ts', /export const LABS = \[/],
    ['workers/compute.worker.ts', /src\/labs\/\*\/worker\/room\.ts/],
    [
      'src/shell/lab-definition.tsx',
      /testHook\?: \(\) => Promise<\{ install\(runtime: \(\) => R, shell: Shell\): object \}>/,
    ],
  ])('%s has %s', (file, pattern) => {
    expect(readFileSync(file, 'utf8')).toMatch(pattern);
  });
});
