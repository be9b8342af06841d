/**
 * The training lab's worker room (types only; conventions in worker-api/host-api.ts). It trains
 * Krotov–Hopfield classifiers (src/core/classifier, docs/models.md §2.5–2.7) with tfjs on the
 * fixed split of the MNIST asset the page sent to the host, several runs in lockstep.
 */
import type { ContributorStats } from '../../../core/classifier/kh-explain';
import type { KhOptions } from '../../../core/classifier/kh-model';
import type { KhEpochRecord } from '../../../core/classifier/kh-snapshot';
import type { SeqEpochEvent, SeqRequest, SeqRunResult } from '../../../core/sequential/types';

/** One run of a lockstep group. All runs of a group share the data and the split. */
export interface LabRunSpec {
  /** Chosen by the caller (unique within the group). */
  id: number;
  /** Model and recipe (D = 784, C = 10 are filled in by the worker). */
  options: KhOptions;
  /** Train until this many epochs are done (counting `resume.epoch`). */
  epochs: number;
  /** Continue from saved memories (momentum restarts at zero) instead of a fresh seeded init. */
  resume?: { epoch: number; memories: Float32Array };
}

export interface LabTrainRequest {
  runs: LabRunSpec[];
  /** Train on only this many digits (first ⌊subset/10⌋ per class); the test set is always full. */
  subset?: number;
  /** How often the worker reports in-epoch progress with the current memories, ms (default 400). */
  progressEveryMs?: number;
}

/** One finished epoch of one run. `memories` (K × 794) is a copy the receiver owns. */
export interface LabEpochEvent extends KhEpochRecord {
  kind: 'epoch';
  id: number;
  memories: Float32Array;
  /** Over the 2,004 test digits at the end of this epoch. */
  contributors: ContributorStats;
}

/** In-epoch progress of one run: `fraction` of epoch `epoch` (1-based, the one running) done. */
export interface LabProgressEvent {
  kind: 'progress';
  id: number;
  epoch: number;
  fraction: number;
  memories: Float32Array;
}

export type LabEvent = LabEpochEvent | LabProgressEvent;

export type LabTrainOutcome = 'finished' | 'cancelled';

export interface LabEvaluation {
  trainError: number;
  testError: number;
  contributors: ContributorStats;
}

export const TRAIN_ROOM = 'train';

export interface TrainRoomApi {
  /**
   * Trains the runs in lockstep: epoch e of every run, then epoch e + 1, … Events arrive in
   * batches through `onEvents`. Resolves 'finished' when every run reached its epochs, or
   * 'cancelled' when a newer train call replaced it; aborting the request stops it after the
   * current minibatch and rejects with the AbortError. Rejects with one clear sentence on bad
   * options (e.g. a temperature that would overflow float32).
   */
  train(req: LabTrainRequest, onEvents: (events: LabEvent[]) => void): Promise<LabTrainOutcome>;
  /**
   * Sequential learning (core/sequential, docs/models.md §8.2–8.3): the request's runs through
   * its tasks in lockstep on the fixed split, one event per run and epoch (memories transferred
   * copies). Shares train's slot: a newer train or trainSequence call cancels it ('cancelled'),
   * pause()/resume() hold it between minibatches, aborting rejects with the AbortError. Rejects
   * with one clear sentence on a bad request.
   */
  trainSequence(
    req: SeqRequest,
    onEvents: (events: SeqEpochEvent[]) => void,
  ): Promise<{ outcome: LabTrainOutcome; results: SeqRunResult[] }>;
  /** Holds the running group or sequence after the current minibatch; resume() continues it. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Train and test error and contributor statistics of given memories (transferred). */
  evaluate(options: KhOptions, T: number, memories: Float32Array): Promise<LabEvaluation>;
  /** Runs (trainers) currently held by the running group or sequence. */
  held(): Promise<number>;
}
