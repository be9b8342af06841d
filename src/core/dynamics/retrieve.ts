/**
 * Runs a state to an attractor under any model and records the trajectory.
 *  - binary energies: one step = one asynchronous sweep over all N neurons (index order, or a
 *    fresh seeded permutation per sweep) or one synchronous update; converged when a whole step
 *    changed nothing;
 *  - softmax (Ramsauer et al. 2020, models.md §4): one step = one update x ← Ξᵀ softmax(βΞx)
 *    (softmax-iteration.ts softmaxStep), which never raises
 *    E(x) = −lse(β, Ξx) + ½‖x‖² + β⁻¹ log K + ½ M²; converged by the one softmax test the stepper
 *    and the basin probes share (softmaxSettled): the step moved the state by
 *    ‖x_{t+1} − x_t‖₂ ≤ tol·max(1, max|ξ|), tol = 1e-9 unless given. Clamped neurons stay put.
 */
import { createBinaryKernel } from './binary-kernel';
import { startBinaryRun, syncUpdate, updateNeuron } from './binary-update';
import { binaryEnergyFromFields } from './energy';
import { isBinaryEnergy, LIMITS, validateMaxSteps, validateModel } from './model-spec';
import { createRng } from '../util/random';
import { SOFTMAX_TOL, softmaxSettled, softmaxStep, softmaxTolerance } from './softmax-iteration';
import { maxNorm, softmaxEnergy } from './softmax-update';
import type { DynamicsSpec, Frame, ModelSpec, Patterns, RetrievalTrace } from './types';

export interface RetrieveOptions {
  /** Snapshots per step for animation (async sweeps are cut into this many pieces). Default 1. */
  framesPerStep?: number;
  /** 1 = neuron never updates (inpainting). */
  clamp?: Uint8Array;
  /** Polled between neuron chunks; a true result ends the run early (converged = false). */
  shouldStop?: () => boolean;
  /** Softmax convergence tolerance on ‖Δx‖₂, relative to max(1, max|ξ|). Default SOFTMAX_TOL. */
  tol?: number;
}

/** The trajectory with a float64 final state (the CLI prints it at full precision). */
export interface DynamicsResult extends Omit<RetrievalTrace, 'final'> {
  final: Float64Array;
}

const MAX_FRAMES = 4000;

/** Throws an Error with one clear sentence when the inputs cannot be run. */
export function validateRun(
  spec: ModelSpec,
  memories: Patterns,
  state: ArrayLike<number>,
  dynamics: DynamicsSpec,
): void {
  const bad = validateModel(spec);
  if (bad) throw new Error(bad);
  const { count: K, dim: N, data } = memories;
  if (K < 1) throw new Error('at least one memory is needed');
  if (K > LIMITS.countMax) throw new Error(`at most ${LIMITS.countMax} memories, got ${K}`);
  if (N < 1 || N > LIMITS.dimMax)
    throw new Error(`pattern length must be 1 to ${LIMITS.dimMax}, got ${N}`);
  if (data.length !== K * N)
    throw new Error(`memories hold ${data.length} values, expected ${K}×${N}`);
  if (state.length !== N)
    throw new Error(`state has length ${state.length}, memories have length ${N}`);
  const badSteps = validateMaxSteps(dynamics.maxSteps);
  if (badSteps) throw new Error(badSteps);
  if (dynamics.mode !== 'async' && dynamics.mode !== 'sync')
    throw new Error(`mode must be "async" or "sync"`);
  if (dynamics.order !== 'sequential' && dynamics.order !== 'random') {
    throw new Error(`order must be "sequential" or "random"`);
  }
  const binary = isBinaryEnergy(spec.energy);
  const badValue = (v: number) => !Number.isFinite(v) || (binary && v !== 1 && v !== -1);
  const describe = (v: number, what: string) =>
    new Error(
      Number.isFinite(v)
        ? `${what} is ${v}; the ${spec.energy} energy needs ±1 values`
        : `${what} is not a finite number`,
    );
  for (let j = 0; j < data.length; j++) {
    if (badValue(data[j])) throw describe(data[j], `memory ${Math.floor(j / N)} value ${j % N}`);
  }
  for (let i = 0; i < N; i++) if (badValue(state[i])) throw describe(state[i], `state value ${i}`);
}

