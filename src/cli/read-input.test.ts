import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, readFileCapped, readStreamCapped } from './read-input';

describe('the CLI input cap', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dam-input-'));
  const file = join(dir, 'case.json');
  writeFileSync(file, 'x'.repeat(1000));

  it('is 256 MB', () => expect(MAX_INPUT_BYTES).toBe(268435456));

  it('checks a file size before reading it', async () => {
    await expect(readFileCapped(file, 1000)).resolves.toHaveLength(1000);
    await expect(readFileCapped(file, 999)).rejects.toThrow(
      `"${file}": 1000 bytes, more than the 999 bytes limit`,
    );
  });

  it('stops reading a stream past the cap, even an endless one', async () => {
    const chunks = ['ab', 'cd', 'ef'];
    await expect(readStreamCapped(Readable.from(chunks), 6, 'standard input')).resolves.toBe(
      'abcdef',
    );
    await expect(readStreamCapped(Readable.from(chunks), 5, 'standard input')).rejects.toThrow(
      'standard input: more than the 5 bytes limit',
    );
    // /dev/zero never ends; its size reads 0, so the stream cap is what stops it.
    await expect(readFileCapped('/dev/zero', 2 ** 20)).rejects.toThrow(
      '"/dev/zero": more than the 1 MB limit',
    );
  });

  it('names a missing file and a directory', async () => {
    await expect(readFileCapped(join(dir, 'none.json'), 10)).rejects.toThrow(/: ENOENT$/);
    await expect(readFileCapped(dir, 10)).rejects.toThrow(/: it is a directory$/);
  });
});
