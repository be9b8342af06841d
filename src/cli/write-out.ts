/**
 * A command's output file: checked before any work starts (checkOutPath), then written whole or
 * not at all (writeWhole): the text goes to a temporary file beside the target, which is then
 * renamed over it (one step on the same file system). A failure removes the temporary file and
 * throws one line naming the path: no partial file is left.
 */
import { accessSync, constants, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
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

/**
 * Throws one line unless `path` can be written: not a directory, in an existing directory, and
 * writable (the file when it exists, else its directory). Runs before any data loads.
 */
export function checkOutPath(path: string): void {
  const file = resolve(path);
  const dir = dirname(file);
  const fail = (why: string) => new Error(`cannot write --out ${quote(path)}: ${why}`);
  let exists = true;
  try {
    if (statSync(file).isDirectory()) throw fail('it is a directory');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    exists = false;
  }
  let dirOk = false;
  try {
    dirOk = statSync(dir).isDirectory();
  } catch {
    // reported below
  }
  if (!dirOk) throw fail(`directory ${quote(dir)} does not exist`);
  try {
    accessSync(exists ? file : dir, constants.W_OK);
  } catch {
    throw fail(exists ? 'the file is not writable' : `directory ${quote(dir)} is not writable`);
  }
}
