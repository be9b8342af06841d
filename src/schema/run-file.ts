/**
 * The run file of the training lab (public/kh/*.json, written by `dam train --out`; the format is
 * src/core/classifier/kh-snapshot.ts), read through one valibot schema:
 *   { "format": "dam-kh-run", "version": 1, "command", "engine", "config": {D, C, K, n, …},
 *     "history": [{epoch, trainLoss, trainError, testError, ms, T}, …],
 *     "saved": [{epoch, T, memories: base64 of K·(D + C) Int16}, …] }
 * Every key is known and every number has its range; after the fields, the checks that relate
 * them: khConfig accepts the config, epochs increase, and each memories text has the exact length
 * and alphabet of K·(D + C) values. The output is the core's KhRunFile, whose saved memories are
 * decoded on first use (lazySaved), so opening the lab does not decode a dozen epochs at once.
 * Every problem is one InputError naming the field: `saved[0].memories: must be 24 values …`.
 */
import * as v from 'valibot';
import { KH_LIMITS, khConfig, type KhConfig } from '../core/classifier/kh-model';
import {
  KH_RUN_FORMAT,
  KH_RUN_VERSION,
  lazySaved,
  memoriesChars,
  memoriesTextProblem,
  type KhRunFile,
} from '../core/classifier/kh-snapshot';
import { int, list, num, seed, text } from './fields';
import { parseInput, parseJsonText } from './parse';

/** run → saved → entry: three levels of objects and arrays. */
export const RUN_FILE_DEPTH = 3;

/**
 * Longest run file text read. A shipped file (K = 100, 784 + 10 neurons, 300 epochs, 12 saved
 * epochs) is about 2.6 MB; 64 MiB holds a K = 400 run with over 50 saved epochs.
 */
export const RUN_FILE_MAX_BYTES = 64 * 1024 * 1024;

/** Ranges of the fields KH_LIMITS has no entry for. */
export const RUN_FILE_LIMITS = {
  /** Pixels per example: up to 64 × 64 images (MNIST has 784). */
  D: [1, 4096],
  /** Classes (label neurons); khConfig needs at least 2. */
  C: [2, 100],
  /** Training time of one epoch, ms: up to about 11 days. */
  ms: [0, 1e9],
  /** Characters of the command line and of the engine name. */
  commandChars: 2000,
  engineChars: 100,
} as const;

const [EPOCH_MIN, EPOCH_MAX] = [0, KH_LIMITS.epochs[1]];
/** Base64 characters of the largest memories the ranges allow (K·(D + C) values). */
const MEMORIES_MAX_CHARS = memoriesChars(
  KH_LIMITS.K[1] * (RUN_FILE_LIMITS.D[1] + RUN_FILE_LIMITS.C[1]),
);

/** A finite number > 0 and ≤ max (the CLI's rule for eps0 and f). */
const positiveUpTo = (max: number) => {
  const msg = `must be a number > 0 and ≤ ${max}`;
  return v.pipe(v.number(msg), v.finite(msg), v.gtValue(0, msg), v.maxValue(max, msg));
};

/** A finite number ≥ 0 and < 1 (the CLI's rule for the momentum p). */
const fractionBelowOne = () => {
  const msg = 'must be a number ≥ 0 and < 1';
  return v.pipe(v.number(msg), v.finite(msg), v.minValue(0, msg), v.ltValue(1, msg));
};

/** A finite number ≥ 0 with no upper bound but float64's (a loss Σ(t − c)^{2m} can be huge). */
const finiteNonNegative = () => {
  const msg = 'must be a finite number ≥ 0';
  return v.pipe(v.number(msg), v.finite(msg), v.minValue(0, msg));
};

const temperature = () => num(KH_LIMITS.T[0], KH_LIMITS.T[1]);
const epoch = () => int(EPOCH_MIN, EPOCH_MAX);

const configSchema = () =>
  v.strictObject(
    {
      D: int(RUN_FILE_LIMITS.D[0], RUN_FILE_LIMITS.D[1]),
      C: int(RUN_FILE_LIMITS.C[0], RUN_FILE_LIMITS.C[1]),
      K: int(KH_LIMITS.K[0], KH_LIMITS.K[1]),
      n: int(KH_LIMITS.n[0], KH_LIMITS.n[1]),
      m: int(KH_LIMITS.m[0], KH_LIMITS.m[1]),
      eps0: positiveUpTo(2),
      f: positiveUpTo(1),
      p: fractionBelowOne(),
      Tin: temperature(),
      Tf: temperature(),
      thresh: int(KH_LIMITS.epochs[0], KH_LIMITS.epochs[1]),
      batchSize: int(KH_LIMITS.batchSize[0], KH_LIMITS.batchSize[1]),
      seed: seed(),
    },
    'must be an object with the model settings D, C, K, n, m, eps0, f, p, Tin, Tf, thresh, ' +
      'batchSize and seed',
  );

