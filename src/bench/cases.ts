/**
 * Bench cases for `npm run bench`: one retrieval step on each implementation. The same list runs
 * in a browser worker (each tfjs backend, and the plain core) and in Node (the plain core).
 * Add a case by appending to BENCH_CASES; `prepare` builds its inputs once and returns the
 * function one timed iteration calls.
 */
import { createBinaryKernel } from '../core/dynamics/binary-kernel';
import { startBinaryRun, syncUpdate, updateNeuron } from '../core/dynamics/binary-update';
import type { BinaryEnergy, ModelSpec, Patterns } from '../core/dynamics/types';
import { softmaxUpdate } from '../core/dynamics/softmax-update';
import { binarySyncStepT } from '../engine/binary-batch';
import { createRng } from '../core/util/random';
import { noisyProbes, randomSigns, row } from '../engine/fixtures';
import { softmaxStepT } from '../engine/softmax-batch';
import { tf } from '../engine/tf';
import { toTensor } from '../engine/tensors';
import { BASIN_CASES } from './basin-cases';
import { errorMessage } from '../core/util/error-message';

/** The bench runners hand the basin cases the MNIST asset through this module (one instance). */
export { provideMnist } from './basin-cases';

/** Hands the MNIST asset to the basin cases (same module instance as BENCH_CASES). */

export type Engine = 'tfjs' | 'core';

export interface Prepared {
  run(): Promise<unknown> | unknown;
  dispose(): void;
}

export interface BenchCase {
  id: string;
  label: string;
  engines: readonly Engine[];
  /** At most this many timed runs (after one warm-up). */
  maxReps: number;
  /** Targets not worth minutes of bench time (e.g. SwiftShader WebGPU on a whole basin map). */
  skipTargets?: readonly string[];
  prepare(engine: Engine): Prepared;
}

const SOFTMAX: ModelSpec = { energy: 'softmax', n: 2, beta: 1 / 28 };
const POLY3: ModelSpec & { energy: BinaryEnergy } = { energy: 'polynomial', n: 3, beta: 1 };

function inputs(
  count: number,
  dim: number,
  batch: number,
): { memories: Patterns; states: Patterns } {
  const rng = createRng(count * 31 + batch);
  const memories = randomSigns(rng, count, dim);
  return { memories, states: noisyProbes(rng, memories, batch, 0.2) };
}

/** One batched step on the current tfjs backend; inputs stay resident, the result is downloaded. */
function tfjsStep(spec: ModelSpec, memories: Patterns, states: Patterns): Prepared {
  const xi = toTensor(memories);
  const x = toTensor(states);
  return {
    async run() {
      const out = tf.tidy(() =>
        spec.energy === 'softmax' ? softmaxStepT(xi, x, spec.beta) : binarySyncStepT(spec, xi, x),
      );
      await out.data();
      out.dispose();
    },
    dispose() {
      xi.dispose();
      x.dispose();
    },
  };
}

/** The same step with the plain core, state by state (kernel tables built once). */
function coreStep(spec: ModelSpec, memories: Patterns, states: Patterns): Prepared {
  if (spec.energy === 'softmax') {
    return {
      run: () => {
        for (let b = 0; b < states.count; b++) softmaxUpdate(memories, row(states, b), spec.beta);
      },
      dispose: () => undefined,
    };
  }
  const kernel = createBinaryKernel(spec as ModelSpec & { energy: BinaryEnergy }, memories);
  return {
    run: () => {
      for (let b = 0; b < states.count; b++)
        syncUpdate(kernel, startBinaryRun(memories, row(states, b)));
    },
    dispose: () => undefined,
  };
}

function stepCase(kind: 'softmax' | 'poly3', batch: number): BenchCase {
  const spec = kind === 'softmax' ? SOFTMAX : POLY3;
  const name = kind === 'softmax' ? 'softmax step' : 'polynomial n=3 sync step';
  return {
    id: `${kind}-b${batch}`,
    label: `${name}, K=1000 N=784, B=${batch}`,
    engines: ['tfjs', 'core'],
    maxReps: batch === 1 ? 30 : 5,
    prepare(engine) {
      const { memories, states } = inputs(1000, 784, batch);
      return engine === 'tfjs'
        ? tfjsStep(spec, memories, states)
        : coreStep(spec, memories, states);
    },
  };
}

/** One asynchronous sweep (N single-neuron updates with incremental fields) of one state. */
const asyncSweep: BenchCase = {
  id: 'async-sweep',
  label: 'async sweep, polynomial n=3, K=100 N=784, B=1',
  engines: ['core'],
  maxReps: 30,
  prepare() {
    const { memories, states } = inputs(100, 784, 1);
    const kernel = createBinaryKernel(POLY3, memories);
    return {
      run: () => {
        const run = startBinaryRun(memories, states.data);
        for (let i = 0; i < memories.dim; i++) updateNeuron(kernel, run, i);
      },
      dispose: () => undefined,
    };
  },
};

export const BENCH_CASES: readonly BenchCase[] = [
  stepCase('softmax', 1),
  stepCase('softmax', 1024),
  stepCase('poly3', 1),
  stepCase('poly3', 1024),
  asyncSweep,
  ...BASIN_CASES,
];

export interface BenchResult {
  caseId: string;
  label: string;
  /** 'wasm', 'webgl', 'webgpu', 'cpu' (tfjs in the browser), 'core (browser)', 'core (node)'. */
  impl: string;
  medianMs: number;
  /** Timed runs; 0 means the warm-up run alone was reported (it exceeded twice the budget). */
  reps: number;
  warmMs: number;
  error?: string;
}

/**
 * Times one case: a warm-up run, then as many runs as fit `budgetMs` (1 … maxReps), median.
 * A warm-up longer than 2 × budget is reported alone (reps = 0).
 */
export async function timeCase(
  c: BenchCase,
  engine: Engine,
  impl: string,
  budgetMs: number,
): Promise<BenchResult> {
  const base = { caseId: c.id, label: c.label, impl };
  let prepared: Prepared | null = null;
  try {
    prepared = c.prepare(engine);
    let t0 = performance.now();
    await prepared.run();
    const warmMs = performance.now() - t0;
    if (warmMs > 2 * budgetMs) return { ...base, medianMs: warmMs, reps: 0, warmMs };
    const reps = Math.max(1, Math.min(c.maxReps, Math.floor(budgetMs / Math.max(warmMs, 1e-3))));
    const times: number[] = [];
    for (let i = 0; i < reps; i++) {
      t0 = performance.now();
      await prepared.run();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return { ...base, medianMs: times[Math.floor(times.length / 2)], reps, warmMs };
  } catch (err) {
    return {
      ...base,
      medianMs: NaN,
      reps: 0,
      warmMs: NaN,
      error: errorMessage(err),
    };
  } finally {
    prepared?.dispose();
  }
}
