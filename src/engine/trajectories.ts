/**
 * Live trajectories held by the worker: core steppers keyed by id, advanced in time-boxed chunks
 * so the worker answers within a frame or two and the UI can animate, pause, or change n, β,
 * mode or temperature between any two updates.
 */
import { createStepper, type Stepper, type StepperConfig } from '../core/dynamics/stepper';
import type { Patterns } from '../core/dynamics/types';
import type { TrajectoryAdvance, TrajectoryFrame, TrajectoryStart } from '../worker-api/trajectory';

export interface Trajectories {
  start(memories: Patterns, req: TrajectoryStart): TrajectoryFrame;
  advance(req: TrajectoryAdvance): TrajectoryFrame[];
  configure(id: number, config: Partial<StepperConfig>): TrajectoryFrame;
  end(id: number): void;
}

const MAX_COUNT = 10_000_000;

export function createTrajectories(now: () => number = () => performance.now()): Trajectories {
  const live = new Map<number, Stepper>();

  const get = (id: number): Stepper => {
    const s = live.get(id);
    if (!s) throw new Error(`no trajectory ${id}: start it first`);
    return s;
  };

  const frame = (id: number, s: Stepper, flips: number): TrajectoryFrame => {
    const v = s.view();
    return {
      id,
      state: v.state,
      energy: v.energy,
      t: v.t,
      updates: v.updates,
      converged: v.converged,
      flips,
      overlaps: Float32Array.from(v.overlaps),
      weights: v.weights ? Float32Array.from(v.weights) : null,
    };
  };

  return {
    start(memories, req) {
      if (req.clamp && req.clamp.length !== memories.dim) {
        throw new Error(
          `clamp mask has length ${req.clamp.length}, memories have length ${memories.dim}`,
        );
      }
      const s = createStepper(memories, req.state, req.config, {
        seed: req.seed,
        clamp: req.clamp,
      });
      live.set(req.id, s);
      return frame(req.id, s, 0);
    },

    advance({ id, unit, count, frameEvery, maxMs = 30 }) {
      const s = get(id);
      if (!Number.isInteger(count) || count < 0 || count > MAX_COUNT) {
        throw new Error(`count must be an integer from 0 to ${MAX_COUNT}, got ${count}`);
      }
      const every = Math.max(1, Math.floor(frameEvery ?? count));
      const deadline = now() + maxMs;
      const frames: TrajectoryFrame[] = [];
      let flips = 0;
      let k = 0;
      let recordedAt = -1;
      while (k < count && !s.converged()) {
        flips += s.advance(unit, 1);
        k++;
        if (k % every === 0 || s.converged()) {
          frames.push(frame(id, s, flips));
          recordedAt = k;
          flips = 0;
        }
        // Reading the clock each unit is cheap next to a neuron update (O(K)).
        if (now() > deadline) break;
      }
      // The last frame is always the current state.
      if (recordedAt !== k || frames.length === 0) frames.push(frame(id, s, flips));
      return frames;
    },

    configure(id, config) {
      const s = get(id);
      s.configure(config);
      return frame(id, s, 0);
    },

    end(id) {
      live.delete(id);
    },
  };
}