function runBinary(
  spec: ModelSpec,
  memories: Patterns,
  state: ArrayLike<number>,
  dynamics: DynamicsSpec,
  opts: RetrieveOptions,
): DynamicsResult {
  const kernel = createBinaryKernel(spec as ModelSpec & { energy: 'polynomial' }, memories);
  const run = startBinaryRun(memories, state);
  const N = memories.dim;
  const clamp = opts.clamp;
  const rng = createRng(dynamics.seed);
  const perStep = Math.max(1, Math.min(N, Math.floor(opts.framesPerStep ?? 1)));
  const chunk = Math.ceil(N / perStep);
  const energyNow = () => binaryEnergyFromFields(spec, run.fields);
  const frames: Frame[] = [];
  const snap = (t: number, e: number) => {
    if (frames.length < MAX_FRAMES)
      frames.push({ t, energy: e, state: Float32Array.from(run.sigma) });
  };
  const initialEnergy = energyNow();
  snap(0, initialEnergy);
  const energies: number[] = [];
  const flipsPerStep: number[] = [];
  let converged = false;
  let stopped = false;
  for (let step = 1; step <= dynamics.maxSteps && !stopped; step++) {
    let flips = 0;
    if (dynamics.mode === 'sync') {
      flips = syncUpdate(kernel, run, clamp);
    } else {
      const order = dynamics.order === 'random' ? rng.permutation(N) : null;
      for (let k = 0; k < N; k++) {
        const i = order ? order[k] : k;
        if (!(clamp && clamp[i]) && updateNeuron(kernel, run, i)) flips++;
        if ((k + 1) % chunk === 0 && k + 1 < N) {
          if (perStep > 1) snap(step - 1 + (k + 1) / N, energyNow());
          if (opts.shouldStop?.()) {
            stopped = true;
            break;
          }
        }
      }
    }
    const e = energyNow();
    energies.push(e);
    flipsPerStep.push(flips);
    snap(step, e);
    if (flips === 0 && !stopped) {
      converged = true;
      break;
    }
    if (opts.shouldStop?.()) stopped = true;
  }
  return {
    final: Float64Array.from(run.sigma),
    converged,
    steps: energies.length,
    initialEnergy,
    energies,
    flips: flipsPerStep,
    frames,
  };
}

function runSoftmax(
  spec: ModelSpec,
  memories: Patterns,
  state: ArrayLike<number>,
  dynamics: DynamicsSpec,
  opts: RetrieveOptions,
): DynamicsResult {
  const M = maxNorm(memories);
  const tolAbs = softmaxTolerance(memories, opts.tol ?? SOFTMAX_TOL);
  let x: Float64Array = Float64Array.from(state);
  const clamp = opts.clamp;
  const frames: Frame[] = [];
  const initialEnergy = softmaxEnergy(memories, x, spec.beta, M);
  frames.push({ t: 0, energy: initialEnergy, state: Float32Array.from(x) });
  const energies: number[] = [];
  let converged = false;
  for (let step = 1; step <= dynamics.maxSteps; step++) {
    const { next, movedSq } = softmaxStep(memories, x, spec.beta, clamp);
    x = next;
    const e = softmaxEnergy(memories, x, spec.beta, M);
    energies.push(e);
    if (frames.length < MAX_FRAMES)
      frames.push({ t: step, energy: e, state: Float32Array.from(x) });
    if (softmaxSettled(movedSq, tolAbs)) {
      converged = true;
      break;
    }
    if (opts.shouldStop?.()) break;
  }
  return {
    final: x,
    converged,
    steps: energies.length,
    initialEnergy,
    energies,
    flips: energies.map(() => 0),
    frames,
  };
}

/** Validates, then runs; the final state in float64. */
export function runDynamics(
  spec: ModelSpec,
  memories: Patterns,
  state: ArrayLike<number>,
  dynamics: DynamicsSpec,
  opts: RetrieveOptions = {},
): DynamicsResult {
  validateRun(spec, memories, state, dynamics);
  return spec.energy === 'softmax'
    ? runSoftmax(spec, memories, state, dynamics, opts)
    : runBinary(spec, memories, state, dynamics, opts);
}

/** As runDynamics, with the final state as Float32Array (what the UI and worker use). */
export function retrieve(
  spec: ModelSpec,
  memories: Patterns,
  state: ArrayLike<number>,
  dynamics: DynamicsSpec,
  opts: RetrieveOptions = {},
): RetrievalTrace {
  const r = runDynamics(spec, memories, state, dynamics, opts);
  return { ...r, final: Float32Array.from(r.final) };
}
