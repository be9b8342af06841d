/**
 * The command line of `dam capacity`: one point from flags (DEFAULT_POINT with the flags laid
 * over it, then the one schema, parsePoint, so every range is the lab's), or a grid file with an
 * optional shard. Every problem here is a UsageError (one line, exit status 2) naming the flag.
 */
import type { PointSpec } from '../core/capacity/types';
import { DEFAULT_POINT, parsePoint } from '../schema/capacity';
import { InputError, quote } from '../schema/parse';
import { parseFlags, readFlagValue, readWhole, UsageError, type FlagKind } from './flags';
import { parseTimeLimit } from './time-limit';

type Section = 'data' | 'model' | 'criterion' | null;

/** A point flag: where its value goes in a PointSpec and how its text is read. */
interface PointFlag {
  section: Section;
  key: string;
  kind: FlagKind;
}

const flag = (section: Section, key: string, kind: FlagKind = 'number'): PointFlag => ({
  section,
  key,
  kind,
});

/** The flags of one point, by name (without the dashes). */
export const POINT_FLAGS: Readonly<Record<string, PointFlag>> = {
  energy: flag('model', 'energy', 'text'),
  n: flag('model', 'n'),
  beta: flag('model', 'beta'),
  data: flag('data', 'kind', 'text'),
  N: flag('data', 'N'),
  rho: flag('data', 'rho'),
  block: flag('data', 'block'),
  dH: flag('data', 'dH'),
  base: flag('data', 'base', 'text'),
  classes: flag('data', 'classes', 'list'),
  criterion: flag('criterion', 'kind', 'text'),
  eps: flag('criterion', 'eps'),
  flip: flag('criterion', 'flip'),
  hamming: flag('criterion', 'hamming'),
  q: flag('criterion', 'q'),
  trials: flag(null, 'trials'),
  seed: flag(null, 'seed'),
  kcap: flag(null, 'kCap'),
};

const COMMON = ['out', 'time-limit'];
const GRID_ONLY = ['config', 'shard'];

export const CAPACITY_USAGE = [
  'usage: dam capacity --config grid.json [--shard k/m] [--out points.jsonl] [--time-limit 60]',
  '       dam capacity [--energy polynomial|rectified|exponential|softmax] [--n 2] [--beta 1]',
  '         [--data uniform|correlated|separated|mnist] [--N 100] [--rho 0] [--block b] [--dH d]',
  '         [--base uniform|correlated] [--classes 0,1] [--criterion fixed|bits|retrieve|softmax]',
  '         [--eps 0.01] [--flip 0.1] [--hamming 0] [--q 0.5] [--trials 20] [--seed 1] [--kcap K]',
  '         [--out point.json] [--time-limit 60]',
  '  (a grid prints one JSON line per point as it finishes; --shard k/m keeps the points whose',
  '  index % m = k, k from 0; one point prints one JSON object; defaults are the lab’s)',
].join('\n');

/** The field path a point flag sets, as parsePoint names it ('data.N', 'kCap'). */
const fieldOf = (f: PointFlag) => (f.section ? `${f.section}.${f.key}` : f.key);

/**
 * A schema error in terms of the flags: "--N (data.N): must be …" when a flag set the field, the
 * field alone when a default did (a cross-field rule). Always a UsageError.
 */
function asFlagError(e: InputError, given: ReadonlySet<string>): UsageError {
  const name = Object.keys(POINT_FLAGS).find((k) => {
    const field = fieldOf(POINT_FLAGS[k]);
    return given.has(k) && (e.field === field || e.field.startsWith(`${field}[`));
  });
  if (name === undefined || !e.message.startsWith(`${e.field}:`)) {
    return new UsageError(e.message, { cause: e });
  }
  return new UsageError(`--${name} (${e.field})${e.message.slice(e.field.length)}`, { cause: e });
}

/** The PointSpec of point flags laid over DEFAULT_POINT, through parsePoint. */
export function pointFromFlags(flags: ReadonlyMap<string, string>): PointSpec {
  const spec = structuredClone(DEFAULT_POINT) as PointSpec;
  const given = new Set<string>();
  for (const [name, text] of flags) {
    const f = POINT_FLAGS[name];
    if (f === undefined) continue;
    given.add(name);
    const target = (f.section ? spec[f.section] : spec) as unknown as Record<string, unknown>;
    target[f.key] = readFlagValue(name, f.kind, text);
  }
  try {
    return parsePoint(spec);
  } catch (e) {
    if (e instanceof InputError) throw asFlagError(e, given);
    throw e;
  }
}

/** `--shard k/m`: 0 ≤ k < m, m ≥ 1 (k is a Kubernetes Indexed Job's completion index). */
export function parseShard(text: string | undefined): { k: number; m: number } | null {
  if (text === undefined) return null;
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const k = match ? readWhole(match[1]) : NaN;
  const m = match ? readWhole(match[2]) : NaN;
  if (!(m >= 1 && k < m && Number.isSafeInteger(m))) {
    throw new UsageError(
      `--shard must be k/m with whole numbers m ≥ 1 and 0 ≤ k < m (got ${quote(text)})`,
    );
  }
  return { k, m };
}

export type CapacityArgs =
  | {
      mode: 'grid';
      config: string;
      shard: { k: number; m: number } | null;
      out?: string;
      timeLimit: number;
    }
  | { mode: 'point'; spec: PointSpec; out?: string; timeLimit: number };

/** The arguments of `dam capacity`; UsageError (exit 2) on any problem. */
export function parseCapacityArgs(args: readonly string[]): CapacityArgs {
  const flags = parseFlags(args, [...Object.keys(POINT_FLAGS), ...GRID_ONLY, ...COMMON]);
  const timeLimit = parseTimeLimit(flags.get('time-limit'));
  const out = flags.get('out');
  const config = flags.get('config');
  if (config !== undefined) {
    const clash = [...flags.keys()].find((k) => Object.hasOwn(POINT_FLAGS, k));
    if (clash !== undefined) {
      throw new UsageError(
        `--${clash} sets one point; with --config the grid file sets every point`,
      );
    }
    return { mode: 'grid', config, shard: parseShard(flags.get('shard')), out, timeLimit };
  }
  if (flags.has('shard')) throw new UsageError('--shard needs --config (it slices a grid)');
  return { mode: 'point', spec: pointFromFlags(flags), out, timeLimit };
}
