/**
 * Grids of capacity points: expansion into numbered points, deterministic shards for batch
 * engines (point j belongs to shard j mod m), an execution order that finishes cheap points first,
 * and the merge of shard outputs into one result file.
 */
import type {
  GridPoint,
  GridSpec,
  PointLine,
  PointPatch,
  PointSpec,
  ResultFile,
  SweepKey,
} from './types';

export const SWEEP_ORDER: readonly SweepKey[] = ['n', 'beta', 'rho', 'dH', 'N'];

/** MNIST patterns are 28 × 28 whatever N says: the spec states the length it measures. */
export function normalizePoint(spec: PointSpec): PointSpec {
  return spec.data.kind === 'mnist' && spec.data.N !== MNIST_N
    ? { ...spec, data: { ...spec.data, N: MNIST_N } }
    : spec;
}

export const MNIST_N = 784;

function applyPatch(base: PointSpec, patch: PointPatch | undefined): PointSpec {
  return {
    data: {
      ...base.data,
      ...patch?.data,
      classes: [...(patch?.data?.classes ?? base.data.classes)],
    },
    model: { ...base.model, ...patch?.model },
    criterion: { ...base.criterion, ...patch?.criterion },
    trials: patch?.trials ?? base.trials,
    seed: patch?.seed ?? base.seed,
    kCap: patch?.kCap ?? base.kCap,
  };
}

function setSwept(spec: PointSpec, key: SweepKey, value: number): PointSpec {
  if (key === 'n' || key === 'beta') return { ...spec, model: { ...spec.model, [key]: value } };
  return { ...spec, data: { ...spec.data, [key]: value } };
}

export function expandGrid(grid: GridSpec): GridPoint[] {
  const points: GridPoint[] = [];
  for (const series of grid.series) {
    let specs = [applyPatch(grid.base, series.set)];
    for (const key of SWEEP_ORDER) {
      const values = series.sweep[key];
      if (!values || values.length === 0) continue;
      specs = specs.flatMap((s) => values.map((v) => setSwept(s, key, v)));
    }
    for (const spec of specs) {
      points.push({ index: points.length, series: series.label, spec: normalizePoint(spec) });
    }
  }
  return points;
}

/** The points of shard k of m (0 ≤ k < m): index mod m = k. */
export function shardPoints(points: readonly GridPoint[], k: number, m: number): GridPoint[] {
  if (!Number.isInteger(m) || m < 1 || !Number.isInteger(k) || k < 0 || k >= m) {
    throw new RangeError(`shard ${k}/${m}: need whole numbers 0 ≤ k < m`);
  }
  return points.filter((p) => p.index % m === k);
}

/** A rough relative cost: the scan is ~K²N, with K growing like N^(n−1) for polynomials. */
export function estimatedCost(spec: PointSpec): number {
  const N = spec.data.kind === 'mnist' ? 784 : spec.data.N;
  const { energy, n } = spec.model;
  const growth = energy === 'polynomial' || energy === 'rectified' ? n - 1 : 1;
  const K = Math.min(spec.kCap, N ** Math.min(growth, 4) / Math.log(N));
  return spec.trials * K * K * N;
}

/** Cheapest first (ties by index), so a view fills in coarse to fine. */
export function runOrder(points: readonly GridPoint[]): GridPoint[] {
  return [...points].sort(
    (a, b) => estimatedCost(a.spec) - estimatedCost(b.spec) || a.index - b.index,
  );
}

/** JSON with object keys sorted: equal specs give equal text. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export const pointKey = (spec: PointSpec): string => stable(spec);

/** Joins shard lines into one result; a missing, duplicate or foreign point is an error. */
export function mergeLines(grid: GridSpec, lines: readonly PointLine[]): ResultFile {
  const points = expandGrid(grid);
  const byIndex = new Map<number, PointLine>();
  for (const line of lines) {
    const want = points[line.index];
    if (!want || pointKey(want.spec) !== pointKey(line.spec) || want.series !== line.series) {
      throw new Error(`point ${line.index}: not a point of this grid (a shard of another grid?)`);
    }
    if (byIndex.has(line.index)) throw new Error(`point ${line.index}: appears twice`);
    byIndex.set(line.index, line);
  }
  const missing = points.filter((p) => !byIndex.has(p.index)).map((p) => p.index);
  if (missing.length > 0) {
    const shown = missing.slice(0, 8).join(', ') + (missing.length > 8 ? ', …' : '');
    throw new Error(
      `${missing.length} of ${points.length} points missing (${shown}): is a shard left out?`,
    );
  }
  return {
    format: 'dam-capacity',
    version: 1,
    grid,
    points: points.map((p) => byIndex.get(p.index)!),
  };
}
