/**
 * Sequential learning's outside input (docs/models.md §8.2; core/sequential/types.ts): the
 * SeqRequest of the lab's worker and of `dam train --config seq.json`, and the run file
 * `dam train --tasks … --out` writes. Unknown keys and out-of-range values are errors naming
 * the field (`runs[1].method.buffer: …`):
 *  - tasks: kind 'class' | 'permuted', 2–5 tasks, perClass 1–799, a seed;
 *  - runs: 1–4 with unique ids; options as the training lab's run files take them (KH_LIMITS,
 *    eps0 in (0, 2], f in (0, 1], p in [0, 1), D = 784 and C = 10 if given) and as khConfig
 *    accepts them; with `normalised` the trainer's T = T·794 must lie in KH_LIMITS.T;
 *    epochs 1–100 per task; method buffer 0–4000, pseudoItems 0–2000, pseudoSteps 0–20,
 *    lambda 0–1e6, fisherSamples 1–2000 (each defaults to SEQ_METHOD_DEFAULTS when left out);
 *  - work: Σ over runs of tasks·epochs·(perClass·10 + buffer + pseudoItems)·K·794 multiply-adds
 *    (buffer counted for 'rehearsal', pseudoItems for 'pseudo') ≤ SEQ_WORK_MAX = 1e12, about
 *    five of the lab's 300-epoch K = 100 runs on the full split; the error names `runs`.
 * The run file's memories are plain number lists (K·794 values in [−1, 1] per run, rounded to
 * 4 decimals by the writer); parseSeqRunFile reads it, checking the results and memories
 * against the request (one result and one memories list per run, in order; K·794 values each).
 */
import * as v from 'valibot';
import { KH_LIMITS, khConfig } from '../core/classifier/kh-model';
import { NORMALISED_NEURONS, trainerOptions } from '../core/sequential/driver';
import {
  SEQ_METHODS,
  TASK_KINDS,
  type MethodSpec,
  type SeqRequest,
  type SeqRunResult,
  type SeqRunSpec,
} from '../core/sequential/types';
import { bool, int, list, num, oneOf, seed } from './fields';
import { InputError, parseInput, parseJsonText } from './parse';

export const SEQ_LIMITS = {
  tasks: [2, 5],
  perClass: [1, 799],
  runs: [1, 4],
  id: [0, 1_000_000],
  epochs: [1, 100],
  buffer: [0, 4000],
  pseudoItems: [0, 2000],
  pseudoSteps: [0, 20],
  lambda: [0, 1e6],
  fisherSamples: [1, 2000],
} as const;

/** Multiply-adds one request may train (the header's formula). */
export const SEQ_WORK_MAX = 1e12;
/** Longest `dam train --config` text read. */
export const SEQ_REQUEST_BYTES = 64 * 1024;
/** request → runs → run → options. */
export const SEQ_REQUEST_DEPTH = 4;

/**
 * What a method's fields are when left out. λ = 300: on permuted:2 (K = 100, 100 digits a class,
 * 2 epochs a task, n = 3 and 20) λ = 10 barely held task 0, 1e4 stopped task 1 being learned,
 * 100–1000 did some of both. The Fisher's scale moves with n, m and T: other set-ups need a look.
 */
export const SEQ_METHOD_DEFAULTS: Omit<MethodSpec, 'method'> = {
  buffer: 200,
  selection: 'balanced',
  pseudoItems: 200,
  pseudoSteps: 5,
  lambda: 300,
  fisherSamples: 200,
};

const L = SEQ_LIMITS;
const range = (r: readonly [number, number]) => int(r[0], r[1]);

const fail = (field: string, message: string): never => {
  throw new InputError(`${field}: ${message}`, field);
};

/** A finite number > lo and ≤ hi. */
const above = (lo: number, hi: number) => {
  const msg = `must be a number above ${lo} and at most ${hi}`;
  return v.pipe(v.number(msg), v.finite(msg), v.gtValue(lo, msg), v.maxValue(hi, msg));
};

const optionsSchema = () =>
  v.strictObject(
    {
      D: v.optional(v.literal(784, 'must be 784 (the MNIST pixels)')),
      C: v.optional(v.literal(10, 'must be 10 (the digits)')),
      K: v.optional(range(KH_LIMITS.K)),
      n: v.optional(range(KH_LIMITS.n)),
      m: v.optional(range(KH_LIMITS.m)),
      eps0: v.optional(above(0, 2)),
      f: v.optional(above(0, 1)),
      p: v.optional(
        v.pipe(
          num(0, 1),
          v.check((x) => x < 1, 'must be a number from 0 to below 1'),
        ),
      ),
      Tin: v.optional(above(0, KH_LIMITS.T[1])),
      Tf: v.optional(above(0, KH_LIMITS.T[1])),
      thresh: v.optional(range(KH_LIMITS.epochs)),
      batchSize: v.optional(range(KH_LIMITS.batchSize)),
      seed: v.optional(seed()),
    },
    'must be classifier options like {"K": 100, "n": 20, "seed": 1}',
  );

