/**
 * What the kernel lab has computed, kept in the runtime's cache (src/shell/cache.ts): the
 * training in flight (its history and the memories' features so far), the last finished
 * training, and the basin map, contours and metastable table with the request each answers (the
 * views compare it with the set-up to say "stale").
 */
import type { UhopStep } from '../../../core/kernel/types';
import { createCache, type Cache } from '../../../shell/cache';
import type {
  KernelBasinRequest,
  KernelBasinResult,
  KernelContourRequest,
  KernelContourResult,
  KernelMetastableRequest,
  KernelMetastableResult,
  KernelTrainingSpec,
  KernelTrainResult,
} from '../worker/api';

export interface KernelLive {
  spec: KernelTrainingSpec;
  history: UhopStep[];
  /** The memories' normalised features after the last step reported (M × min(D_Φ, 3)). */
  points: Float64Array | null;
  /** min(D_Φ, 3). */
  dims: number;
}

export interface KernelResults {
  live: KernelLive | null;
  train: KernelTrainResult | null;
  basins: { req: KernelBasinRequest; result: KernelBasinResult } | null;
  contours: {
    req: KernelContourRequest;
    result: KernelContourResult;
    /** The memories (x, y pairs) when the training shown is the contours' own. */
    marks: Float64Array | null;
  } | null;
  metastable: { req: KernelMetastableRequest; result: KernelMetastableResult } | null;
}

export type KernelResultsCache = Cache<KernelResults>;

export const createKernelResults = (): KernelResultsCache =>
  createCache<KernelResults>({
    live: null,
    train: null,
    basins: null,
    contours: null,
    metastable: null,
  });
