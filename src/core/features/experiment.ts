/**
 * The DrDAM-vs-MrDAM measurement (Hoover et al. 2024 QUANT1b, models.md §6.5; shapes in
 * experiment-types.ts). For each β, the exact energies and gradients of every query (mrdam.ts);
 * for each Y, the distributed memory T = Σ φ(ξ^μ) of one map (seed subSeed(seed, 4) for every β
 * and Y, so the Gaussian S of a small Y is the first rows of a larger one), and per query kind:
 *
 *   energyMAE = mean |Ẽ − E| (energySEM = sample sd/√n, 0 for n = 1),
 *   gradMAE   = mean ‖∇Ẽ − ∇E‖₁ / D.
 *
 * Baseline per β ("random guess"): mean over i < min(#stored, #random) of |E(ξ^i) − E(r_i)|, the
 * error of guessing a stored pattern's energy by a random query's; the exact E stands for Ẽ at the
 * random queries (Y-independent; Ẽ → E as Y grows). Retrieval: descent on E and on Ẽ from the first
 * retrieval.queries queries of retrievalKind, binarised at 0.5/√D, compared by Hamming/√D and
 * identity; the numbers sit on that kind's points. Curves: logLogFit of energyMAE against Y.
 * Same spec → same numbers (ms aside).
 */
import { isAbortError, throwIfAborted } from '../util/abort';
import { subSeed } from '../util/sub-seed';
import { binarize, descend, hamming } from './descend';
import { createDrDam, type DrDam } from './drdam';
import { makeQueries, retrievalKind } from './experiment-queries';
import type {
  FeaturesCurve,
  FeaturesExperimentHooks,
  FeaturesExperimentResult,
  FeaturesExperimentSpec,
  FeaturesPoint,
  QueryKind,
} from './experiment-types';
import { validateFeaturesSpec } from './experiment-validate';
import { createFeatureMap, maxYFor, type FeatureMapSpec } from './feature-maps';
import { mrdamEnergyAndGradient, type EnergyAndGradient, type Memories } from './mrdam';
import { logLogFit } from './slope';

const mean = (a: number[]): number => a.reduce((s, v) => s + v, 0) / a.length;

function sem(a: number[]): number {
  if (a.length < 2) return 0;
  const m = mean(a);
  return Math.sqrt(a.reduce((s, v) => s + (v - m) ** 2, 0) / (a.length - 1) / a.length);
}

function buildDrDam(
  spec: FeatureMapSpec,
  memories: Float64Array,
  K: number,
  hooks: FeaturesExperimentHooks,
): DrDam {
  const map = createFeatureMap(spec);
  if (hooks.buildT) return createDrDam(map, { T: hooks.buildT(spec, memories, K), count: K });
  const dr = createDrDam(map);
  for (let k = 0; k < K; k++) {
    if (k % 64 === 0) throwIfAborted(hooks.signal);
    dr.add(memories.subarray(k * spec.D, (k + 1) * spec.D));
  }
  return dr;
}

/** What the exact fixed points are: how far from the nearest memory, how close to the threshold. */
function exactFixedNotes(
  xs: Float64Array[],
  bits: Uint8Array[],
  memories: Float64Array,
  K: number,
  threshold: number,
): { retrievalExactToMemory: number; retrievalMargin: number } {
  if (!xs.length) return { retrievalExactToMemory: 0, retrievalMargin: 0 };
  const D = xs[0].length;
  const rows = Array.from({ length: K }, (_, k) =>
    binarize(memories.subarray(k * D, (k + 1) * D), threshold),
  );
  const toMemory = bits.map((b) => Math.min(...rows.map((r) => hamming(b, r))));
  const margin = xs.map((x) => Math.min(...Array.from(x, (v) => Math.abs(v - threshold))));
  return {
    retrievalExactToMemory: mean(toMemory) / Math.sqrt(D),
    retrievalMargin: mean(margin) * Math.sqrt(D),
  };
}

/** Runs f, prefixing a non-abort error with where it happened. */
function at<T>(where: string, f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (isAbortError(err) || !(err instanceof Error)) throw err;
    throw new Error(`${where}: ${err.message}`, { cause: err });
  }
}

