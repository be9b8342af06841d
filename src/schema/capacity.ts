/**
 * The capacity lab's outside input: a point, a grid (the lab's share link and saved set-up, and
 * `dam capacity --config`), and a result file (`dam merge` writes it, the lab opens it). Unknown
 * keys and out-of-range values are errors that name the field; sizes are capped before parsing.
 */
import * as v from 'valibot';
import { ENERGY_KINDS, LIMITS } from '../core/dynamics/model-spec';
import { normalizePoint } from '../core/capacity/grid';
import { DEFAULT_POINT } from '../core/capacity/presets';
import type { GridSpec, PointSpec, ResultFile } from '../core/capacity/types';
import { int, list, num, oneOf, seed, text } from './fields';
import { InputError, parseInput, parseJsonText } from './parse';

export { DEFAULT_POINT };

export const CAPACITY_LIMITS = {
  NMin: 16,
  NMax: 1024,
  trialsMax: 200,
  kCapMax: 10_000,
  rhoMax: 0.9,
  seriesMax: 16,
  valuesMax: 32,
  pointsMax: 512,
  /** Grid text (a config or a link's part). */
  gridBytes: 256 * 1024,
  /** A merged result file. */
  resultBytes: 64 * 2 ** 20,
} as const;

const L = CAPACITY_LIMITS;
const DATA_KINDS = ['uniform', 'correlated', 'separated', 'mnist'] as const;
const CRITERIA = ['fixed', 'bits', 'retrieve', 'softmax'] as const;

const fields = {
  data: {
    kind: () => oneOf(DATA_KINDS),
    N: () => int(L.NMin, L.NMax),
    rho: () => num(0, L.rhoMax),
    block: () => int(2, L.NMax),
    dH: () => int(0, L.NMax),
    base: () => oneOf(['uniform', 'correlated'] as const),
    classes: () => list(int(0, 9), 1, 10),
  },
  model: {
    energy: () => oneOf(ENERGY_KINDS),
    n: () => int(LIMITS.nMin, LIMITS.nMax),
    beta: () => num(LIMITS.betaMin, LIMITS.betaMax),
  },
  criterion: {
    kind: () => oneOf(CRITERIA),
    eps: () => num(0, 1),
    flip: () => num(0, 0.5),
    hamming: () => int(0, L.NMax),
    q: () => num(0.01, 1),
  },
  trials: () => int(1, L.trialsMax),
  seed: () => seed(),
  kCap: () => int(1, L.kCapMax),
};

type Group = Record<string, () => v.GenericSchema>;
/** An object of the group's fields, each optional with a default (full) or without (patch). */
function group<G extends Group>(g: G, defaults: Record<string, unknown> | null, what: string) {
  const entries = Object.entries(g).map(([k, f]) => [
    k,
    defaults ? v.optional(f(), defaults[k] as never) : v.optional(f()),
  ]);
  return v.strictObject(Object.fromEntries(entries), `must be an object of ${what}`);
}

const D = DEFAULT_POINT;
const pointSchema = () =>
  v.strictObject(
    {
      data: v.optional(group(fields.data, D.data as never, 'data settings'), {}),
      model: v.optional(group(fields.model, D.model as never, 'model settings'), {}),
      criterion: v.optional(
        group(fields.criterion, D.criterion as never, 'criterion settings'),
        {},
      ),
      trials: v.optional(fields.trials(), D.trials),
      seed: v.optional(fields.seed(), D.seed),
      kCap: v.optional(fields.kCap(), D.kCap),
    },
    'must be an object like {"data": {"N": 100}, "model": {"energy": "polynomial", "n": 3}}',
  );

const patchSchema = () =>
  v.strictObject(
    {
      data: v.optional(group(fields.data, null, 'data settings')),
      model: v.optional(group(fields.model, null, 'model settings')),
      criterion: v.optional(group(fields.criterion, null, 'criterion settings')),
      trials: v.optional(fields.trials()),
      seed: v.optional(fields.seed()),
      kCap: v.optional(fields.kCap()),
    },
    'must be an object of point settings',
  );

