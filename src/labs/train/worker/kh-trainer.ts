/**
 * What the training driver (kh-runner.ts) needs from a Krotov–Hopfield trainer, and the pure-core
 * implementation of it (float64, src/core/kh-train.ts) that `dam train --engine core` uses as
 * the reference. The tfjs implementation is kh-tf.ts.
 */
import type { ContributorStats } from '../../../core/classifier/kh-explain';
import { contributorStats } from '../../../core/classifier/kh-explain';
import {
  createKhModel,
  errorRate,
  khConfig,
  type KhConfig,
  type KhData,
  type KhOptions,
} from '../../../core/classifier/kh-model';
import { createTrainState, temperatureAt, trainEpoch } from '../../../core/classifier/kh-train';
import type { EwcPenalty } from '../../../core/sequential/ewc';

/**
 * Called after every minibatch with the digits done so far and the epoch's total. It is awaited
 * (the runner yields, pauses or reports progress there); returning false abandons the epoch.
 */
export type MinibatchHook = (
  done: number,
  total: number,
) => Promise<boolean | void> | boolean | void;

export interface KhEpochResult {
  /** Mean over the digits of Σ_α (t − c)^{2m}, each measured before its minibatch's step. */
  trainLoss: number;
  /** Time spent training, ms: the minibatches alone, not the hook (pauses, progress reports). */
  ms: number;
  /** Temperature of the epoch. */
  T: number;
}

export interface KhScore {
  trainError: number;
  testError: number;
  /** Over the test set. */
  contributors: ContributorStats;
}

export interface KhTrainer {
  readonly config: KhConfig;
  /** Epochs completed (counting a resumed run's earlier ones). */
  readonly epoch: number;
  /** Temperature the current memories are read with (that of the last epoch trained). */
  readonly T: number;
  /**
   * Trains the next epoch. Resolves null when the hook abandoned it: the trainer is then
   * mid-epoch and must only be disposed.
   */
  trainEpoch(hook?: MinibatchHook): Promise<KhEpochResult | null>;
  /** Errors on the train and test sets and contributor statistics over the test set. */
  evaluate(): Promise<KhScore>;
  /** A copy of the memories, K × (D + C) row-major. */
  memories(): Promise<Float32Array>;
  dispose(): void;
}

/** The part of a split a trainer reads. */
export interface KhSplitData {
  train: KhData;
  test: KhData;
}

/** Checks resume memories against the config (the same sentence for every engine). */
export function checkResume(
  config: KhConfig,
  resume: { epoch: number; memories: ArrayLike<number> },
): void {
  const len = config.K * (config.D + config.C);
  if (!Number.isInteger(resume.epoch) || resume.epoch < 0) {
    throw new Error(`resume epoch must be an integer ≥ 0 (got ${resume.epoch})`);
  }
  if (resume.memories.length !== len) {
    throw new Error(
      `memories hold ${resume.memories.length} values, expected K × (D + C) = ${len}`,
    );
  }
}

/**
 * Temperature that memories saved after `epochs` completed epochs are read with: that of the last
 * epoch trained (T_in before any training).
 */
export function temperatureAfter(config: KhConfig, epochs: number): number {
  return temperatureAt(
    { config, memories: new Float64Array(0), T: config.Tin },
    Math.max(0, epochs - 1),
  );
}

/**
 * The pure-TypeScript trainer (float64): the reference the tfjs one is tested against. With
 * `penalty` (EWC, core/sequential/ewc.ts) every minibatch's gradient gets λ F (ξ − ξ*) added once
 * before the momentum step (core/classifier/kh-train.ts trainEpoch).
 */
export function createKhCoreTrainer(
  options: KhOptions,
  data: KhSplitData,
  resume?: { epoch: number; memories: ArrayLike<number> },
  penalty?: EwcPenalty,
): KhTrainer {
  const model = createKhModel(options);
  const config = khConfig(options);
  const state = createTrainState(model);
  if (resume) {
    checkResume(config, resume);
    model.memories.set(resume.memories);
    // Skip the minibatch orders of the epochs already done, so the order matches a straight run.
    for (let e = 0; e < resume.epoch; e++) state.rng.permutation(data.train.labels.length);
    state.epoch = resume.epoch;
    model.T = temperatureAfter(config, resume.epoch);
  }
  return {
    config,
    get epoch() {
      return state.epoch;
    },
    get T() {
      return model.T;
    },
    async trainEpoch(hook) {
      const t0 = performance.now();
      const { trainLoss } = trainEpoch(model, data.train, state, penalty);
      const ms = performance.now() - t0;
      const N = data.train.labels.length;
      if (hook && (await hook(N, N)) === false) return null;
      return { trainLoss, ms, T: model.T };
    },
    async evaluate() {
      return {
        trainError: errorRate(model, data.train),
        testError: errorRate(model, data.test),
        contributors: contributorStats(model, data.test),
      };
    },
    async memories() {
      return Float32Array.from(model.memories);
    },
    dispose() {},
  };
}
