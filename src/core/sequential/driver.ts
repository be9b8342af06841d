/**
 * The one sequence driver (docs/models.md §8.2), shared by the lab's worker and `dam train
 * --tasks`, engine-agnostic: the caller's factory makes the trainers (tfjs or the core).
 *
 * Lockstep over the runs: epoch e of run 0, then of run 1, …, then epoch e + 1 (a run with
 * fewer epochs per task drops out when done). For run r and task t the training set is, in
 * this order:
 *  - 'rehearsal': the buffer of the earlier tasks, bufferAfter(tasks, t − 1, buffer, selection,
 *    subSeed(seed, 1)) (buffer.ts);
 *  - 'pseudo': pseudoItems(memories after task t − 1, config, T, pseudoItems, pseudoSteps,
 *    subSeed(seed, 2, t)) (pseudo.ts);
 *  - then task t's own training digits (tasks.ts).
 * Each task gets a new trainer; from task 1 on it resumes {epoch: epochs done so far, memories},
 * so the learning-rate decay ε₀·f^e and the temperature ramp continue over the sequence while
 * the momentum restarts at zero at every task boundary (the memories pass through float32 there,
 * as trainer.memories() returns them). 'ewc': for t > 0 the trainer gets the EWC penalty (ewc.ts)
 * whose Fisher is the running sum of every finished task's fisherDiagonal(memories after that
 * task, …, that task's training digits, fisherSamples, subSeed(seed, 3, task)) and whose anchor is
 * the memories after task t − 1. `seed` is the run's options.seed (1 when unset).
 *
 * `normalised` (§8.3): the options' T_in and T_f are in units of 1/794, so the trainer gets
 * T_in·794 and T_f·794 (a run without a temperature keeps the default of kh-model.ts).
 *
 * After every epoch every task's test set is scored with accuracyOn at the trainer's T, and
 * onEpoch is awaited; a task's last epoch fills row t of the matrix. A hook returning false (the
 * caller cancels) ends with 'cancelled' and the results so far: the rows of the finished tasks,
 * summarised over those rows. Every trainer is disposed, on every path.
 */
import { khConfig, type KhConfig, type KhData, type KhOptions } from '../classifier/kh-model';
import { subSeed } from '../util/sub-seed';
import { bufferAfter, concatData } from './buffer';
import { accumulateEwc, fisherDiagonal, type EwcPenalty } from './ewc';
import { accuracyOn, seqSummary } from './metrics';
import { pseudoItems } from './pseudo';
import { buildTasks, type Task } from './tasks';
import type { SeqEpochEvent, SeqRequest, SeqRunResult, SeqRunSpec } from './types';

export type SeqMinibatchHook = (
  done: number,
  total: number,
) => Promise<boolean | void> | boolean | void;

export interface SeqTrainer {
  readonly epoch: number;
  readonly T: number;
  trainEpoch(hook?: SeqMinibatchHook): Promise<{ trainLoss: number; ms: number; T: number } | null>;
  memories(): Promise<Float32Array>;
  dispose(): void;
}

export type SeqTrainerFactory = (
  options: KhOptions,
  train: KhData,
  resume: { epoch: number; memories: ArrayLike<number> } | undefined,
  penalty: EwcPenalty | undefined,
) => SeqTrainer;

export interface SeqDriverOptions {
  split: { train: KhData; test: KhData };
  request: SeqRequest;
  createTrainer: SeqTrainerFactory;
  onEpoch(e: SeqEpochEvent): void | Promise<void>;
  hook?: SeqMinibatchHook;
}

/** Neurons of the normalised DAM's 1/D scale (784 pixels + 10 labels). */
export const NORMALISED_NEURONS = 794;

/** The options a run's trainers get: D and C of the data, T scaled when `normalised`. */
export function trainerOptions(spec: SeqRunSpec, D = 784, C = 10): KhOptions {
  const o: KhOptions = { ...spec.options, D, C };
  if (spec.normalised) {
    const Tin = o.Tin ?? o.Tf;
    const Tf = o.Tf ?? o.Tin;
    if (Tin !== undefined) o.Tin = Tin * NORMALISED_NEURONS;
    if (Tf !== undefined) o.Tf = Tf * NORMALISED_NEURONS;
  }
  return o;
}

interface RunState {
  spec: SeqRunSpec;
  options: KhOptions;
  config: KhConfig;
  total: number;
  trainer: SeqTrainer | null;
  memories: Float32Array | null;
  T: number;
  epochsDone: number;
  penalty: EwcPenalty | undefined;
  matrix: number[][];
  curve: SeqRunResult['curve'];
  ms: number;
}

