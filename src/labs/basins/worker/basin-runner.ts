/**
 * Drives the core's basin jobs (core/basin-map.ts, core/basin-curves.ts) in the worker: slices
 * of about `sliceMs` of compute, each followed by `await new Promise(r => setTimeout(r, 0))`, so
 * cancelBasin, trajectory calls and pings get through between slices. A cancelled run rejects
 * with Error('cancelled').
 *
 * Softmax probes run on one of two engines:
 *  - 'core' (default): the Gram form in plain TypeScript, O(K²) per update (core/basin-probe.ts);
 *  - 'tfjs': batches of starting states on the active tfjs backend (basin-tfjs.ts), O(KN) per
 *    update per state: the default only for large K (defaultBasinEngine), and a bench column.
 * Binary families always run the exact per-neuron core dynamics.
 */
import type { BasinJob } from '../../../core/basins/basin-map';
import type { CurveJob } from '../../../core/basins/basin-curves';
import type { BasinPass } from '../../../core/basins/basin-types';
import type { Patterns } from '../../../core/dynamics/types';
import { throwIfAborted, type AbortLike } from '../../../core/util/abort';
import { softmaxCellsTfjs } from './basin-tfjs';

export type BasinEngine = 'core' | 'tfjs';

export interface BasinRunOptions {
  engine?: BasinEngine;
  /** Compute per slice before yielding, ms (default 12). */
  sliceMs?: number;
  /** States per tfjs batch (default 1024). */
  batch?: number;
  signal: AbortLike;
  /** Each completed pass (the callee owns its arrays). */
  onPass?: (pass: BasinPass) => void;
  now?: () => number;
}

export const yieldToEvents = () => new Promise<void>((r) => setTimeout(r, 0));

const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * Memories above which batched tfjs beats the Gram path. Measured with `npm run bench` (2 CPU
 * cores, no GPU, headless Chromium worker), softmax maps with MNIST memories, N = 784:
 * K = 10, 128²: core 74 ms, wasm 1532 ms, webgl 4532 ms; K = 256, 64²: core 7784 ms, wasm
 * 14614 ms, webgl 21843 ms. The Gram path grows as K², tfjs as K: they meet near K ≈ 500.
 */
export const TFJS_BASIN_MIN_K = 512;

/** The engine that runs a softmax map fastest: tfjs only for large K on an accelerated backend. */
export function defaultBasinEngine(K: number, backend: () => string | undefined): BasinEngine {
  if (K <= TFJS_BASIN_MIN_K) return 'core';
  const name = backend();
  return name && name !== 'cpu' ? 'tfjs' : 'core';
}

/** Runs until finished; resolves with the final pass (also reported through onPass). */
export async function runBasinJob(
  job: BasinJob,
  memories: Patterns,
  opts: BasinRunOptions,
): Promise<BasinPass> {
  const now = opts.now ?? clock;
  const sliceMs = opts.sliceMs ?? 12;
  const useTfjs = opts.engine === 'tfjs' && job.solver.kind === 'softmax';
  let last: BasinPass | null = null;
  const report = (p: BasinPass | null) => {
    if (!p) return;
    last = p;
    opts.onPass?.({
      ...p,
      outcome: p.outcome.slice(),
      steps: p.steps.slice(),
      energy: p.energy.slice(),
      attractor: p.attractor.slice(),
      attractors: p.attractors.map((a) => ({ ...a, parts: [...a.parts] })),
    });
  };
  let chunk = 32;
  while (!job.finished) {
    throwIfAborted(opts.signal);
    const t0 = now();
    if (useTfjs) {
      const cells = job.take(opts.batch ?? 1024);
      if (!cells) break;
      const results = await softmaxCellsTfjs(job, cells, memories);
      throwIfAborted(opts.signal);
      report(job.put(cells, results));
    } else {
      // Slices of ~sliceMs: the chunk size follows the measured cost per cell.
      let spent = 0;
      while (!job.finished && spent < sliceMs) {
        const before = job.done;
        const t1 = now();
        for (const p of job.run(chunk)) report(p);
        const dt = now() - t1;
        spent = now() - t0;
        const perCell = dt / Math.max(1, job.done - before);
        chunk = Math.max(1, Math.min(4096, Math.floor(sliceMs / 2 / Math.max(perCell, 1e-4))));
      }
    }
    if (!job.finished) await yieldToEvents();
  }
  if (!last) throw new Error('the basin map finished without a pass');
  return last;
}

/** Runs a curve job in slices; `onProgress(done, total)` after each slice. */
export async function runCurveJob(
  job: CurveJob,
  opts: {
    signal: AbortLike;
    onProgress?: (done: number, total: number) => void;
    sliceMs?: number;
    now?: () => number;
  },
): Promise<void> {
  const now = opts.now ?? clock;
  const sliceMs = opts.sliceMs ?? 12;
  let chunk = 16;
  while (!job.finished) {
    throwIfAborted(opts.signal);
    const t0 = now();
    let spent = 0;
    while (!job.finished && spent < sliceMs) {
      const before = job.done;
      const t1 = now();
      job.run(chunk);
      const perTrial = (now() - t1) / Math.max(1, job.done - before);
      spent = now() - t0;
      chunk = Math.max(1, Math.min(4096, Math.floor(sliceMs / 2 / Math.max(perTrial, 1e-4))));
    }
    opts.onProgress?.(job.done, job.total);
    if (!job.finished) await yieldToEvents();
  }
  throwIfAborted(opts.signal);
}