export function runFeaturesExperiment(
  spec: FeaturesExperimentSpec,
  hooks: FeaturesExperimentHooks = {},
): FeaturesExperimentResult {
  const start = Date.now();
  validateFeaturesSpec(spec);
  const { D, K, betas, Ys, retrieval } = spec;
  const { signal } = hooks;
  const { memories, sets } = makeQueries(spec);
  const mem: Memories = { data: memories, K, D };
  const threshold = 0.5 / Math.sqrt(D);
  const startKind = retrievalKind(spec.queries);
  const points: FeaturesPoint[] = [];
  const baselines: { beta: number; randomGuess: number }[] = [];
  const total = betas.length * Ys.length;
  let done = 0;

  for (const beta of betas) {
    const exact = new Map<QueryKind, EnergyAndGradient[]>();
    for (const [kind, qs] of sets) {
      throwIfAborted(signal);
      exact.set(
        kind,
        qs.map((q) => mrdamEnergyAndGradient(mem, q, beta)),
      );
    }
    const random = exact.get('random') as EnergyAndGradient[];
    const n = Math.min(K, random.length);
    const guess: number[] = [];
    for (let i = 0; i < n; i++) {
      const e = mrdamEnergyAndGradient(mem, memories.subarray(i * D, (i + 1) * D), beta).energy;
      guess.push(Math.abs(e - random[i].energy));
    }
    baselines.push({ beta, randomGuess: mean(guess) });

    const starts = retrieval
      ? (sets.get(startKind) as Float64Array[]).slice(0, retrieval.queries)
      : [];
    const exactRuns = starts.map((q) => {
      const opts = {
        alpha: retrieval?.alpha ?? 0,
        steps: retrieval?.steps ?? 0,
        tol: retrieval?.tol,
        signal,
      };
      return descend((x) => mrdamEnergyAndGradient(mem, x, beta), q, opts).final;
    });
    const exactFixed = exactRuns.map((x) => binarize(x, threshold));
    const exactNotes = exactFixedNotes(exactRuns, exactFixed, memories, K, threshold);

    for (const Y of Ys) {
      const mapSpec: FeatureMapSpec = {
        kind: spec.map,
        Y,
        D,
        beta,
        seed: subSeed(spec.seed, 4),
        projection: spec.projection,
      };
      const where = `β = ${beta}, Y = ${Y}`;
      const dr = at(where, () => buildDrDam(mapSpec, memories, K, hooks));
      const batch: FeaturesPoint[] = [];
      for (const kind of spec.queries) {
        const qs = sets.get(kind) as Float64Array[];
        const ex = exact.get(kind) as EnergyAndGradient[];
        const eErr: number[] = [];
        const gErr: number[] = [];
        qs.forEach((q, i) => {
          throwIfAborted(signal);
          const approx = at(`${where}, ${kind} query ${i}`, () => dr.energyAndGradient(q));
          eErr.push(Math.abs(approx.energy - ex[i].energy));
          let g = 0;
          for (let j = 0; j < D; j++) g += Math.abs(approx.grad[j] - ex[i].grad[j]);
          gErr.push(g / D);
        });
        const point: FeaturesPoint = {
          beta,
          Y,
          query: kind,
          energyMAE: mean(eErr),
          energySEM: sem(eErr),
          gradMAE: mean(gErr),
        };
        if (retrieval && kind === startKind) {
          const opts = {
            alpha: retrieval.alpha,
            steps: retrieval.steps,
            tol: retrieval.tol,
            signal,
          };
          const taken: number[] = [];
          const dist = starts.map((q, i) => {
            const fixed = at(`${where}, retrieval ${i}`, () =>
              descend((x) => dr.energyAndGradient(x), q, opts),
            );
            taken.push(fixed.stepsTaken);
            return hamming(binarize(fixed.final, threshold), exactFixed[i]);
          });
          point.retrievalHamming = mean(dist) / Math.sqrt(D);
          point.retrievalAgree = dist.filter((h) => h === 0).length / dist.length;
          point.retrievalSteps = mean(taken);
          Object.assign(point, exactNotes);
        }
        batch.push(point);
      }
      points.push(...batch);
      done++;
      hooks.onPoints?.(batch, done, total);
    }
  }

  const curves: FeaturesCurve[] = [];
  for (const beta of betas)
    for (const query of spec.queries) {
      const mine = points.filter((p) => p.beta === beta && p.query === query);
      const fit = logLogFit(
        mine.map((p) => p.Y),
        mine.map((p) => p.energyMAE),
      );
      curves.push({ beta, query, slope: fit?.slope ?? null, intercept: fit?.intercept ?? null });
    }
  return {
    spec,
    points,
    curves,
    baselines,
    maxY: maxYFor(spec.projection, D),
    ms: Date.now() - start,
  };
}
