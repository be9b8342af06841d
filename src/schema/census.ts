/**
 * The census lab's outside input: a census spec, a phase map spec and the config file of
 * `dam census --config` (also the lab's saved set-up). Unknown keys and out-of-range values are
 * errors that name the field; missing fields take the defaults of DEFAULT_CENSUS / DEFAULT_PHASE.
 */
import * as v from 'valibot';
import { CENSUS_PRESETS, DEFAULT_CENSUS, DEFAULT_PHASE } from '../core/census/presets';
import type { CensusSpec, MnistTaskSpec, PhaseSpec, RandomTaskSpec } from '../core/census/types';
import { int, list, num, oneOf, seed } from './fields';
import { InputError, parseInput, parseJsonText } from './parse';

export const CENSUS_LIMITS = {
  sideMin: 5,
  sideMax: 20,
  PMax: 40,
  EMax: 100,
  nonExamplesMax: 200,
  probesMax: 100_000,
  nMin: 2,
  nMax: 60,
  trialsMax: 200,
  phaseValuesMax: 16,
} as const;

/** Config text (a file or a link's part). */
export const CENSUS_CONFIG_BYTES = 256 * 1024;

const L = CENSUS_LIMITS;
const NETWORK_KINDS = ['hebbian', 'polynomial', 'rectified'] as const;
const MNIST_DEFAULT = CENSUS_PRESETS.find((p) => p.id === 'mnist')!.spec.task as MnistTaskSpec;
const RANDOM_DEFAULT = DEFAULT_CENSUS.task as RandomTaskSpec;

const opt = <S extends v.GenericSchema>(s: S, d: unknown) => v.optional(s, d as never);

const randomTask = () =>
  v.strictObject(
    {
      kind: v.literal('random'),
      side: opt(int(L.sideMin, L.sideMax), RANDOM_DEFAULT.side),
      P: opt(int(1, L.PMax), RANDOM_DEFAULT.P),
      E: opt(int(1, L.EMax), RANDOM_DEFAULT.E),
      p: opt(num(0, 0.5), RANDOM_DEFAULT.p),
      nonExamples: opt(int(0, L.nonExamplesMax), RANDOM_DEFAULT.nonExamples),
      seed: opt(seed(), RANDOM_DEFAULT.seed),
    },
    'must be a random task like {"kind": "random", "side": 10, "P": 10, "E": 20, "p": 0.1}',
  );

const mnistTask = () =>
  v.strictObject(
    {
      kind: v.literal('mnist'),
      side: opt(v.picklist([14, 28], 'must be 14 or 28'), MNIST_DEFAULT.side),
      digits: opt(list(int(0, 9), 1, 10), MNIST_DEFAULT.digits),
      E: opt(int(1, L.EMax), MNIST_DEFAULT.E),
      nonExamples: opt(int(0, L.nonExamplesMax), MNIST_DEFAULT.nonExamples),
      seed: opt(seed(), MNIST_DEFAULT.seed),
    },
    'must be an MNIST task like {"kind": "mnist", "side": 14, "digits": [0, 1], "E": 20}',
  );

const networkSchema = (d: CensusSpec['network']) =>
  v.strictObject(
    {
      kind: opt(oneOf(NETWORK_KINDS), d.kind),
      n: opt(int(L.nMin, L.nMax), d.n),
    },
    'must be a network like {"kind": "hebbian"} or {"kind": "polynomial", "n": 3}',
  );

const probesSchema = () => {
  const d = DEFAULT_CENSUS.probes;
  return v.strictObject(
    {
      random: opt(int(0, L.probesMax), d.random),
      examples: opt(int(0, L.probesMax), d.examples),
      prototypes: opt(int(0, L.probesMax), d.prototypes),
      noise: opt(num(0, 0.5), d.noise),
      seed: opt(seed(), d.seed),
    },
    'must be probe counts like {"random": 2000, "prototypes": 200, "noise": 0.1}',
  );
};

/** The task's schema by its kind (random when the kind is missing). */
function taskSchema(raw: unknown) {
  const kind =
    typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).kind : undefined;
  if (kind === 'mnist') return mnistTask();
  if (kind === undefined || kind === 'random') {
    return v.pipe(
      v.looseObject({}),
      v.transform((o) => ({ kind: 'random', ...o })),
      randomTask(),
    );
  }
  return v.strictObject({ kind: oneOf(['random', 'mnist'] as const) });
}

