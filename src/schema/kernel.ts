/**
 * The kernel lab's outside input (docs/models.md §7, U-Hop+): the worker room's requests
 * (src/labs/kernel/worker/api.ts) and the config of `dam kernel --config`. Unknown keys and
 * out-of-range values are errors naming the field (`training.uhop.dPhi: …`); every size is capped
 * before anything is allocated:
 *  - M ≤ 1000 MNIST digits, ≤ 200 Gaussian or circle memories (M ≥ 2: the loss needs a pair);
 *    D ≤ 784 (circle: 2, MNIST: 784 whatever D says); D_Φ 2 … 256; 0 … 500 iterations;
 *  - the training's work, counted in multiply-adds, ≤ KERNEL_TRAIN_WORK_MAX:
 *      (iterations + 1)·M·D_Φ·(D + M)   (Φ(Ξ), then the Gram matrix of the features);
 *  - the metastable table's work ≤ KERNEL_QUERY_WORK_MAX:
 *      2·|normalisers|·queries·iterations·(D·D_Φ + M·D_Φ + M·D)   (raw and learned Φ);
 *  - a basin map or a contour grid: R 8 … 160, at most 8 contour iterations, each ≤ iterations.
 */
import * as v from 'valibot';
import { bool, int, list, num, oneOf, seed } from './fields';
import { InputError, parseInput, parseJsonText, quote } from './parse';

export const KERNEL_LIMITS = {
  MMax: { mnist: 1000, gaussian: 200, circle: 200 },
  DMax: 784,
  dPhiMin: 2,
  dPhiMax: 256,
  iterationsMax: 500,
  tauMin: 0.01,
  tauMax: 10,
  lrMax: 10,
  betaMax: 1000,
  retrievalMax: 100,
  RMin: 8,
  RMax: 160,
  extentMax: 100,
  contoursMax: 8,
  queriesMax: 2004,
  maxKMax: 1001,
} as const;

/** Multiply-adds one training may take: 2.8 × the 500-iteration MNIST target (M 100, D_Φ 200). */
export const KERNEL_TRAIN_WORK_MAX = 2.5e10;
/** Multiply-adds one metastable table may take. */
export const KERNEL_QUERY_WORK_MAX = 2e11;
export const KERNEL_CONFIG_BYTES = 64 * 1024;

const L = KERNEL_LIMITS;
const SOURCES = ['gaussian', 'circle', 'mnist'] as const;
const NORMALISERS = ['softmax', 'entmax15', 'sparsemax'] as const;
const RAW = ['identity', 'initial'] as const;

const fail = (field: string, message: string): never => {
  throw new InputError(`${field}: ${message}`, field);
};

const memoriesSchema = () =>
  v.strictObject(
    {
      source: oneOf(SOURCES),
      M: int(2, L.MMax.mnist),
      D: int(1, L.DMax),
      sphere: bool(),
      seed: seed(),
    },
    'must be memories like {"source": "gaussian", "M": 6, "D": 10, "sphere": true, "seed": 1}',
  );

const uhopSchema = () =>
  v.strictObject(
    {
      dPhi: int(L.dPhiMin, L.dPhiMax),
      tau: num(L.tauMin, L.tauMax),
      lr: v.pipe(
        num(0, L.lrMax),
        v.check((x) => x > 0, `must be a number above 0 and at most ${L.lrMax}`),
      ),
      optimiser: oneOf(['adam', 'sgd'] as const),
      iterations: int(0, L.iterationsMax),
      seed: seed(),
      bias: bool(),
    },
    'must be a U-Hop+ set-up like {"dPhi": 3, "tau": 0.1, "lr": 0.1, "optimiser": "adam", …}',
  );

const trainingSchema = () =>
  v.strictObject(
    { memories: memoriesSchema(), uhop: uhopSchema() },
    'must be a training {"memories": {…}, "uhop": {…}}',
  );

const khmSchema = () =>
  v.strictObject(
    {
      beta: v.pipe(
        num(0, L.betaMax),
        v.check((x) => x > 0, `must be a number above 0 and at most ${L.betaMax}`),
      ),
      normaliser: oneOf(NORMALISERS),
      iterations: int(1, L.retrievalMax),
    },
    'must be a retrieval like {"beta": 20, "normaliser": "softmax", "iterations": 5}',
  );

const planeSchema = () =>
  v.variant(
    'kind',
    [
      v.strictObject({ kind: v.literal('identity'), extent: num(1e-3, L.extentMax) }),
      v.strictObject({
        kind: v.literal('memories'),
        a: int(0, L.MMax.mnist - 1),
        b: int(0, L.MMax.mnist - 1),
        c: int(0, L.MMax.mnist - 1),
      }),
    ],
    'must be {"kind": "identity", "extent": 1.5} or {"kind": "memories", "a": 0, "b": 1, "c": 2}',
  );