const resultOf = (r: RunState): SeqRunResult => ({
  id: r.spec.id,
  matrix: r.matrix.map((row) => [...row]),
  ...seqSummary(r.matrix),
  curve: r.curve,
  ms: r.ms,
});

/** The training set of task t for a run, and the penalty it trains under. */
function taskSetup(r: RunState, tasks: readonly Task[], t: number, D: number): KhData {
  const { method } = r.spec;
  const seed = r.config.seed;
  const parts: KhData[] = [];
  if (t > 0 && method.method === 'rehearsal' && method.buffer > 0) {
    parts.push(bufferAfter(tasks, t - 1, method.buffer, method.selection, subSeed(seed, 1)));
  }
  if (t > 0 && method.method === 'pseudo' && method.pseudoItems > 0) {
    const mem = r.memories!;
    const items = pseudoItems(
      mem,
      r.config,
      r.T,
      method.pseudoItems,
      method.pseudoSteps,
      subSeed(seed, 2, t),
    );
    parts.push(items);
  }
  if (t > 0 && method.method === 'ewc') {
    const mem = r.memories!;
    const fisher = fisherDiagonal(
      mem,
      r.config,
      r.T,
      tasks[t - 1].train,
      method.fisherSamples,
      subSeed(seed, 3, t - 1),
    );
    r.penalty = accumulateEwc(r.penalty, method.lambda, fisher, mem);
  }
  parts.push(tasks[t].train);
  return parts.length === 1 ? parts[0] : concatData(parts, D);
}

/** Trains every run through every task in lockstep; see the header. */
export async function runSequences(
  o: SeqDriverOptions,
): Promise<{ outcome: 'finished' | 'cancelled'; results: SeqRunResult[] }> {
  const tasks = buildTasks(o.split, o.request.tasks);
  const N = o.split.train.labels.length;
  const D = N > 0 ? o.split.train.images.length / N : 784;
  const C = 10;
  const ids = new Set(o.request.runs.map((s) => s.id));
  if (ids.size !== o.request.runs.length) throw new RangeError('run ids must be unique');
  const runs: RunState[] = o.request.runs.map((spec) => {
    if (!Number.isInteger(spec.epochs) || spec.epochs < 1) {
      throw new RangeError(`run ${spec.id}: epochs must be a whole number ≥ 1`);
    }
    const options = trainerOptions(spec, D, C);
    const config = khConfig(options);
    return {
      spec,
      options,
      config,
      total: tasks.length * spec.epochs,
      trainer: null,
      memories: null,
      T: config.Tin,
      epochsDone: 0,
      penalty: undefined,
      matrix: [],
      curve: [],
      ms: 0,
    };
  });
  const results = () => runs.map(resultOf);
  const longest = Math.max(0, ...runs.map((r) => r.total));
  try {
    for (let g = 0; g < longest; g++) {
      for (const r of runs) {
        if (g >= r.total) continue;
        const E = r.spec.epochs;
        const t = Math.floor(g / E);
        const epochInTask = (g % E) + 1;
        if (epochInTask === 1) {
          r.trainer?.dispose();
          r.trainer = null;
          const train = taskSetup(r, tasks, t, D);
          const resume = t === 0 ? undefined : { epoch: r.epochsDone, memories: r.memories! };
          try {
            r.trainer = o.createTrainer(r.options, train, resume, t > 0 ? r.penalty : undefined);
          } catch (e) {
            throw new Error(`run ${r.spec.id}: ${(e as Error).message}`, { cause: e });
          }
        }
        const trainer = r.trainer!;
        const res = await trainer.trainEpoch(o.hook);
        if (!res) return { outcome: 'cancelled', results: results() };
        r.ms += res.ms;
        r.epochsDone = g + 1;
        r.T = trainer.T;
        r.memories = await trainer.memories();
        const accuracy = tasks.map((task) => accuracyOn(r.memories!, r.config, r.T, task.test));
        r.curve.push({ epoch: g + 1, task: t, accuracy });
        if (epochInTask === E) r.matrix.push([...accuracy]);
        await o.onEpoch({
          id: r.spec.id,
          task: t,
          epochInTask,
          epoch: g + 1,
          accuracy: [...accuracy],
          trainLoss: res.trainLoss,
          memories: r.memories.slice(),
        });
      }
    }
    return { outcome: 'finished', results: results() };
  } finally {
    for (const r of runs) r.trainer?.dispose();
  }
}
