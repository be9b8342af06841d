/**
 * The command line of `dam train --tasks …` (sequential learning, docs/models.md §8.2): a
 * SeqRequest from `--config seq.json` (src/schema/sequential.ts), or built from flags and parsed
 * by the same schema, so every range is the request's. With flags, the runs are every method of
 * `--method` (a comma list) at `--n`, then again at `--compare-n` when given, ids 1, 2, … in that
 * order (at most 4 runs); every run shares the other flags. `--seed` seeds both the runs and
 * the task permutations. A schema problem is a UsageError naming the flag.
 */
import { float32Risk, khConfig, type KhOptions } from '../core/classifier/kh-model';
import { trainerOptions } from '../core/sequential/driver';
import { SEQ_METHODS, TASK_KINDS, type SeqRequest } from '../core/sequential/types';
import { InputError, quote } from '../schema/parse';
import { parseSeqRequest, SEQ_LIMITS } from '../schema/sequential';
import { parseFlags, readFlagValue, UsageError } from './flags';
import { parseTimeLimit, TIME_LIMIT } from './time-limit';

export type TasksEngine = 'wasm' | 'cpu' | 'core';
const ENGINES: readonly TasksEngine[] = ['wasm', 'cpu', 'core'];

export const TRAIN_TASKS_USAGE = [
  'usage: dam train --tasks class:5|permuted:5 [--per-class 100] [--epochs 2] ' +
    '[--method naive|rehearsal|pseudo|ewc[,…]] [--buffer 200] [--selection balanced|random]',
  '         [--pseudo-items 200] [--pseudo-steps 5] [--lambda 300] [--fisher-samples 200] [--n 20] ' +
    '[--compare-n N] [--K 100] [--m 30] [--T T] [--Tf T] [--thresh 200]',
  '         [--eps0 0.04] [--f 0.998] [--p 0.6] [--batch 100] [--seed 1] [--normalised [true|false]] ' +
    `[--engine wasm|cpu|core] [--out run.json] [--time-limit ${TIME_LIMIT.default}]`,
  '       dam train --config seq.json [--engine wasm|cpu|core] [--out run.json] [--time-limit S]',
  '  (sequential learning: tasks cut from the fixed split, trained in turn, all runs in lockstep; ' +
    'prints one JSON object {"request", "results"}; --out writes a dam-seq-run file)',
].join('\n');

/** Flag → where its value goes: a task field, a method field or a classifier option. */
const TASK_FLAGS = { 'per-class': 'perClass' } as const;
const METHOD_FLAGS = {
  buffer: 'buffer',
  selection: 'selection',
  'pseudo-items': 'pseudoItems',
  'pseudo-steps': 'pseudoSteps',
  lambda: 'lambda',
  'fisher-samples': 'fisherSamples',
} as const;
const OPTION_FLAGS = {
  K: 'K',
  m: 'm',
  T: 'Tin',
  Tf: 'Tf',
  thresh: 'thresh',
  eps0: 'eps0',
  f: 'f',
  p: 'p',
  batch: 'batchSize',
} as const;
const OTHER = ['tasks', 'epochs', 'method', 'n', 'compare-n', 'seed', 'normalised'];
const COMMON = ['engine', 'out', 'time-limit'];
const ALL = [
  ...Object.keys(TASK_FLAGS),
  ...Object.keys(METHOD_FLAGS),
  ...Object.keys(OPTION_FLAGS),
  ...OTHER,
  ...COMMON,
  'config',
];

export interface TrainTasksArgs {
  /** The request of the flags, or the config file to read it from. */
  request?: SeqRequest;
  config?: string;
  engine: TasksEngine;
  out?: string;
  timeLimit: number;
}

/** Whether `dam train`'s arguments ask for a sequence (--tasks or --config). */
export const wantsTasks = (args: readonly string[]): boolean =>
  args.some((a) => /^--(tasks|config)(=|$)/.test(a));

/** A bare `--normalised` means true (the other flags all take a value). */
function withBareFlags(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < args.length; k++) {
    out.push(args[k]);
    if (args[k] === '--normalised' && (k + 1 >= args.length || args[k + 1].startsWith('--'))) {
      out.push('true');
    }
  }
  return out;
}

/** The flag that set a schema field (`runs[1].method.buffer` → --buffer). */
function flagOf(field: string): string {
  const leaf = field
    .split('.')
    .at(-1)!
    .replace(/\[\d+\]$/, '');
  const find = (m: Record<string, string>) => Object.keys(m).find((k) => m[k] === leaf);
  if (field.startsWith('tasks.')) return find(TASK_FLAGS) ?? (leaf === 'seed' ? 'seed' : 'tasks');
  if (field.includes('.method.')) return find(METHOD_FLAGS) ?? 'method';
  if (field.includes('.options.')) return find(OPTION_FLAGS) ?? leaf;
  if (field.endsWith('.epochs')) return 'epochs';
  if (field.endsWith('.normalised')) return 'normalised';
  return field === 'runs' ? 'epochs' : field;
}

