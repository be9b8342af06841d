/**
 * Playback speeds, from single visible flips to as fast as the worker goes, and how far a
 * lane should advance on one animation frame. Pure: the run controller calls it per frame.
 */

export interface SpeedLevel {
  /** Neuron updates per second for asynchronous binary dynamics (Infinity: as fast as possible). */
  neuronsPerSec: number;
  /** Steps per second for synchronous and softmax dynamics. */
  stepsPerSec: number;
}

export const SPEED_LEVELS: readonly SpeedLevel[] = [
  { neuronsPerSec: 30, stepsPerSec: 1 },
  { neuronsPerSec: 200, stepsPerSec: 2 },
  { neuronsPerSec: 1_000, stepsPerSec: 5 },
  { neuronsPerSec: 5_000, stepsPerSec: 12 },
  { neuronsPerSec: 25_000, stepsPerSec: 30 },
  { neuronsPerSec: Infinity, stepsPerSec: Infinity },
];
export const SPEED_MAX = SPEED_LEVELS.length - 1;
export const SPEED_DEFAULT = 4;

export function speedLevel(level: number): SpeedLevel {
  const i = Math.max(0, Math.min(SPEED_MAX, Math.round(level)));
  return SPEED_LEVELS[i];
}

/** Words for the speed slider, e.g. "30 neurons/s (single flips)". */
export function describeSpeed(level: number, perNeuron: boolean): string {
  const s = speedLevel(level);
  if (!Number.isFinite(s.neuronsPerSec)) return 'as fast as possible';
  if (!perNeuron) return `${s.stepsPerSec} step${s.stepsPerSec === 1 ? '' : 's'}/s`;
  const n = s.neuronsPerSec.toLocaleString('en');
  return s.neuronsPerSec <= 30 ? `${n} neurons/s (single flips)` : `${n} neurons/s`;
}

/** Progress per second in steps (sweeps) for a lane of dimension N. */
export function sweepsPerSec(level: number, perNeuron: boolean, dim: number): number {
  const s = speedLevel(level);
  return perNeuron ? s.neuronsPerSec / dim : s.stepsPerSec;
}

export interface LanePlan {
  unit: 'neuron' | 'step';
  count: number;
  frameEvery: number;
}

/**
 * How to bring a lane from progress `t` (steps, fractional in an async sweep) up to `target`
 * (Infinity: as far as `limit` allows). null when there is nothing to do this frame.
 */
export function planAdvance(opts: {
  t: number;
  target: number;
  limit: number;
  perNeuron: boolean;
  dim: number;
}): LanePlan | null {
  const { t, perNeuron, dim } = opts;
  const goal = Math.min(opts.target, opts.limit);
  if (!(goal > t)) return null;
  if (!Number.isFinite(opts.target)) {
    // As fast as possible: whole steps, one frame per step, the worker's maxMs boxes it.
    const count = Math.max(1, Math.ceil(goal - t));
    const aligned = perNeuron ? Math.round((t % 1) * dim) : 0;
    if (aligned !== 0) {
      // Finish the sweep in progress first so frames fall on sweep boundaries.
      return { unit: 'neuron', count: dim - aligned, frameEvery: dim - aligned };
    }
    return { unit: 'step', count: Math.min(count, 100_000), frameEvery: 1 };
  }
  if (perNeuron) {
    const count = Math.floor((goal - t) * dim + 1e-9);
    if (count < 1) return null;
    return { unit: 'neuron', count, frameEvery: Math.max(1, Math.ceil(count / 8)) };
  }
  const count = Math.floor(goal - t + 1e-9);
  return count >= 1 ? { unit: 'step', count, frameEvery: 1 } : null;
}
