/**
 * The command line of `dam census`: a config file (src/schema/census.ts), or one task from flags
 * laid over DEFAULT_CENSUS (the MNIST preset's task for --task mnist) and then the one schema,
 * parseCensusSpec, so every range is the lab's. Every problem is a UsageError naming the flag.
 */
import type { CensusSpec } from '../core/census/types';
import { CENSUS_LIMITS, parseCensusSpec } from '../schema/census';
import { InputError, quote } from '../schema/parse';
import { parseFlags, readFlagValue, readWhole, UsageError, type FlagKind } from './flags';
import { parseTimeLimit } from './time-limit';

interface SpecFlag {
  /** Field path in a CensusSpec, as parseCensusSpec names it. */
  field: string;
  kind: FlagKind;
}
const f = (field: string, kind: FlagKind = 'number'): SpecFlag => ({ field, kind });

/** The flags of one census, by name (without the dashes). --N and --seed are special. */
export const CENSUS_FLAGS: Readonly<Record<string, SpecFlag>> = {
  task: f('task.kind', 'text'),
  side: f('task.side'),
  P: f('task.P'),
  E: f('task.E'),
  p: f('task.p'),
  'non-examples': f('task.nonExamples'),
  digits: f('task.digits', 'list'),
  'task-seed': f('task.seed'),
  network: f('network.kind', 'text'),
  n: f('network.n'),
  probes: f('probes.random'),
  'example-probes': f('probes.examples'),
  'prototype-probes': f('probes.prototypes'),
  noise: f('probes.noise'),
  'probe-seed': f('probes.seed'),
};
const SPECIAL = ['N', 'seed'];
const COMMON = ['out', 'time-limit'];

export const CENSUS_USAGE = [
  'usage: dam census --config census.json [--out result.json] [--time-limit 60]',
  '       dam census [--N 100 | --side 10] [--P 10] [--E 20] [--p 0.1] [--non-examples 0]',
  '         [--task random|mnist] [--digits 0,1,…] [--network hebbian|polynomial|rectified] [--n 3]',
  '         [--probes 2000] [--example-probes 0] [--prototype-probes 200] [--noise 0.1]',
  '         [--seed 1] [--task-seed s] [--probe-seed s] [--phase] [--classify] [--out result.json]',
  '         [--time-limit 60]',
  '  (prints one JSON object: counts, shares and SR per class, srAuc, srAucRest, states, probes;',
  '  --phase adds the map of P(prototype stable) over (E, p) for the task’s N and P; --classify adds',
  '  `classifiers`: SR threshold, logistic, SVM and dense network on a held-out 30% of the states.',
  '  A config file {"census", "test"?, "classifier"?, "phase"?} trains on census and tests on test)',
].join('\n');

/** --N: a perfect square 25–400 (the states draw as side × side images) → side. */
export function sideOfN(text: string): number {
  const N = readWhole(text);
  const side = Math.round(Math.sqrt(N));
  const { sideMin, sideMax } = CENSUS_LIMITS;
  if (!(side * side === N && side >= sideMin && side <= sideMax)) {
    throw new UsageError(
      `--N must be a perfect square from ${sideMin ** 2} to ${sideMax ** 2} (25, 36, …, 100, …, 400; got ${quote(text)})`,
    );
  }
  return side;
}

function set(raw: Record<string, Record<string, unknown>>, field: string, value: unknown): void {
  const [section, key] = field.split('.');
  (raw[section] ??= {})[key] = value;
}

/** The CensusSpec of flags; UsageError naming the flag when the schema refuses a value. */
export function censusFromFlags(flags: ReadonlyMap<string, string>): CensusSpec {
  const raw: Record<string, Record<string, unknown>> = { task: {}, network: {}, probes: {} };
  const given = new Map<string, string>();
  if (flags.has('N') && flags.has('side')) throw new UsageError('give --N or --side, not both');
  if (flags.has('N')) {
    set(raw, 'task.side', sideOfN(flags.get('N')!));
    given.set('task.side', 'N');
  }
  const seedText = flags.get('seed');
  if (seedText !== undefined) {
    const s = readFlagValue('seed', 'number', seedText);
    set(raw, 'task.seed', s);
    set(raw, 'probes.seed', s);
    given.set('task.seed', 'seed').set('probes.seed', 'seed');
  }
  for (const [name, text] of flags) {
    const sf = CENSUS_FLAGS[name];
    if (sf === undefined) continue;
    set(raw, sf.field, readFlagValue(name, sf.kind, text));
    given.set(sf.field, name);
  }
  if (raw.network.kind === undefined && raw.network.n !== undefined)
    raw.network.kind = 'polynomial';
  try {
    return parseCensusSpec(raw, '');
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const field = [...given.keys()].find((k) => e.field === k || e.field.startsWith(`${k}[`));
    if (field === undefined) throw new UsageError(e.message, { cause: e });
    throw new UsageError(`--${given.get(field)} (${e.message})`, { cause: e });
  }
}

export type CensusArgs =
  | { mode: 'config'; config: string; out?: string; timeLimit: number }
  | {
      mode: 'flags';
      spec: CensusSpec;
      phase: boolean;
      classify: boolean;
      out?: string;
      timeLimit: number;
    };

/** The arguments of `dam census`; UsageError (exit 2) on any problem. --phase and --classify are switches. */
export function parseCensusArgs(args: readonly string[]): CensusArgs {
  const phase = args.includes('--phase');
  const classify = args.includes('--classify');
  const rest = args.filter((a) => a !== '--phase' && a !== '--classify');
  const known = [...Object.keys(CENSUS_FLAGS), ...SPECIAL, ...COMMON, 'config'];
  const flags = parseFlags(rest, known);
  const timeLimit = parseTimeLimit(flags.get('time-limit'));
  const out = flags.get('out');
  const config = flags.get('config');
  if (config !== undefined) {
    const clash = [...flags.keys()].find((k) => !COMMON.includes(k) && k !== 'config');
    if (clash !== undefined || phase || classify) {
      const flag = clash ?? (phase ? 'phase' : 'classify');
      throw new UsageError(`--${flag} sets the task; with --config the file sets it`);
    }
    return { mode: 'config', config, out, timeLimit };
  }
  const spec = censusFromFlags(flags);
  if (phase && spec.task.kind !== 'random') {
    throw new UsageError('--phase maps random tasks only (not --task mnist)');
  }
  return { mode: 'flags', spec, phase, classify, out, timeLimit };
}