const censusSchema = (raw: unknown) => {
  const task = typeof raw === 'object' && raw !== null ? (raw as { task?: unknown }).task : {};
  return v.strictObject(
    {
      task: opt(taskSchema(task ?? {}), {}),
      network: opt(networkSchema(DEFAULT_CENSUS.network), {}),
      probes: opt(probesSchema(), {}),
    },
    'must be a census like {"task": {"P": 10}, "network": {"kind": "hebbian"}, "probes": {"random": 2000}}',
  );
};

/** census → task → digits → value. */
const CENSUS_DEPTH = 3;

export function parseCensusSpec(raw: unknown, path = 'census'): CensusSpec {
  const spec = parseInput(censusSchema(raw), raw, {
    maxDepth: CENSUS_DEPTH,
    at: path,
  }) as CensusSpec;
  const t = spec.task;
  const at = (f: string) => (path ? `${path}.${f}` : f);
  if (t.kind === 'mnist' && new Set(t.digits).size !== t.digits.length) {
    throw new InputError(`${at('task.digits')}: must be distinct digits`, at('task.digits'));
  }
  const { random, examples, prototypes } = spec.probes;
  const total = random + examples + prototypes;
  if (total < 1 || total > L.probesMax) {
    throw new InputError(
      `${at('probes')}: ${total} probes in all; a census takes 1 to ${L.probesMax}`,
      at('probes'),
    );
  }
  return spec;
}

const values = (item: v.GenericSchema) => list(item, 1, L.phaseValuesMax);
const phaseSchema = () => {
  const d = DEFAULT_PHASE;
  return v.strictObject(
    {
      side: opt(int(L.sideMin, L.sideMax), d.side),
      P: opt(int(1, L.PMax), d.P),
      Es: opt(values(int(1, L.EMax)), d.Es),
      ps: opt(values(num(0, 0.5)), d.ps),
      trials: opt(int(1, L.trialsMax), d.trials),
      network: opt(networkSchema(d.network), {}),
      seed: opt(seed(), d.seed),
    },
    'must be a phase map like {"P": 10, "Es": [1, 5, 20], "ps": [0, 0.1], "trials": 10}',
  );
};

export function parsePhaseSpec(raw: unknown, path = 'phase'): PhaseSpec {
  return parseInput(phaseSchema(), raw, { maxDepth: 2, at: path }) as PhaseSpec;
}

export interface CensusConfig {
  census: CensusSpec;
  phase?: PhaseSpec;
  test?: CensusSpec;
  /** Validated by the classifiers' own schema. */
  classifier?: unknown;
}

const CONFIG_KEYS = ['census', 'phase', 'test', 'classifier'];
const SPEC_KEYS = ['task', 'network', 'probes'];

/** A bare CensusSpec ({task, network, probes}) or {census, phase?, test?, classifier?}. */
export function parseCensusConfig(raw: unknown): CensusConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new InputError(
      'the config must be an object: a census {"task", "network", "probes"} or {"census", "phase", "test", "classifier"}',
    );
  }
  const keys = Object.keys(raw);
  if (keys.length > 0 && keys.every((k) => SPEC_KEYS.includes(k))) {
    return { census: parseCensusSpec(raw) };
  }
  const unknownKey = keys.find((k) => !CONFIG_KEYS.includes(k));
  if (unknownKey !== undefined) {
    throw new InputError(
      `${unknownKey}: unknown key (a config holds census, phase, test, classifier)`,
      unknownKey,
    );
  }
  const r = raw as Record<string, unknown>;
  if (r.census === undefined) throw new InputError('census: is missing', 'census');
  const out: CensusConfig = { census: parseCensusSpec(r.census, 'census') };
  if (r.phase !== undefined) out.phase = parsePhaseSpec(r.phase, 'phase');
  if (r.test !== undefined) out.test = parseCensusSpec(r.test, 'test');
  if (r.classifier !== undefined) out.classifier = r.classifier;
  return out;
}

/** Config text → config; broken JSON is one clear line ("not valid JSON (…)"). */
export function parseCensusConfigText(text: string, what?: string): CensusConfig {
  const raw = parseJsonText(text, { maxBytes: CENSUS_CONFIG_BYTES, maxDepth: 8, what });
  try {
    return parseCensusConfig(raw);
  } catch (e) {
    if (e instanceof InputError && what) throw new InputError(`${what}: ${e.message}`, e.field);
    throw e;
  }
}