const historySchema = () =>
  v.strictObject(
    {
      epoch: epoch(),
      trainLoss: finiteNonNegative(),
      trainError: num(0, 1),
      testError: num(0, 1),
      ms: num(RUN_FILE_LIMITS.ms[0], RUN_FILE_LIMITS.ms[1]),
      T: temperature(),
    },
    'must be an object {epoch, trainLoss, trainError, testError, ms, T}',
  );

const memoriesText = () => {
  const msg = `must be base64 text of at most ${MEMORIES_MAX_CHARS} characters`;
  return v.pipe(v.string(msg), v.maxLength(MEMORIES_MAX_CHARS, msg));
};

const savedSchema = () =>
  v.strictObject(
    { epoch: epoch(), T: temperature(), memories: memoriesText() },
    'must be an object {epoch, T, memories}',
  );

/** The fields alone, before the checks that relate them. */
const fieldsSchema = () =>
  v.strictObject(
    {
      format: v.literal(KH_RUN_FORMAT, `must be "${KH_RUN_FORMAT}"`),
      version: v.literal(KH_RUN_VERSION, `must be ${KH_RUN_VERSION}, the version this app reads`),
      command: text(RUN_FILE_LIMITS.commandChars),
      engine: text(RUN_FILE_LIMITS.engineChars),
      config: configSchema(),
      history: list(historySchema(), 0, EPOCH_MAX - EPOCH_MIN + 1),
      saved: list(savedSchema(), 1, EPOCH_MAX - EPOCH_MIN + 1),
    },
    `must be a ${KH_RUN_FORMAT} file: a JSON object with "format": "${KH_RUN_FORMAT}"`,
  );

type Fields = v.InferOutput<ReturnType<typeof fieldsSchema>>;
type Key = string | number;

/** Valibot's path to `keys` inside `root`, so describeIssue names the field. */
function issuePath(
  root: unknown,
  keys: readonly [Key, ...Key[]],
): [v.IssuePathItem, ...v.IssuePathItem[]] {
  let at = root;
  const items = keys.map((key): v.IssuePathItem => {
    const input = at as Record<Key, unknown>;
    const value = input[key];
    at = value;
    return typeof key === 'number'
      ? { type: 'array', origin: 'value', input: input as unknown as unknown[], key, value }
      : { type: 'object', origin: 'value', input, key, value };
  });
  return items as [v.IssuePathItem, ...v.IssuePathItem[]];
}

/** The first epoch (at `list[k].epoch`) that does not increase, or -1. */
const notIncreasing = (list: readonly { epoch: number }[]): number =>
  list.findIndex((e, k) => k > 0 && e.epoch <= list[k - 1].epoch);

/** The schema of a run file; its output is the core's KhRunFile. */
export const runFileSchema = () =>
  v.pipe(
    fieldsSchema(),
    v.rawTransform<Fields, KhRunFile>(({ dataset, addIssue, NEVER }) => {
      const o = dataset.value;
      // `input` is the value quoted after the message (an object is not quoted).
      const fail = (message: string, keys: readonly [Key, ...Key[]], input: unknown) => {
        addIssue({ message, input, path: issuePath(o, keys) });
        return NEVER;
      };
      let config: KhConfig;
      try {
        config = khConfig(o.config);
      } catch (e) {
        return fail((e as Error).message, ['config'], o.config);
      }
      for (const name of ['history', 'saved'] as const) {
        const k = notIncreasing(o[name]);
        if (k >= 0) {
          const before = o[name][k - 1].epoch;
          return fail(
            `must be greater than the epoch before it, ${before}`,
            [name, k, 'epoch'],
            o[name][k].epoch,
          );
        }
      }
      const length = config.K * (config.D + config.C);
      const saved = [];
      for (const [k, s] of o.saved.entries()) {
        const problem = memoriesTextProblem(s.memories, length);
        if (problem) return fail(problem, ['saved', k, 'memories'], s);
        saved.push(lazySaved(s.epoch, s.T, s.memories, length));
      }
      return { config, command: o.command, engine: o.engine, history: o.history, saved };
    }),
  );

/** Validates a parsed run file; throws InputError naming the first problem. */
export function parseRunFile(value: unknown): KhRunFile {
  return parseInput(runFileSchema(), value, { maxDepth: RUN_FILE_DEPTH });
}

/**
 * Parses and validates the JSON text of a run file, refusing text over `maxBytes` characters or
 * nested too deep before JSON.parse allocates anything.
 */
export function parseRunFileText(text: string, maxBytes = RUN_FILE_MAX_BYTES): KhRunFile {
  return parseRunFile(parseJsonText(text, { maxBytes, maxDepth: RUN_FILE_DEPTH }));
}
