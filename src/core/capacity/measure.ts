/**
 * One capacity point: seeded trials of a search for K_max on fresh pools, the curve P(success)
 * against K, and the pool's statistics. The same function runs in the lab's worker room and in
 * `dam capacity`.
 */
import type { MnistSet } from '../data/mnist-format';
import { isBinaryEnergy } from '../dynamics/model-spec';
import { throwIfAborted, type AbortLike } from '../util/abort';
import { bisectSearch } from './bisect';
import { checkPoint } from './check-point';
import { assembleCurve, curveGrid, k50, type TrialCurve } from './curve';
import { datasetStats, STATS_PATTERNS } from './dataset-stats';
import { coreGram, GRAM_MAX, type GramFn } from './gram';
import { createPool, rowDot, trialSeed, type Pool } from './pool';
import { dynamicalHolds } from './retrieval-check';
import { scanStability } from './scan';
import { quartiles } from './stats';
import type { DatasetStats, PointResult, PointSpec } from './types';

export { checkPoint } from './check-point';

export interface MeasureHooks {
  /** Cancels between slices of work (throws the AbortError). */
  signal?: AbortLike;
  /** After each trial. */
  onTrial?: (done: number, total: number) => void;
  /** MNIST digits, for data.kind 'mnist'. */
  mnist?: MnistSet;
  /** Gram matrices from a faster engine (tfjs); the typed-array core by default. */
  gram?: GramFn;
  /** Lets other events in (the worker's messages, a cancel); called every ~20 ms of work. */
  pause?: () => Promise<void>;
}

/** Grid ratios of the curve: the scan measures every K, so its grid can be finer. */
export const SCAN_RATIO = 2 ** (1 / 8);
export const BISECT_RATIO = 2 ** (1 / 4);

const searchKind = (spec: PointSpec): 'scan' | 'bisect' =>
  spec.criterion.kind === 'fixed' || spec.criterion.kind === 'bits' ? 'scan' : 'bisect';

/** Grows the pool in doubling chunks and keeps its Gram matrix (up to GRAM_MAX rows). */
function overlapsOf(pool: Pool, kCap: number, gram: GramFn) {
  let g: Int32Array | null = null;
  let rows = 0;
  const N = pool.N;
  return {
    dot: (a: number, b: number) => (g ? g[a * rows + b] : rowDot(pool.data, a, b, N)),
    async extend(K: number): Promise<number> {
      const target = Math.min(kCap, Math.max(K, 64, 2 * rows));
      const have = pool.grow(target);
      if (have !== rows) {
        rows = have;
        g = have <= GRAM_MAX ? await gram(pool.data, have, N) : null;
      }
      return have;
    },
  };
}

export async function measurePoint(
  spec: PointSpec,
  hooks: MeasureHooks = {},
): Promise<PointResult> {
  const bad = checkPoint(spec, hooks.mnist !== undefined, hooks.mnist);
  if (bad) throw new Error(bad);
  const tick = async () => {
    throwIfAborted(hooks.signal);
    if (hooks.pause) await hooks.pause();
    throwIfAborted(hooks.signal);
  };
  const kind = searchKind(spec);
  const grid = curveGrid(spec.kCap, kind === 'scan' ? SCAN_RATIO : BISECT_RATIO);
  const kMaxTrials: number[] = [];
  const curves: TrialCurve[] = [];
  const reached: number[] = [];
  let censored = 0;
  let gaveUp = false;
  let stats: DatasetStats | null = null;
  for (let t = 0; t < spec.trials; t++) {
    await tick();
    const seed = trialSeed(spec.seed, t);
    const pool = createPool(spec.data, seed, spec.kCap, hooks.mnist);
    const model = spec.model;
    if (kind === 'scan' && isBinaryEnergy(model.energy)) {
      const ov = overlapsOf(pool, spec.kCap, hooks.gram ?? coreGram);
      const r = await scanStability({ ...model, energy: model.energy }, spec.criterion, pool, {
        kCap: spec.kCap,
        dot: ov.dot,
        extend: ov.extend,
        tick,
      });
      kMaxTrials.push(r.kMax);
      if (r.censored) censored++;
      curves.push({ holds: (K) => r.ok[K - 1], end: r.ok.length });
    } else {
      const r = await bisectSearch(
        (K) => dynamicalHolds(model, spec.criterion, pool, K, seed, tick),
        (K) => Promise.resolve(pool.grow(K)),
        spec.kCap,
        grid,
      );
      kMaxTrials.push(r.kMax);
      if (r.censored) censored++;
      curves.push(r.curve);
    }
    reached.push(pool.count);
    if (pool.exhausted && pool.count < spec.kCap) gaveUp = true;
    if (t === 0) {
      const count = pool.grow(STATS_PATTERNS); // may reallocate pool.data: read it after
      stats = datasetStats(pool.data, count, pool.N);
    }
    hooks.onTrial?.(t + 1, spec.trials);
  }
  const curve = assembleCurve(grid, curves);
  return {
    spec,
    kMaxTrials,
    kMax: quartiles(kMaxTrials),
    censored,
    k50: k50(curve),
    curve,
    pool: { reached, gaveUp },
    stats: stats!,
    search: kind,
  };
}
