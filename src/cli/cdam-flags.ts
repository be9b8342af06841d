/**
 * The command line of `dam cdam`: a config file (src/schema/cdam.ts parseCdamConfigText), or the
 * range-of-recall sweep on a ring (docs/models.md §10.3) built from flags and parsed by the same
 * schema, so every range is the config's. Defaults are the paper's: P = 30, N = 1000, β = 1,
 * η = 0.1, 100 steps, noise 1, seed 1; with --a or --h alone the other is tied as in the paper's
 * sweep (h = 1 − a); with neither and no --pairs, the paper's four pairs. Every problem is a
 * UsageError naming the flag.
 */
import { RANGE_OF_RECALL_PAPER, type RangeOfRecallSpec } from '../core/cdam/experiments';
import { parseRangeOfRecallSpec } from '../schema/cdam';
import { InputError, quote } from '../schema/parse';
import { parseFlags, readFlagValue, readNumber, UsageError } from './flags';
import { parseTimeLimit } from './time-limit';

/** Flag name → field of the RangeOfRecallSpec, as parseRangeOfRecallSpec names it. */
export const CDAM_FLAGS: Readonly<Record<string, string>> = {
  P: 'P',
  N: 'N',
  beta: 'beta',
  eta: 'eta',
  steps: 'steps',
  noise: 'noise',
  seed: 'seed',
};
const COMMON = ['out', 'time-limit'];
const OWN = ['graph', 'a', 'h', 'pairs'];

export const CDAM_USAGE = [
  'usage: dam cdam [--graph ring] [--P 30] [--N 1000] [--a 1] [--h 0] [--beta 1] [--eta 0.1] [--steps 100]',
  '         [--noise 1] [--seed 1] [--pairs "1,0;0.5,0.5;-0.5,1.5;-2,3"] [--out result.json] [--time-limit 60]',
  '       dam cdam --config cdam.json [--out result.json] [--time-limit 60]',
  '  (CDAM, graph-linked memories: the range-of-recall sweep on a ring of P memories ~ U(0,1)^N, each cued',
  '  in turn; prints one JSON object {"spec", "a", "h", "byDistance", "attractorByDistance", "modes"} for one',
  '  (a, h), or {"spec", "rows": [...]} for --pairs (default: the paper\'s four); --a alone sets h = 1 − a.',
  '  A config runs one experiment: {"experiment": "range" | "run" | "sequence" | "automaton" | "phase", …};',
  '  its graph may be {"preset": "ring" | "cycle" | "sbm2" | "sbm3" | "karate" | "tree" | "empty"})',
].join('\n');

/** "1,0;0.5,0.5" → [{a: 1, h: 0}, {a: 0.5, h: 0.5}]. */
export function readPairs(text: string): Array<{ a: number; h: number }> {
  const bad = () =>
    new UsageError(
      `--pairs must be a,h pairs separated by semicolons, like "1,0;-0.5,1.5" (got ${quote(text)})`,
    );
  return text.split(';').map((item) => {
    const parts = item.split(',').map((s) => readNumber(s.trim()));
    if (parts.length !== 2 || !parts.every(Number.isFinite)) throw bad();
    return { a: parts[0], h: parts[1] };
  });
}

/** The sweep of the flags; UsageError naming the flag when the schema refuses a value. */
export function cdamFromFlags(flags: ReadonlyMap<string, string>): {
  spec: RangeOfRecallSpec;
  single: boolean;
} {
  const graph = flags.get('graph') ?? 'ring';
  if (graph !== 'ring')
    throw new UsageError(
      `--graph: only ring with flags (the range-of-recall sweep runs on a ring); got ${quote(graph)}: ` +
        'other graphs and experiments go in a --config file',
    );
  const raw: Record<string, unknown> = { ...RANGE_OF_RECALL_PAPER };
  for (const [name, field] of Object.entries(CDAM_FLAGS)) {
    const text = flags.get(name);
    if (text !== undefined) raw[field] = readFlagValue(name, 'number', text);
  }
  const aText = flags.get('a');
  const hText = flags.get('h');
  const pairsText = flags.get('pairs');
  const single = aText !== undefined || hText !== undefined;
  if (single && pairsText !== undefined)
    throw new UsageError(
      `--${aText !== undefined ? 'a' : 'h'} sets one pair; --pairs sets several: give one or the other`,
    );
  if (single) {
    const a = aText === undefined ? undefined : (readFlagValue('a', 'number', aText) as number);
    const h = hText === undefined ? undefined : (readFlagValue('h', 'number', hText) as number);
    raw.pairs = [{ a: a ?? 1 - (h as number), h: h ?? 1 - (a as number) }];
  } else if (pairsText !== undefined) raw.pairs = readPairs(pairsText);
  try {
    return { spec: parseRangeOfRecallSpec(raw), single };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const m = /^pairs\[\d+\]\.([ah])$/.exec(e.field);
    const flag = m
      ? single
        ? m[1]
        : 'pairs'
      : e.field.startsWith('pairs')
        ? 'pairs'
        : Object.keys(CDAM_FLAGS).find((k) => CDAM_FLAGS[k] === e.field);
    if (flag === undefined) throw new UsageError(e.message, { cause: e });
    throw new UsageError(`--${flag} (${e.message})`, { cause: e });
  }
}

export type CdamArgs = { out?: string; timeLimit: number } & (
  { mode: 'config'; config: string } | { mode: 'flags'; spec: RangeOfRecallSpec; single: boolean }
);

/** The arguments of `dam cdam`; UsageError (exit 2) on any problem. */
export function parseCdamArgs(args: readonly string[]): CdamArgs {
  const flags = parseFlags(args, [...Object.keys(CDAM_FLAGS), ...OWN, ...COMMON, 'config']);
  const timeLimit = parseTimeLimit(flags.get('time-limit'));
  const common = { out: flags.get('out'), timeLimit };
  const config = flags.get('config');
  if (config !== undefined) {
    const clash = [...flags.keys()].find((k) => !COMMON.includes(k) && k !== 'config');
    if (clash !== undefined)
      throw new UsageError(`--${clash} sets the run; with --config the file sets it`);
    return { ...common, mode: 'config', config };
  }
  return { ...common, mode: 'flags', ...cdamFromFlags(flags) };
}
