/**
 * The census lab's worker room (types only). A census relaxes seeded probes to fixed points and
 * catalogues the stable states (src/core/census/census.ts, the same code path as `dam census`);
 * the room keeps the last censuses with their networks, so the energy profiles of any state and
 * the classifiers' data come from the worker without sending the network back and forth.
 */
import type { ClassifierOptions } from '../../../core/census/models/options';
import type { PackedDetails } from '../../../core/census/packed-details';
import type { SrRocs } from '../../../core/census/sr-rocs';
import type {
  CensusModel,
  CensusResult,
  CensusSpec,
  ModelRow,
  PhaseResult,
  PhaseSpec,
  Roc,
  Task,
} from '../../../core/census/types';
import type { Progress } from '../../../worker-api/progress';

export const CENSUS_ROOM = 'census';

export type { Progress };

/**
 * A census as the page gets it: the result with its details packed in typed arrays (detailAt
 * reads one), and SR's ROC curves, computed in the worker.
 */
export interface ShownCensus extends Omit<CensusResult, 'details'> {
  packed: PackedDetails;
  srRocs: SrRocs;
}

/** The classifiers trained on one census and tested on another (or on a held-out part). */
export interface ClassifyResult {
  /** sr, logistic, svm, mlp: accuracies on the training and the test rows, test AUC. */
  rows: ModelRow[];
  models: CensusModel[];
  /** Test-set ROC per model (null where the test rows hold one class only). */
  rocs: (Roc | null)[];
  /** Rows (distinct stable states) and spurious among them. */
  train: { rows: number; spurious: number };
  test: { rows: number; spurious: number };
  /** 'split': 30% of the training census held out; 'task': a second census. */
  split: 'split' | 'task';
  /** Where the dense network trained: the tfjs backend's name. */
  mlpBackend: string;
  ms: number;
}

export interface CensusRoomApi {
  /** Runs (or returns the kept) census of `spec`; progress in probes. */
  runCensus(spec: CensusSpec, onProgress: Progress): Promise<ShownCensus>;
  /** The realised task of the census of `spec` (its examples, prototypes and labels). */
  task(spec: CensusSpec): Promise<Task>;
  /** Per-unit energies e_i = −σ_i h_i of states of the census of `spec` (count × N, rows as asked). */
  profiles(spec: CensusSpec, states: number[]): Promise<Float64Array>;
  /**
   * Trains SR, logistic, SVM and the tfjs dense network on the energy profiles of `train`'s
   * stable states and tests them on `test`'s (a census run here if not kept), or on a seeded
   * 30% of `train`'s when `test` is null. Progress in steps of the whole job.
   */
  classify(
    train: CensusSpec,
    test: CensusSpec | null,
    opts: ClassifierOptions,
    onProgress: Progress,
  ): Promise<ClassifyResult>;
  /** P(prototype stable) over (E, p); `onCell` as each cell finishes. */
  runPhase(spec: PhaseSpec, onProgress: Progress): Promise<PhaseResult>;
}
