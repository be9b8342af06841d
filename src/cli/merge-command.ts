/**
 * `dam merge a.jsonl b.jsonl … --config grid.json [--out result.json]`: joins the JSON lines of
 * `dam capacity --config grid.json --shard k/m` runs (any order, empty shards included) into one
 * result file (mergeLines), the file the capacity lab opens. A missing, duplicate or foreign
 * point, or a line that is not a point of the grid, is refused with one line (exit status 1);
 * nothing is written then. Without --out the result file is printed.
 */
import { mergeLines } from '../core/capacity/grid';
import type { PointLine } from '../core/capacity/types';
import { parseResultFile } from '../schema/capacity';
import { InputError, quote } from '../schema/parse';
import { readGridFile } from './capacity-command';
import { parseFlags, UsageError } from './flags';
import { MAX_INPUT_BYTES, readFileCapped } from './read-input';
import { checkOutPath, writeWhole } from './write-out';

export const MERGE_USAGE =
  'usage: dam merge shard-0.jsonl shard-1.jsonl … --config grid.json [--out result.json]   ' +
  '(the lines of every shard of the grid, joined into one result file; printed without --out)';

/** The command line split into shard files (the bare arguments) and flags. */
export function parseMergeArgs(args: readonly string[]): {
  files: string[];
  config: string;
  out?: string;
} {
  const files: string[] = [];
  const flagArgs: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const arg = args[k];
    if (!arg.startsWith('--')) files.push(arg);
    else if (arg.includes('=') || k + 1 === args.length) flagArgs.push(arg);
    else flagArgs.push(arg, args[++k]);
  }
  const flags = parseFlags(flagArgs, ['config', 'out']);
  const config = flags.get('config');
  if (config === undefined) throw new UsageError('--config grid.json is needed (the grid run)');
  if (files.length === 0)
    throw new UsageError('no shard files given (dam merge a.jsonl b.jsonl …)');
  return { files, config, out: flags.get('out') };
}

/** The lines of one shard file: one JSON object each, blank lines skipped. */
export function readShardLines(path: string, text: string): PointLine[] {
  const lines: PointLine[] = [];
  text.split('\n').forEach((raw, k) => {
    if (raw.trim() === '') return;
    const where = `${quote(path)} line ${k + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new InputError(`${where}: not valid JSON`);
    }
    const line = value as Partial<PointLine> | null;
    if (
      typeof line !== 'object' ||
      line === null ||
      Array.isArray(line) ||
      !Number.isSafeInteger(line.index) ||
      typeof line.series !== 'string'
    ) {
      throw new InputError(`${where}: not a point line of dam capacity (index, series, result)`);
    }
    lines.push(line as PointLine);
  });
  return lines;
}

export async function mergeCommand(args: string[], print: (line: string) => void): Promise<void> {
  const { files, config, out } = parseMergeArgs(args);
  if (out !== undefined) checkOutPath(out);
  const grid = await readGridFile(config);
  const lines: PointLine[] = [];
  for (const path of files) {
    lines.push(...readShardLines(path, await readFileCapped(path, MAX_INPUT_BYTES)));
  }
  // mergeLines places every line in the grid (or names the one it cannot); the schema then checks
  // the whole file exactly as the lab will when it opens it.
  const result = parseResultFile(mergeLines(grid, lines));
  const text = JSON.stringify(result);
  if (out === undefined) print(text);
  else writeWhole(out, text + '\n');
}
