import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeWhole } from './write-out';

describe('writeWhole', () => {
  it('writes the file, replacing an older one, and leaves nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dam-write-'));
    const file = join(dir, 'run.json');
    writeFileSync(file, 'old and longer');
    writeWhole(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['run.json']);
  });

  it('fails with one line naming the path and leaves no partial file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dam-write-'));
    // A non-empty directory in the way: the text is written, the rename over it fails.
    const target = join(dir, 'run.json');
    mkdirSync(target);
    writeFileSync(join(target, 'keep'), 'x');
    expect(() => writeWhole(target, 'text')).toThrow(
      new RegExp(`^cannot write "${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}": E[A-Z]+$`),
    );
    expect(readdirSync(dir)).toEqual(['run.json']);
    expect(readdirSync(target)).toEqual(['keep']);
    // A directory that does not exist: nothing is created.
    const missing = join(dir, 'none', 'run.json');
    expect(() => writeWhole(missing, 'text')).toThrow(`cannot write "${missing}": ENOENT`);
    expect(readdirSync(dir)).toEqual(['run.json']);
  });
});