const basinFields = () => ({
  plane: planeSchema(),
  R: int(L.RMin, L.RMax),
  khm: khmSchema(),
  tol: num(1e-12, 100),
  raw: oneOf(RAW),
  space: v.optional(oneOf(['memory', 'feature'] as const), 'memory'),
});

const contourFields = () => ({
  at: list(int(0, L.iterationsMax), 1, L.contoursMax),
  extent: num(1e-3, L.extentMax),
  R: int(L.RMin, L.RMax),
  beta: v.pipe(
    num(0, L.betaMax),
    v.check((x) => x > 0, `must be a number above 0 and at most ${L.betaMax}`),
  ),
});

const metastableFields = () => ({
  queries: int(1, L.queriesMax),
  khm: v.strictObject(
    { beta: khmSchema().entries.beta, iterations: int(1, L.retrievalMax) },
    'must be a retrieval like {"beta": 0.1, "iterations": 5}',
  ),
  normalisers: list(oneOf(NORMALISERS), 1, NORMALISERS.length),
  threshold: num(0, 1),
  maxK: int(2, L.maxKMax),
  raw: oneOf(RAW),
});

/** The parsed shapes: structurally the room's (labs/kernel/worker/api.ts; schema may not import it). */
export type KernelMemoriesSpec = v.InferOutput<ReturnType<typeof memoriesSchema>>;
export type KernelTrainingSpec = v.InferOutput<ReturnType<typeof trainingSchema>>;
type BasinFields = {
  [K in keyof ReturnType<typeof basinFields>]: v.InferOutput<ReturnType<typeof basinFields>[K]>;
};
type ContourFields = {
  [K in keyof ReturnType<typeof contourFields>]: v.InferOutput<ReturnType<typeof contourFields>[K]>;
};
type MetastableFields = {
  [K in keyof ReturnType<typeof metastableFields>]: v.InferOutput<
    ReturnType<typeof metastableFields>[K]
  >;
};
export type KernelBasinRequest = BasinFields & { training: KernelTrainingSpec };
export type KernelContourRequest = ContourFields & { training: KernelTrainingSpec };
export type KernelMetastableRequest = MetastableFields & { training: KernelTrainingSpec };

/** The dimension the memories really have (circle 2, MNIST 784, Gaussian its D). */
export const memoryDim = (m: KernelMemoriesSpec): number =>
  m.source === 'circle' ? 2 : m.source === 'mnist' ? 784 : m.D;

/** Multiply-adds of one training (the header's formula). */
export function trainingWork(t: KernelTrainingSpec): number {
  const { M } = t.memories;
  return (t.uhop.iterations + 1) * M * t.uhop.dPhi * (memoryDim(t.memories) + M);
}

/** Multiply-adds of one metastable table (the header's formula). */
export function metastableWork(r: KernelMetastableRequest): number {
  const { M } = r.training.memories;
  const D = memoryDim(r.training.memories);
  const dPhi = r.training.uhop.dPhi;
  return 2 * r.normalisers.length * r.queries * r.khm.iterations * (D * dPhi + M * dPhi + M * D);
}

function checkTraining(t: KernelTrainingSpec, at: string): void {
  const m = t.memories;
  const cap = L.MMax[m.source];
  if (m.M > cap) fail(`${at}memories.M`, `at most ${cap} ${m.source} memories (got ${m.M})`);
  const work = trainingWork(t);
  if (work > KERNEL_TRAIN_WORK_MAX)
    fail(
      `${at}uhop.iterations`,
      `${work.toPrecision(3)} multiply-adds ((iterations + 1)·M·D_Φ·(D + M)) is above the cap of ` +
        `${KERNEL_TRAIN_WORK_MAX.toPrecision(2)}; fewer iterations, memories or features`,
    );
}

function checkDistinct(list: readonly unknown[], field: string): void {
  const dup = list.findIndex((q, i) => list.indexOf(q) !== i);
  if (dup >= 0) fail(`${field}[${dup}]`, `${String(list[dup])} is listed twice`);
}

function checkBasin(
  r: Omit<KernelBasinRequest, 'training'>,
  t: KernelTrainingSpec,
  at: string,
): void {
  const { plane } = r;
  if (r.space === 'feature' && (plane.kind !== 'identity' || t.uhop.dPhi !== 2))
    fail(
      `${at}space`,
      'the feature-space map is for the 2-D toy: the identity plane with D_Φ = 2 (use "memory")',
    );
  if (plane.kind === 'identity' && memoryDim(t.memories) !== 2)
    fail(
      `${at}plane.kind`,
      `the identity plane needs memories in the plane (D = 2); use "memories"`,
    );
  if (plane.kind === 'memories') {
    for (const k of ['a', 'b', 'c'] as const)
      if (plane[k] >= t.memories.M)
        fail(
          `${at}plane.${k}`,
          `there are ${t.memories.M} memories, numbered from 0 (got ${plane[k]})`,
        );
    checkDistinct([plane.a, plane.b, plane.c], `${at}plane.abc`);
  }
}