const methodSchema = () => {
  const d = SEQ_METHOD_DEFAULTS;
  return v.strictObject(
    {
      method: oneOf(SEQ_METHODS),
      buffer: v.optional(range(L.buffer), d.buffer),
      selection: v.optional(oneOf(['balanced', 'random'] as const), d.selection),
      pseudoItems: v.optional(range(L.pseudoItems), d.pseudoItems),
      pseudoSteps: v.optional(range(L.pseudoSteps), d.pseudoSteps),
      lambda: v.optional(num(L.lambda[0], L.lambda[1]), d.lambda),
      fisherSamples: v.optional(range(L.fisherSamples), d.fisherSamples),
    },
    'must be a method like {"method": "rehearsal", "buffer": 200}',
  );
};

const runSchema = () =>
  v.strictObject(
    {
      id: range(L.id),
      options: optionsSchema(),
      method: methodSchema(),
      epochs: range(L.epochs),
      normalised: v.optional(bool(), false),
    },
    'must be a run like {"id": 1, "options": {…}, "method": {…}, "epochs": 2}',
  );

export const seqRequestSchema = () =>
  v.strictObject(
    {
      tasks: v.strictObject(
        {
          kind: oneOf(TASK_KINDS),
          tasks: range(L.tasks),
          perClass: range(L.perClass),
          seed: v.optional(seed(), 1),
        },
        'must be tasks like {"kind": "class", "tasks": 5, "perClass": 100, "seed": 1}',
      ),
      runs: list(runSchema(), L.runs[0], L.runs[1]),
    },
    'must be a request {"tasks": {…}, "runs": [{…}, …]}',
  );

/** Multiply-adds of one run's training (the header's formula). */
export function seqRunWork(tasks: SeqRequest['tasks'], run: SeqRunSpec): number {
  const m = run.method;
  const extra =
    (m.method === 'rehearsal' ? m.buffer : 0) + (m.method === 'pseudo' ? m.pseudoItems : 0);
  const K = khConfig(trainerOptions(run)).K;
  return tasks.tasks * run.epochs * (tasks.perClass * 10 + extra) * K * NORMALISED_NEURONS;
}

/** The checks relating fields, after the schema; `at` prefixes the field names. */
export function checkSeqRequest(r: SeqRequest, at = ''): void {
  const seen = new Map<number, number>();
  r.runs.forEach((run, i) => {
    const field = `${at}runs[${i}]`;
    if (seen.has(run.id)) fail(`${field}.id`, `${run.id} is the id of runs[${seen.get(run.id)}]`);
    seen.set(run.id, i);
    for (const k of ['Tin', 'Tf'] as const) {
      const T = run.options[k];
      if (T === undefined) continue;
      const eff = run.normalised ? T * NORMALISED_NEURONS : T;
      if (!(eff >= KH_LIMITS.T[0] && eff <= KH_LIMITS.T[1])) {
        fail(
          `${field}.options.${k}`,
          `the trainer's temperature ${run.normalised ? `${T}·794 = ${eff}` : T} must be ` +
            `${KH_LIMITS.T[0]}–${KH_LIMITS.T[1]}`,
        );
      }
    }
    const o = trainerOptions(run);
    try {
      khConfig(o);
    } catch (e) {
      fail(`${field}.options`, (e as Error).message);
    }
  });
  const work = r.runs.reduce((a, run) => a + seqRunWork(r.tasks, run), 0);
  if (work > SEQ_WORK_MAX) {
    fail(
      `${at}runs`,
      `${work.toPrecision(3)} multiply-adds (Σ tasks·epochs·(perClass·10 + buffer + pseudoItems)·K·794) ` +
        `is above the cap of ${SEQ_WORK_MAX.toPrecision(2)}; fewer runs, epochs, digits or memories`,
    );
  }
}

/** Validates a SeqRequest (defaults filled in); throws InputError naming the first problem. */
export function parseSeqRequest(value: unknown): SeqRequest {
  const r = parseInput(seqRequestSchema(), value, { maxDepth: SEQ_REQUEST_DEPTH }) as SeqRequest;
  checkSeqRequest(r);
  return r;
}

/** The JSON text of `dam train --config`; `what` (the file name) prefixes messages. */
export function parseSeqRequestText(text: string, what?: string): SeqRequest {
  const raw = parseJsonText(text, {
    maxBytes: SEQ_REQUEST_BYTES,
    maxDepth: SEQ_REQUEST_DEPTH,
    what,
  });
  try {
    return parseSeqRequest(raw);
  } catch (e) {
    if (e instanceof InputError && what) throw new InputError(`${what}: ${e.message}`, e.field);
    throw e;
  }
}

