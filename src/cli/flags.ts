/**
 * Command-line flags of the `dam` commands: `--name value` or `--name=value`, each at most once,
 * only the names the command knows. Every problem is a UsageError: one line, exit status 2.
 */
import { quote } from '../schema/parse';

/** A malformed command line: reported as one line on stderr, exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The flags given, by name without the dashes; throws UsageError on the first problem. */
export function parseFlags(args: readonly string[], known: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let k = 0; k < args.length; k++) {
    const arg = args[k];
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument ${quote(arg)}`);
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!known.includes(name)) throw new UsageError(`unknown option ${quote(`--${name}`)}`);
    if (flags.has(name)) throw new UsageError(`--${name} given twice`);
    const value = eq >= 0 ? arg.slice(eq + 1) : args[++k];
    if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
    flags.set(name, value);
  }
  return flags;
}

const NUMERAL = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const WHOLE = /^\d+$/;

/** A decimal numeral as a number, NaN for anything else ("", "0x10", "Infinity", " 1"). */
export const readNumber = (value: string): number => (NUMERAL.test(value) ? Number(value) : NaN);

/** Digits only, as a number; NaN otherwise ("1e3", "2.0", "-1"). */
export const readWhole = (value: string): number => (WHOLE.test(value) ? Number(value) : NaN);

/** How a flag's text reads: a number, free text, or a comma list of whole numbers. */
export type FlagKind = 'number' | 'text' | 'list';

/** The value of flag `--name`'s text; UsageError when it is not of the flag's kind. */
export function readFlagValue(name: string, kind: FlagKind, text: string): unknown {
  if (kind === 'text') return text;
  if (kind === 'list') {
    const items = text.split(',').map(readWhole);
    if (items.some((x) => !Number.isFinite(x))) {
      throw new UsageError(
        `--${name} must be whole numbers separated by commas (got ${quote(text)})`,
      );
    }
    return items;
  }
  const x = readNumber(text);
  if (!Number.isFinite(x)) throw new UsageError(`--${name} must be a number (got ${quote(text)})`);
  return x;
}
