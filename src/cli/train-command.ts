/**
 * `dam train`: trains the Krotov–Hopfield classifier on the MNIST asset's fixed split
 * (src/core/kh-split.ts) through the same driver and tfjs trainer as the lab worker
 * (src/engine/kh-runner.ts, kh-tf.ts), on tfjs-wasm by default; `--engine core` runs the
 * plain-TypeScript float64 reference instead, for comparison.
 *
 * Prints one JSON line per epoch {"epoch", "trainLoss", "trainError", "testError", "ms", "T",
 * "contributors": {"mean", "median", "meanEffective", "medianEffective", "meanTopShare"}} (ms: the training of
 * the epoch alone, not its evaluation). With --out writes a run file (src/core/kh-snapshot.ts):
 * the config, engine, command, full history and the memories at epoch 0, at the epochs of
 * `savedEpoch` and at the last epoch. --out is checked before anything loads; --time-limit stops
 * the training between minibatches and fails with one line, writing nothing to --out.
 * With --tasks or --config it trains a sequence of tasks instead (train-tasks.ts).
 */
import {
  defaultTemperature,
  float32Risk,
  khConfig,
  KH_LIMITS,
  type KhOptions,
} from '../core/classifier/kh-model';
import {
  serializeRun,
  type KhEpochRecord,
  type KhSavedEpoch,
} from '../core/classifier/kh-snapshot';
import { splitMnist, type KhSplit } from '../core/classifier/kh-split';
import type { LabTrainOutcome } from '../labs/train/worker/api';
import { createKhRunner } from '../labs/train/worker/kh-runner';
import { createKhTfTrainer, disposeKhData, uploadKhData } from '../labs/train/worker/kh-tf';
import { createKhCoreTrainer, type KhTrainer } from '../labs/train/worker/kh-trainer';
import { selectNodeBackend } from '../engine/tf-node';
import { quote } from '../schema/parse';
import { parseFlags, readNumber, readWhole, UsageError } from './flags';
import { loadMnistFile } from './mnist-file';
import { parseTimeLimit, startDeadline, TIME_LIMIT, TimeLimitError } from './time-limit';
import { checkOutPath, writeWhole } from './write-out';
import { trainTasksCommand } from './train-tasks';
import { wantsTasks } from './train-tasks-flags';

export const TRAIN_USAGE =
  'usage: dam train [--n 20] [--m 30] [--K 100] [--T T_in] [--Tf T_f] [--thresh 200] ' +
  '[--eps0 0.04] [--f 0.998] [--p 0.6] [--epochs 1] [--batch 100] [--seed 1] [--subset N] ' +
  `[--engine wasm|cpu|core] [--out run.json] [--time-limit ${TIME_LIMIT.default}]   ` +
  '(--out is written only when every epoch finished; past --time-limit seconds the run stops, ' +
  'exit status 1)';

export type TrainEngine = 'wasm' | 'cpu' | 'core';

export interface TrainArgs {
  n: number;
  m: number;
  K: number;
  T?: number;
  Tf?: number;
  thresh: number;
  eps0: number;
  f: number;
  p: number;
  epochs: number;
  batch: number;
  seed: number;
  subset?: number;
  engine: TrainEngine;
  out?: string;
  /** Seconds of wall time the command may take (--time-limit). */
  timeLimit: number;
}

type NumericKey = Exclude<keyof TrainArgs, 'engine' | 'out' | 'timeLimit'>;

/** Integer options: inclusive ranges (KH_LIMITS where the lab has the same control). */
const INTEGERS: Partial<Record<NumericKey, readonly [number, number]>> = {
  n: KH_LIMITS.n,
  m: KH_LIMITS.m,
  K: KH_LIMITS.K,
  thresh: KH_LIMITS.epochs,
  epochs: KH_LIMITS.epochs,
  batch: KH_LIMITS.batchSize,
  seed: [0, 4294967295],
  subset: [1, 8000],
};

/** Real options: a test and how the sentence states it. */
const REALS: Partial<Record<NumericKey, { ok: (v: number) => boolean; rule: string }>> = {
  T: {
    ok: (v) => v >= KH_LIMITS.T[0] && v <= KH_LIMITS.T[1],
    rule: `${KH_LIMITS.T[0]}–${KH_LIMITS.T[1]}`,
  },
  Tf: {
    ok: (v) => v >= KH_LIMITS.T[0] && v <= KH_LIMITS.T[1],
    rule: `${KH_LIMITS.T[0]}–${KH_LIMITS.T[1]}`,
  },
  eps0: { ok: (v) => v > 0 && v <= 2, rule: '> 0 and ≤ 2' },
  f: { ok: (v) => v > 0 && v <= 1, rule: '> 0 and ≤ 1' },
  p: { ok: (v) => v >= 0 && v < 1, rule: '≥ 0 and < 1' },
};

const ENGINES: readonly TrainEngine[] = ['wasm', 'cpu', 'core'];
const FLAGS = [...Object.keys(INTEGERS), ...Object.keys(REALS), 'engine', 'out', 'time-limit'];

