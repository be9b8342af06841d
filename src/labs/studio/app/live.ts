/**
 * The studio's per-frame data: each lane's recorded frames (a capped history with a cursor for
 * step back), in a cache the run writes and the live charts read through subscriptions.
 */
import type { CueStart } from '../../../core/data/contracts';
import type { StepperConfig } from '../../../core/dynamics/stepper';
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
  /** How the cue was made: its start, flip probability p and the run's seed. */
  cue: { start: CueStart; flipP: number; seed: number };
  /** Update mode, order and temperature now (they can change mid-run). */
  dynamics: Omit<StepperConfig, 'spec'>;
}

/** Changed in place by the run; `touch()` tells the charts. */
export interface LiveView {
  lanes: LiveLane[];
}

export type LiveCache = Cache<LiveView>;

export const dynamicsOf = ({ mode, order, temperature }: StepperConfig): LiveLane['dynamics'] => ({
  mode,
  order,
  temperature,
});

export const createLiveCache = (): LiveCache => createCache<LiveView>({ lanes: [] });