export const SEQ_RUN_FORMAT = 'dam-seq-run';
export const SEQ_RUN_VERSION = 1;
/** 4 runs of K = 400 memories as 4-decimal numbers are about 9 MB; the rest is small. */
export const SEQ_RUN_FILE_MAX_BYTES = 32 * 1024 * 1024;
/** file → results → result → curve → entry → accuracy. */
export const SEQ_RUN_FILE_DEPTH = 6;

/** What `dam train --tasks … --out` writes and the lab opens. */
export interface SeqRunFile {
  format: typeof SEQ_RUN_FORMAT;
  version: typeof SEQ_RUN_VERSION;
  request: SeqRequest;
  results: SeqRunResult[];
  /** Per run (in request order), its final K × 794 memories, row-major. */
  memories: number[][];
}

const accuracy = () => num(0, 1);

const resultSchema = () =>
  v.strictObject(
    {
      id: range(L.id),
      matrix: list(list(accuracy(), L.tasks[0], L.tasks[1]), 0, L.tasks[1]),
      finalAccuracy: accuracy(),
      forgetting: num(-1, 1),
      curve: list(
        v.strictObject(
          {
            epoch: int(1, L.tasks[1] * L.epochs[1]),
            task: int(0, L.tasks[1] - 1),
            accuracy: list(accuracy(), L.tasks[0], L.tasks[1]),
          },
          'must be an entry {epoch, task, accuracy}',
        ),
        0,
        L.tasks[1] * L.epochs[1],
      ),
      ms: num(0, 1e9),
    },
    'must be a result {id, matrix, finalAccuracy, forgetting, curve, ms}',
  );

const memoriesSchema = () => {
  const max = KH_LIMITS.K[1] * NORMALISED_NEURONS;
  const msg = `must be a list of at most ${max} numbers from −1 to 1`;
  return v.custom<number[]>(
    (x) =>
      Array.isArray(x) &&
      x.length <= max &&
      x.every((y) => typeof y === 'number' && y >= -1 && y <= 1),
    msg,
  );
};

const runFileSchema = () =>
  v.strictObject(
    {
      format: v.literal(SEQ_RUN_FORMAT, `must be "${SEQ_RUN_FORMAT}"`),
      version: v.literal(SEQ_RUN_VERSION, `must be ${SEQ_RUN_VERSION}, the version this app reads`),
      request: seqRequestSchema(),
      results: list(resultSchema(), L.runs[0], L.runs[1]),
      memories: list(memoriesSchema(), L.runs[0], L.runs[1]),
    },
    `must be a ${SEQ_RUN_FORMAT} file: a JSON object with "format": "${SEQ_RUN_FORMAT}"`,
  );

/** Reads a run file's text (size and depth capped first); InputError naming the field. */
export function parseSeqRunFile(text: string, maxBytes = SEQ_RUN_FILE_MAX_BYTES): SeqRunFile {
  const raw = parseJsonText(text, { maxBytes, maxDepth: SEQ_RUN_FILE_DEPTH });
  const f = parseInput(runFileSchema(), raw, { maxDepth: SEQ_RUN_FILE_DEPTH }) as SeqRunFile;
  checkSeqRequest(f.request, 'request.');
  const { runs, tasks } = f.request;
  for (const name of ['results', 'memories'] as const) {
    if (f[name].length !== runs.length) {
      fail(name, `must hold one entry per run (${runs.length}), not ${f[name].length}`);
    }
  }
  runs.forEach((run, i) => {
    const r = f.results[i];
    if (r.id !== run.id)
      fail(`results[${i}].id`, `must be ${run.id}, the id of request.runs[${i}]`);
    r.matrix.forEach((row, k) => {
      if (row.length !== tasks.tasks) {
        fail(`results[${i}].matrix[${k}]`, `must hold ${tasks.tasks} accuracies, one per task`);
      }
    });
    if (r.matrix.length > tasks.tasks) fail(`results[${i}].matrix`, `has more rows than tasks`);
    r.curve.forEach((c, k) => {
      if (c.accuracy.length !== tasks.tasks || c.task >= tasks.tasks) {
        fail(`results[${i}].curve[${k}]`, `must be of one of the ${tasks.tasks} tasks`);
      }
    });
    const len = khConfig(trainerOptions(run)).K * NORMALISED_NEURONS;
    if (f.memories[i].length !== len) {
      fail(`memories[${i}]`, `must be ${len} values (K × 794), not ${f.memories[i].length}`);
    }
  });
  return f;
}
