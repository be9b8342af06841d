/**
 * The studio's per-frame data: each lane's recorded frames (a capped history with a cursor for
 * step back), in a cache the run writes and the live charts read through subscriptions.
 */
import type { ModelSpec } from '../../../core/dynamics/types';
import { createCache, type Cache } from '../../../shell/cache';
import type { TrajectoryFrame } from '../../../worker-api/trajectory';
import type { History } from './history';

/** One recorded frame with the model it was computed under. */
export interface LiveFrame extends TrajectoryFrame {
  spec: ModelSpec;
  /** Set on the frame recorded right after a model or dynamics change. */
  reconfigured?: boolean;
  /** Neurons flipped since the cue (the sum of `flips` up to this frame). */
  totalFlips: number;
}

export interface LiveLane {
  spec: ModelSpec;
  history: History<LiveFrame>;
  /** Grid side (√N). */
  side: number;
  clamp: Uint8Array | null;
  /** Name of memory μ. */
  labels: readonly string[];
  /** Memory the cue came from, null for a drawing or random cue. */
  cueMemory: number | null;
}

/** Changed in place by the run; `touch()` tells the charts. */
export interface LiveView {
  lanes: LiveLane[];
}

export type LiveCache = Cache<LiveView>;

export const createLiveCache = (): LiveCache => createCache<LiveView>({ lanes: [] });