export function parseTrainArgs(args: string[]): TrainArgs {
  const out: TrainArgs = {
    n: 20,
    m: 30,
    K: 100,
    thresh: 200,
    eps0: 0.04,
    f: 0.998,
    p: 0.6,
    epochs: 1,
    batch: 100,
    seed: 1,
    engine: 'wasm',
    timeLimit: TIME_LIMIT.default,
  };
  for (const [key, value] of parseFlags(args, FLAGS)) {
    if (key === 'out') {
      out.out = value;
    } else if (key === 'time-limit') {
      out.timeLimit = parseTimeLimit(value);
    } else if (key === 'engine') {
      if (!ENGINES.includes(value as TrainEngine)) {
        throw new UsageError(`--engine must be wasm, cpu or core (got ${quote(value)})`);
      }
      out.engine = value as TrainEngine;
    } else if (Object.hasOwn(INTEGERS, key)) {
      const [lo, hi] = INTEGERS[key as NumericKey]!;
      const v = readWhole(value);
      if (!(v >= lo && v <= hi)) {
        throw new UsageError(`--${key} must be an integer ${lo}–${hi} (got ${quote(value)})`);
      }
      out[key as NumericKey] = v;
    } else {
      const { ok, rule } = REALS[key as NumericKey]!;
      const v = readNumber(value);
      if (!ok(v)) throw new UsageError(`--${key} must be a number ${rule} (got ${quote(value)})`);
      out[key as NumericKey] = v;
    }
  }
  if (out.engine !== 'core') {
    const risk = float32Risk(khConfig(trainOptions(out)));
    if (risk) throw new UsageError(`${risk} (or use --engine core)`);
  }
  return out;
}

/** The model and recipe of the arguments (T_in defaults to defaultTemperature(n), T_f to T_in). */
export function trainOptions(a: TrainArgs): KhOptions {
  const Tin = a.T ?? defaultTemperature(a.n);
  return {
    D: 784,
    C: 10,
    K: a.K,
    n: a.n,
    m: a.m,
    eps0: a.eps0,
    f: a.f,
    p: a.p,
    Tin,
    Tf: a.Tf ?? Tin,
    thresh: a.thresh,
    batchSize: a.batch,
    seed: a.seed,
  };
}

/**
 * Epochs whose memories a run file keeps besides epoch 0 and the last one: 1, 2, 5, 10, 20, 50,
 * then every 50th. About 212 KB each at K = 100, so a 300-epoch file stays near 2.5 MB.
 */
export function savedEpoch(epoch: number): boolean {
  return (
    epoch === 1 || epoch === 2 || epoch === 5 || epoch === 10 || epoch === 20 || epoch % 50 === 0
  );
}

/** The command line as a user would type it (for the run file's record). */
function commandLine(args: string[]): string {
  const shellQuote = (a: string) =>
    /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
  return ['npm run --silent dam -- train', ...args.map(shellQuote)].join(' ');
}

/** A trainer factory for the engine, and what to free afterwards. */
async function engineFor(
  engine: TrainEngine,
  split: KhSplit,
): Promise<{ make: (o: KhOptions) => KhTrainer; name: string; close: () => void }> {
  if (engine === 'core') {
    return { make: (o) => createKhCoreTrainer(o, split), name: 'core', close: () => undefined };
  }
  await selectNodeBackend(engine);
  const data = uploadKhData(split);
  return {
    make: (o) => createKhTfTrainer(o, data),
    name: `tfjs-${engine}`,
    close: () => disposeKhData(data),
  };
}

export async function trainCommand(args: string[], print: (line: string) => void): Promise<void> {
  // --tasks / --config: sequential learning (train-tasks.ts).
  if (wantsTasks(args)) return trainTasksCommand(args, print);
  const a = parseTrainArgs(args);
  const deadline = startDeadline(a.timeLimit);
  if (a.out !== undefined) checkOutPath(a.out);
  const options = trainOptions(a);
  const config = khConfig(options);
  const split = splitMnist(await loadMnistFile(), a.subset);
  const engine = await engineFor(a.engine, split);
  const history: KhEpochRecord[] = [];
  const saved: KhSavedEpoch[] = [];
  let outcome: LabTrainOutcome;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const runner = createKhRunner([{ id: 1, epochs: a.epochs, options }], {
      createTrainer: (spec) => engine.make(spec.options),
      // Only the initial report (fraction 0, the starting memories): the CLI needs no progress.
      progressEveryMs: Infinity,
      onEvents: (events) => {
        for (const e of events) {
          if (e.kind === 'progress') {
            if (e.fraction === 0) saved.push({ epoch: 0, T: config.Tin, memories: e.memories });
            continue;
          }
          const record: KhEpochRecord = {
            epoch: e.epoch,
            trainLoss: e.trainLoss,
            trainError: e.trainError,
            testError: e.testError,
            ms: Math.round(e.ms),
            T: e.T,
          };
          history.push(record);
          const { mean, median, meanEffective, medianEffective, meanTopShare } = e.contributors;
          print(
            JSON.stringify({
              ...record,
              contributors: { mean, median, meanEffective, medianEffective, meanTopShare },
            }),
          );
          if (savedEpoch(e.epoch) || e.epoch === a.epochs) {
            saved.push({ epoch: e.epoch, T: e.T, memories: e.memories });
          }
        }
      },
    });
    // Only the deadline cancels; the runner notices it at its next minibatch.
    timer = setTimeout(() => runner.cancel(), deadline.msLeft());
    outcome = await runner.run();
  } finally {
    clearTimeout(timer);
    engine.close();
  }
  if (outcome === 'cancelled') {
    throw new TimeLimitError(
      `${deadline.stopped}: ${history.length} of ${a.epochs} epochs done; ` +
        'the lines above are the finished epochs' +
        (a.out === undefined ? '' : `; nothing written to ${quote(a.out)}`),
    );
  }
  if (a.out === undefined) return;
  const text = serializeRun({
    config,
    command: commandLine(args),
    engine: engine.name,
    history,
    saved,
  });
  writeWhole(a.out, text);
}
