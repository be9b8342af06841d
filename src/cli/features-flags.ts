/**
 * The command line of `dam features`: a config file (src/schema/features.ts), or the same config
 * built from flags and then parsed by the one schema, parseFeaturesConfig, so every range is the
 * config's. Every problem is a UsageError naming the flag.
 */
import type { FeaturesExperimentSpec } from '../core/features/experiment-types';
import { parseFeaturesConfig } from '../schema/features';
import { InputError, quote } from '../schema/parse';
import { parseFlags, readFlagValue, readNumber, UsageError } from './flags';
import { parseTimeLimit } from './time-limit';

type Kind = 'number' | 'numbers' | 'wholes' | 'text' | 'texts';

/** Flag name (without the dashes) → field path in the config, as parseFeaturesConfig names it. */
export const FEATURES_FLAGS: Readonly<Record<string, { field: string; kind: Kind }>> = {
  D: { field: 'D', kind: 'number' },
  K: { field: 'K', kind: 'number' },
  beta: { field: 'betas', kind: 'numbers' },
  Y: { field: 'Ys', kind: 'wholes' },
  map: { field: 'map', kind: 'text' },
  projection: { field: 'projection', kind: 'text' },
  queries: { field: 'queries', kind: 'texts' },
  'query-count': { field: 'queryCount', kind: 'number' },
  'near-flip': { field: 'nearFlip', kind: 'number' },
  alpha: { field: 'retrieval.alpha', kind: 'number' },
  'retrieval-steps': { field: 'retrieval.steps', kind: 'number' },
  'retrieval-queries': { field: 'retrieval.queries', kind: 'number' },
  seed: { field: 'seed', kind: 'number' },
};
const COMMON = ['out', 'time-limit', 'engine'];
export type FeaturesEngine = 'wasm' | 'core';

export const FEATURES_USAGE = [
  'usage: dam features --config features.json [--out result.json] [--engine wasm|core] [--time-limit 60]',
  '       dam features --D 100 --K 500 --beta 10[,30,…] --Y 2500,5000,10000,20000',
  '         [--map sincos|cos|exp|expexp] [--projection gaussian|hadamard] [--queries stored,near,random]',
  '         [--query-count 100] [--near-flip 0.1] [--alpha 0.03 --retrieval-steps 1000',
  '         --retrieval-queries 10] [--seed 1] [--engine wasm|core] [--out result.json] [--time-limit 60]',
  '  (prints one JSON object: the DrDAM-vs-MrDAM measurement {"spec", "points", "curves", "baselines",',
  '  "maxY", "ms"}, and "slope" of log energy MAE against log Y when there is one (β, query) curve;',
  '  any of --alpha/--retrieval-steps/--retrieval-queries adds the descent to both fixed points)',
].join('\n');

function readValue(name: string, kind: Kind, text: string): unknown {
  if (kind === 'number' || kind === 'text') return readFlagValue(name, kind, text);
  if (kind === 'wholes') return readFlagValue(name, 'list', text);
  const items = text.split(',');
  if (kind === 'texts') return items;
  const xs = items.map(readNumber);
  if (xs.some((x) => !Number.isFinite(x)))
    throw new UsageError(`--${name} must be numbers separated by commas (got ${quote(text)})`);
  return xs;
}

/** The spec of the flags; UsageError naming the flag when the schema refuses a value. */
export function featuresFromFlags(flags: ReadonlyMap<string, string>): FeaturesExperimentSpec {
  const raw: Record<string, unknown> = {};
  const flagOf = new Map<string, string>();
  for (const [name, text] of flags) {
    const sf = FEATURES_FLAGS[name];
    if (sf === undefined) continue;
    const value = readValue(name, sf.kind, text);
    const [top, sub] = sf.field.split('.');
    if (sub === undefined) raw[top] = value;
    else ((raw[top] ??= {}) as Record<string, unknown>)[sub] = value;
    flagOf.set(sf.field, name);
  }
  for (const need of ['D', 'K', 'beta', 'Y']) {
    if (!flags.has(need)) throw new UsageError(`--${need} is missing (or give --config)`);
  }
  try {
    return parseFeaturesConfig(raw);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const field = [...flagOf.keys()].find((k) => e.field === k || e.field.startsWith(`${k}[`));
    if (field === undefined) throw new UsageError(e.message, { cause: e });
    throw new UsageError(`--${flagOf.get(field)} (${e.message})`, { cause: e });
  }
}

export type FeaturesArgs = { out?: string; timeLimit: number; engine: FeaturesEngine } & (
  { mode: 'config'; config: string } | { mode: 'flags'; spec: FeaturesExperimentSpec }
);

/** The arguments of `dam features`; UsageError (exit 2) on any problem. */
export function parseFeaturesArgs(args: readonly string[]): FeaturesArgs {
  const flags = parseFlags(args, [...Object.keys(FEATURES_FLAGS), ...COMMON, 'config']);
  const timeLimit = parseTimeLimit(flags.get('time-limit'));
  const out = flags.get('out');
  const engine = flags.get('engine') ?? 'wasm';
  if (engine !== 'wasm' && engine !== 'core')
    throw new UsageError(`--engine must be wasm or core (got ${quote(engine)})`);
  const common = { out, timeLimit, engine } as const;
  const config = flags.get('config');
  if (config !== undefined) {
    const clash = [...flags.keys()].find((k) => !COMMON.includes(k) && k !== 'config');
    if (clash !== undefined)
      throw new UsageError(`--${clash} sets the measurement; with --config the file sets it`);
    return { ...common, mode: 'config', config };
  }
  return { ...common, mode: 'flags', spec: featuresFromFlags(flags) };
}
