/**
 * Writes a command's output file whole or not at all: the text goes to a temporary file beside
 * the target, which is then renamed over it (one step on the same file system). A failure
 * removes the temporary file and throws one line naming the path: no partial file is left.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { quote } from '../schema/parse';

const reason = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

export function writeWhole(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw new Error(`cannot write ${quote(path)}: ${reason(e)}`, { cause: e });
  }
}
