/**
 * The command line of `dam kernel`: a config file (src/schema/kernel.ts parseKernelConfig), or
 * one training of N(0, I) memories in R^D built from flags and parsed by the same schema, so every
 * range is the config's. Flag memories are scaled to the unit sphere (as the paper's synthetic
 * runs); Φ has no bias unless --bias true. Every problem is a UsageError naming the flag.
 */
import type { Normaliser } from '../core/kernel/types';
import { subSeed } from '../core/util/sub-seed';
import { parseKernelTraining, type KernelTrainingSpec } from '../schema/kernel';
import { InputError, quote } from '../schema/parse';
import { parseFlags, readFlagValue, UsageError } from './flags';
import { parseTimeLimit } from './time-limit';

/** Flag name → field path in the training, as parseKernelTraining names it. */
export const KERNEL_FLAGS: Readonly<Record<string, { field: string; kind: 'number' | 'text' }>> = {
  M: { field: 'memories.M', kind: 'number' },
  D: { field: 'memories.D', kind: 'number' },
  sphere: { field: 'memories.sphere', kind: 'text' },
  dphi: { field: 'uhop.dPhi', kind: 'number' },
  tau: { field: 'uhop.tau', kind: 'number' },
  lr: { field: 'uhop.lr', kind: 'number' },
  optimiser: { field: 'uhop.optimiser', kind: 'text' },
  iters: { field: 'uhop.iterations', kind: 'number' },
  bias: { field: 'uhop.bias', kind: 'text' },
  seed: { field: 'uhop.seed', kind: 'number' },
};
const COMMON = ['out', 'time-limit', 'engine'];
const NORMALISERS: readonly Normaliser[] = ['softmax', 'entmax15', 'sparsemax'];
export type KernelEngine = 'wasm' | 'core';

/** The flag training's defaults (the paper's synthetic runs: Adam, τ = 0.1). */
export const FLAG_DEFAULTS = { tau: 0.1, lr: 0.1, optimiser: 'adam', iterations: 100, seed: 1 };

export const KERNEL_USAGE = [
  'usage: dam kernel --config kernel.json [--out result.json] [--engine wasm|core] [--time-limit 60]',
  '       dam kernel --M 6 --D 10 --dphi 3 [--tau 0.1] [--lr 0.1] [--optimiser adam|sgd] [--iters 100]',
  '         [--seed 1] [--sphere true|false] [--bias false|true] [--normaliser softmax|entmax15|sparsemax]',
  '         [--engine wasm|core] [--out result.json] [--time-limit 60]',
  '  (U-Hop+ on M memories ~ N(0, I) in R^D, scaled to the unit sphere unless --sphere false; prints one',
  '  JSON object {"minAngleBefore", "minAngleAfter", "loss", "minAngle", "tammesDeg", "bounds", …} in',
  '  degrees; --normaliser adds the support sizes of 100 N(0, I) queries with the initial and learned Φ;',
  '  a config adds the MNIST metastable table and a basin map: {"training", "metastable", "basins"})',
].join('\n');

function readBool(name: string, text: string): boolean {
  if (text === 'true') return true;
  if (text === 'false') return false;
  throw new UsageError(`--${name} must be true or false (got ${quote(text)})`);
}

/** The training of the flags; UsageError naming the flag when the schema refuses a value. */
export function kernelFromFlags(flags: ReadonlyMap<string, string>): KernelTrainingSpec {
  const seed = flags.has('seed') ? readFlagValue('seed', 'number', flags.get('seed') as string) : 1;
  // The memories draw from a stream of their own: with W₀'s seed, W₀'s rows would be memories.
  const memSeed =
    Number.isInteger(seed) && (seed as number) >= 0 ? subSeed(seed as number, 1) : seed;
  const raw = {
    memories: { source: 'gaussian', sphere: true, seed: memSeed } as Record<string, unknown>,
    uhop: { ...FLAG_DEFAULTS, bias: false } as Record<string, unknown>,
  };
  const flagOf = new Map<string, string>();
  for (const [name, text] of flags) {
    const f = KERNEL_FLAGS[name];
    if (f === undefined) continue;
    const value =
      name === 'sphere' || name === 'bias'
        ? readBool(name, text)
        : readFlagValue(name, f.kind, text);
    const [top, sub] = f.field.split('.') as ['memories' | 'uhop', string];
    raw[top][sub] = value;
    flagOf.set(f.field, name);
  }
  if (flags.has('seed')) flagOf.set('memories.seed', 'seed');
  for (const need of ['M', 'D', 'dphi']) {
    if (!flags.has(need)) throw new UsageError(`--${need} is missing (or give --config)`);
  }
  try {
    return parseKernelTraining(raw);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const field = [...flagOf.keys()].find((k) => e.field === k);
    if (field === undefined) throw new UsageError(e.message, { cause: e });
    throw new UsageError(`--${flagOf.get(field)} (${e.message})`, { cause: e });
  }
}

export type KernelArgs = { out?: string; timeLimit: number; engine: KernelEngine } & (
  | { mode: 'config'; config: string }
  | { mode: 'flags'; training: KernelTrainingSpec; normaliser: Normaliser | null }
);

/** The arguments of `dam kernel`; UsageError (exit 2) on any problem. */
export function parseKernelArgs(args: readonly string[]): KernelArgs {
  const flags = parseFlags(args, [...Object.keys(KERNEL_FLAGS), ...COMMON, 'config', 'normaliser']);
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
      throw new UsageError(`--${clash} sets the run; with --config the file sets it`);
    return { ...common, mode: 'config', config };
  }
  const n = flags.get('normaliser');
  if (n !== undefined && !NORMALISERS.includes(n as Normaliser))
    throw new UsageError(`--normaliser must be one of ${NORMALISERS.join(', ')} (got ${quote(n)})`);
  const normaliser = (n ?? null) as Normaliser | null;
  return { ...common, mode: 'flags', training: kernelFromFlags(flags), normaliser };
}