const values = (item: v.GenericSchema) => list(item, 1, L.valuesMax);
const sweepSchema = () =>
  v.strictObject(
    {
      N: v.optional(values(fields.data.N())),
      n: v.optional(values(fields.model.n())),
      beta: v.optional(values(fields.model.beta())),
      rho: v.optional(values(fields.data.rho())),
      dH: v.optional(values(fields.data.dH())),
    },
    'must be an object of value lists such as {"N": [32, 64]}',
  );

const gridSchema = () =>
  v.strictObject(
    {
      base: v.optional(pointSchema(), {}),
      series: list(
        v.strictObject(
          { label: text(60), set: v.optional(patchSchema()), sweep: v.optional(sweepSchema(), {}) },
          'must be an object like {"label": "n = 3", "sweep": {"N": [32, 64]}}',
        ),
        1,
        L.seriesMax,
      ),
    },
    'must be an object with "series" (and optionally "base")',
  );

/** point → data → classes → value. */
const POINT_DEPTH = 3;
/** grid → series → item → set → data → classes → value. */
const GRID_DEPTH = 6;

export function parsePoint(value: unknown, at?: string): PointSpec {
  return normalizePoint(
    parseInput(pointSchema(), value, { maxDepth: POINT_DEPTH, at }) as PointSpec,
  );
}

function countPoints(grid: GridSpec): number {
  return grid.series.reduce(
    (sum, s) => sum + Object.values(s.sweep).reduce((p, vals) => p * (vals?.length ?? 1), 1),
    0,
  );
}

export function parseGrid(value: unknown, what?: string): GridSpec {
  const grid = parseInput(gridSchema(), value, { maxDepth: GRID_DEPTH, what }) as GridSpec;
  const count = countPoints(grid);
  if (count > L.pointsMax) {
    throw new InputError(
      `${what ? `${what}: ` : ''}series: ${count} points; a grid holds at most ${L.pointsMax}`,
      'series',
    );
  }
  return grid;
}

export const parseGridText = (text: string, what?: string): GridSpec =>
  parseGrid(parseJsonText(text, { maxBytes: L.gridBytes, maxDepth: GRID_DEPTH, what }), what);

const finite = () => v.pipe(v.number('must be a number'), v.finite('must be a number'));
const nonNeg = () => num(0, Number.MAX_SAFE_INTEGER);
const quartilesSchema = () => v.strictObject({ median: nonNeg(), q1: nonNeg(), q3: nonNeg() });
const lineSchema = () =>
  v.strictObject({
    index: int(0, L.pointsMax - 1),
    series: text(60),
    spec: pointSchema(),
    kMaxTrials: list(int(0, L.kCapMax), 1, L.trialsMax),
    kMax: quartilesSchema(),
    censored: int(0, L.trialsMax),
    k50: v.nullable(finite()),
    curve: list(
      v.strictObject({
        K: int(1, L.kCapMax),
        pSuccess: num(0, 1),
        lo: num(0, 1),
        hi: num(0, 1),
        trials: int(0, L.trialsMax),
      }),
      0,
      4096,
    ),
    pool: v.strictObject({ reached: list(int(0, L.kCapMax), 0, L.trialsMax), gaveUp: v.boolean() }),
    stats: v.strictObject({
      count: int(0, L.kCapMax),
      meanAbsCorr: num(0, 1),
      minHamming: int(0, L.NMax),
      meanHamming: num(0, L.NMax),
      hist: list(int(0, Number.MAX_SAFE_INTEGER), 0, L.NMax + 1),
      binWidth: int(1, L.NMax),
    }),
    search: oneOf(['scan', 'bisect'] as const),
  });

const RESULT_DEPTH = 8;

export function parseResultFile(value: unknown, what?: string): ResultFile {
  const file = parseInput(
    v.strictObject(
      {
        format: v.literal('dam-capacity', 'must be "dam-capacity"'),
        version: v.literal(1, 'must be 1'),
        grid: gridSchema(),
        points: list(lineSchema(), 0, L.pointsMax),
      },
      'must be a capacity result file ({"format": "dam-capacity", …})',
    ),
    value,
    { maxDepth: RESULT_DEPTH, what },
  ) as ResultFile;
  return file;
}

export const parseResultText = (text: string, what?: string): ResultFile =>
  parseResultFile(
    parseJsonText(text, { maxBytes: L.resultBytes, maxDepth: RESULT_DEPTH, what }),
    what,
  );
