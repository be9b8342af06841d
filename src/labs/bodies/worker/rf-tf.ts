/**
 * The random-features view's use of the tfjs engine (src/engine/features-*.ts): T built by
 * buildTfT, and DrDAM's gradient descent for B states at once by createTfDrDam(...).descend,
 * clamped per coordinate, recording a frame every `every` steps (a cancel lands between steps).
 * Every tfjs DrDAM made here is disposed before the call returns (its S and T live on the device). The Hadamard projection has no dense S for tfjs: its descent stays in the core's loops.
 */
import type { FeatureMapSpec } from '../../../core/features/feature-maps';
import { throwIfAborted, type AbortLike } from '../../../core/util/abort';
import { buildTfT } from '../../../engine/features-batch';
import { createTfDrDam } from '../../../engine/features-drdam';
import { drawProjection } from '../../../engine/features-projection';
import { tf } from '../../../engine/tf';
import type { RfBenchRequest, RfBenchResult, RfDescent } from './features-api';

export const backendName = (): string => tf.getBackend() ?? 'none';

export const tfTakes = (spec: FeatureMapSpec): boolean =>
  (spec.projection ?? 'gaussian') === 'gaussian';

export interface TfDescentOptions {
  alpha: number;
  steps: number;
  /** Record the state every this many steps (step 0 and the last always). */
  every: number;
  clamp: Uint8Array | null;
  signal?: AbortLike;
  /** After each recorded frame past the start: steps done of steps. */
  onStep?: (done: number, total: number) => void;
}

/**
 * T from the memories (row-major K×D) on tfjs, then `steps` of descent from one start x0, frames
 * every `every` steps. One S is drawn and shared by T and the descent.
 */
export function tfDescent(
  spec: FeatureMapSpec,
  memories: Float64Array,
  K: number,
  x0: Float64Array,
  opts: TfDescentOptions,
): { distributed: RfDescent; params: number } {
  const projection = drawProjection(spec);
  throwIfAborted(opts.signal);
  const T = buildTfT(spec, memories, K, { projection });
  const dam = createTfDrDam(spec, T, projection);
  try {
    // One descent recording every `every` steps: each frame's Ẽ comes from the forward pass of its
    // step, where chunked descents paid one more forward per frame; a cancel lands between steps.
    const r = dam.descend(x0, 1, {
      alpha: opts.alpha,
      steps: opts.steps,
      clamp: opts.clamp,
      recordEvery: opts.every,
      signal: opts.signal,
      onFrame: (at, steps) => {
        if (at > 0) opts.onStep?.(at, steps);
      },
    });
    return { distributed: { states: r.frames!, energy: r.trace! }, params: T.length };
  } finally {
    dam.dispose();
  }
}

const randomRows = (rows: number, D: number, seed: number): Float64Array => {
  let s = seed >>> 0 || 1;
  const out = new Float64Array(rows * D);
  for (let j = 0; j < out.length; j++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[j] = (s >>> 31) / Math.sqrt(D);
  }
  return out;
};

/** Times inside the worker (performance.now()), for scripts/bodies-features-bench.mjs. */
export function rfBench(
  req: RfBenchRequest,
  coreT: ((spec: FeatureMapSpec, m: Float64Array, K: number) => Float64Array) | null,
): RfBenchResult {
  const { build, step } = req;
  const bSpec: FeatureMapSpec = { kind: 'sincos', ...build, beta: 30, seed: req.seed };
  const bMem = randomRows(build.K, build.D, req.seed);
  let t = performance.now();
  const projection = drawProjection(bSpec);
  const drawMs = performance.now() - t;
  t = performance.now();
  buildTfT(bSpec, bMem, build.K, { projection });
  const buildMs = performance.now() - t;
  let coreMs: number | null = null;
  if (coreT) {
    t = performance.now();
    coreT(bSpec, bMem, build.K);
    coreMs = performance.now() - t;
  }
  const sSpec: FeatureMapSpec = { kind: 'sincos', ...step, beta: 30, seed: req.seed };
  const sMem = randomRows(step.K, step.D, req.seed + 1);
  const sProj = drawProjection(sSpec);
  t = performance.now();
  const dam = createTfDrDam(sSpec, buildTfT(sSpec, sMem, step.K, { projection: sProj }), sProj);
  const uploadMs = performance.now() - t;
  try {
    const x0 = sMem.slice(0, step.D);
    const times: number[] = [];
    for (let r = 0; r < step.repeats; r++) {
      t = performance.now();
      dam.energyAndGradient(x0, 1);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    t = performance.now();
    dam.descend(x0, 1, { alpha: 0.1, steps: 10 });
    const inDescentMs = (performance.now() - t) / 10;
    return {
      backend: backendName(),
      build: { ms: buildMs, drawMs, coreMs },
      step: {
        medianMs: times[Math.floor(times.length / 2)],
        minMs: times[0],
        inDescentMs,
        uploadMs,
      },
    };
  } finally {
    dam.dispose();
  }
}