function readBool(name: string, text: string): boolean {
  if (text === 'true') return true;
  if (text === 'false') return false;
  throw new UsageError(`--${name} must be true or false (got ${quote(text)})`);
}

/** The request of the flags (ranges checked by parseSeqRequest). */
function requestOf(flags: ReadonlyMap<string, string>): SeqRequest {
  const spec = flags.get('tasks') ?? '';
  const m = /^([a-z]+):(\d+)$/.exec(spec);
  if (!m || !TASK_KINDS.includes(m[1] as never)) {
    throw new UsageError(
      `--tasks must be ${TASK_KINDS.map((k) => `${k}:N`).join(' or ')}, N = ` +
        `${SEQ_LIMITS.tasks[0]}–${SEQ_LIMITS.tasks[1]} (got ${quote(spec)})`,
    );
  }
  const num = (name: string) => readFlagValue(name, 'number', flags.get(name)!) as number;
  const seed = flags.has('seed') ? num('seed') : 1;
  const tasks: Record<string, unknown> = { kind: m[1], tasks: Number(m[2]), perClass: 100, seed };
  if (flags.has('per-class')) tasks.perClass = num('per-class');
  const method: Record<string, unknown> = {};
  for (const [flag, key] of Object.entries(METHOD_FLAGS)) {
    if (flags.has(flag)) method[key] = flag === 'selection' ? flags.get(flag) : num(flag);
  }
  const options: KhOptions = { seed };
  for (const [flag, key] of Object.entries(OPTION_FLAGS))
    if (flags.has(flag)) options[key] = num(flag);
  const methods = (flags.get('method') ?? 'naive').split(',');
  for (const name of methods) {
    if (!SEQ_METHODS.includes(name as never)) {
      throw new UsageError(
        `--method must be ${SEQ_METHODS.join(', ')} or a comma list of them (got ${quote(name)})`,
      );
    }
  }
  const ns = [
    flags.has('n') ? num('n') : 20,
    ...(flags.has('compare-n') ? [num('compare-n')] : []),
  ];
  if (methods.length * ns.length > SEQ_LIMITS.runs[1]) {
    throw new UsageError(
      `--method and --compare-n make ${methods.length * ns.length} runs, more than ${SEQ_LIMITS.runs[1]}`,
    );
  }
  const normalised = flags.has('normalised')
    ? readBool('normalised', flags.get('normalised')!)
    : false;
  const epochs = flags.has('epochs') ? num('epochs') : 2;
  const runs = ns.flatMap((n, i) =>
    methods.map((name, j) => ({
      id: i * methods.length + j + 1,
      options: { ...options, n },
      method: { ...method, method: name },
      epochs,
      normalised,
    })),
  );
  try {
    return parseSeqRequest({ tasks, runs });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const at = /^runs\[(\d+)\]/.exec(e.field);
    let name = flagOf(e.field);
    if (name === 'n' && at) name = Number(at[1]) < methods.length ? 'n' : 'compare-n';
    throw new UsageError(`--${name}: ${e.message.slice(e.field.length + 2)}`);
  }
}

/** Throws the float32Risk sentence (UsageError) when a run could overflow float32 on tfjs. */
export function checkFloat32(request: SeqRequest, engine: TasksEngine, asUsage: boolean): void {
  if (engine === 'core') return;
  for (const run of request.runs) {
    const risk = float32Risk(khConfig(trainerOptions(run)));
    if (risk) {
      const text = `run ${run.id}: ${risk} (or use --engine core)`;
      throw asUsage ? new UsageError(text) : new Error(text);
    }
  }
}

export function parseTrainTasksArgs(args: readonly string[]): TrainTasksArgs {
  const flags = parseFlags(withBareFlags(args), ALL);
  const engine = (flags.get('engine') ?? 'wasm') as TasksEngine;
  if (!ENGINES.includes(engine)) {
    throw new UsageError(`--engine must be wasm, cpu or core (got ${quote(engine)})`);
  }
  const common = {
    engine,
    out: flags.get('out'),
    timeLimit: parseTimeLimit(flags.get('time-limit')),
  };
  if (flags.has('config')) {
    const extra = [...flags.keys()].find((k) => !COMMON.includes(k) && k !== 'config');
    if (extra)
      throw new UsageError(`--${extra} cannot be combined with --config (set it in the file)`);
    return { ...common, config: flags.get('config') };
  }
  const request = requestOf(flags);
  checkFloat32(request, engine, true);
  return { ...common, request };
}