function checkContour(
  r: Omit<KernelContourRequest, 'training'>,
  t: KernelTrainingSpec,
  at: string,
) {
  if (memoryDim(t.memories) !== 2)
    fail(
      'training.memories.source',
      'energy contours are drawn for memories in the plane (circle, or gaussian with D = 2)',
    );
  r.at.forEach((k, i) => {
    if (k > t.uhop.iterations)
      fail(`${at}at[${i}]`, `the training runs ${t.uhop.iterations} iterations (got ${k})`);
  });
  checkDistinct(r.at, `${at}at`);
}

function checkMetastable(r: KernelMetastableRequest, at: string): void {
  if (r.training.memories.source !== 'mnist')
    fail('training.memories.source', 'the metastable table queries MNIST test digits: use "mnist"');
  checkDistinct(r.normalisers, `${at}normalisers`);
  const work = metastableWork(r);
  if (work > KERNEL_QUERY_WORK_MAX)
    fail(
      `${at}queries`,
      `${work.toPrecision(3)} multiply-adds is above the cap of ${KERNEL_QUERY_WORK_MAX.toPrecision(1)}; ` +
        'fewer queries, iterations, normalisers or memories',
    );
}

const requestOf = <S extends v.GenericSchema>(schema: S, value: unknown, what: string) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InputError(`the ${what}: must be an object (got ${quote(value)})`);
  return parseInput(schema, value, { maxDepth: 4 });
};

export function parseKernelTraining(value: unknown): KernelTrainingSpec {
  const t = requestOf(trainingSchema(), value, 'training') as KernelTrainingSpec;
  checkTraining(t, '');
  return t;
}

export function parseKernelBasinRequest(value: unknown): KernelBasinRequest {
  const r = requestOf(
    v.strictObject({ training: trainingSchema(), ...basinFields() }),
    value,
    'basin request',
  ) as KernelBasinRequest;
  checkTraining(r.training, 'training.');
  checkBasin(r, r.training, '');
  return r;
}

export function parseKernelContourRequest(value: unknown): KernelContourRequest {
  const r = requestOf(
    v.strictObject({ training: trainingSchema(), ...contourFields() }),
    value,
    'contour request',
  ) as KernelContourRequest;
  checkTraining(r.training, 'training.');
  checkContour(r, r.training, '');
  return r;
}

export function parseKernelMetastableRequest(value: unknown): KernelMetastableRequest {
  const r = requestOf(
    v.strictObject({ training: trainingSchema(), ...metastableFields() }),
    value,
    'metastable request',
  ) as KernelMetastableRequest;
  checkTraining(r.training, 'training.');
  checkMetastable(r, '');
  return r;
}

/** `dam kernel --config`: a training, and optionally a metastable table and a basin map on it. */
export interface KernelConfig {
  training: KernelTrainingSpec;
  metastable: Omit<KernelMetastableRequest, 'training'> | null;
  basins: Omit<KernelBasinRequest, 'training'> | null;
}

const EXAMPLE =
  '{"training": {"memories": {…}, "uhop": {…}}, "metastable": {…} or null, "basins": {…} or null}';

export function parseKernelConfig(value: unknown): KernelConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InputError(`the config: must be an object like ${EXAMPLE} (got ${quote(value)})`);
  const schema = v.strictObject(
    {
      training: trainingSchema(),
      metastable: v.optional(v.nullable(v.strictObject(metastableFields())), null),
      basins: v.optional(v.nullable(v.strictObject(basinFields())), null),
    },
    `must be a config like ${EXAMPLE}`,
  );
  const c = parseInput(schema, value, { maxDepth: 4 }) as KernelConfig;
  checkTraining(c.training, 'training.');
  if (c.metastable) checkMetastable({ ...c.metastable, training: c.training }, 'metastable.');
  if (c.basins) checkBasin(c.basins, c.training, 'basins.');
  return c;
}

/** Config text → config; broken JSON is one clear line. `what` prefixes messages (a file name). */
export function parseKernelConfigText(text: string, what?: string): KernelConfig {
  const raw = parseJsonText(text, { maxBytes: KERNEL_CONFIG_BYTES, maxDepth: 4, what });
  try {
    return parseKernelConfig(raw);
  } catch (e) {
    if (e instanceof InputError && what) throw new InputError(`${what}: ${e.message}`, e.field);
    throw e;
  }
}
