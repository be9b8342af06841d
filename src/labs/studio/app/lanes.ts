/**
 * The studio's lanes: one live trajectory per model (one, or 2–4 in compare mode) with its
 * recorded frames, and the pure helpers the run uses on them: which models run, the stepper
 * configuration of each, when a lane is done, and the verdicts shown once it stops.
 */
import { isBinaryEnergy } from '../../../core/dynamics/model-spec';
import type { StepperConfig } from '../../../core/dynamics/stepper';
import type { ModelSpec } from '../../../core/dynamics/types';
import { stabilityRatio, unitEnergies } from '../../../core/dynamics/unit-energy';
import type { BankCache } from '../../../shell/bank/bank-cache';
import { toSpec, type ModelChoice } from '../../../shell/model/model';
import { crosstalk } from '../../../shell/model/regime';
import type { DamState } from '../../../store';
import type { TrajectoryFrame } from '../../../worker-api/trajectory';
import { current, head, pushFrames } from './history';
import type { LiveLane } from './live';
import type { LaneSummary } from './slice';
import { failureHint, isFinal, nearestMemory, studioVerdict } from './verdict';

export interface Lane {
  id: number;
  model: ModelChoice;
  live: LiveLane;
  /** JSON of the StepperConfig the worker holds. */
  configKey: string;
  /** The config changed while the cursor was behind the head: rewrite the future on resume. */
  dirty: boolean;
  /** The run stops at this t unless it settles first. */
  stepLimit: number;
  /** Added to the worker's t after a restart from a past frame. */
  tOffset: number;
}

/** The models to run: the model panel's, or the compare set-up's. */
export function laneModels(s: DamState): ModelChoice[] {
  if (s.studio.compare) return s.compare.models.slice(0, 4);
  return [{ energy: s.params.energy, n: s.params.n, beta: s.params.beta }];
}

export function stepperConfig(s: DamState, model: ModelChoice): StepperConfig {
  return {
    spec: toSpec(model),
    mode: s.params.mode,
    order: s.params.order,
    temperature: Math.max(0, s.params.temperature),
  };
}

export const isPerNeuron = (s: DamState, spec: ModelSpec): boolean =>
  isBinaryEnergy(spec.energy) && s.params.mode === 'async';

export const laneDone = (l: Lane): boolean => {
  const h = head(l.live.history);
  return h.converged || h.t >= l.stepLimit - 1e-9;
};

export const summaryRunning = (l: Lane): LaneSummary => ({
  model: l.model,
  verdict: null,
  hint: null,
  converged: false,
  progress: null,
  t: current(l.live.history).t,
});

/** Appends the worker's frames to a lane (t shifted by its offset, the model attached). */
export function record(l: Lane, frames: TrajectoryFrame[], reconfigured = false): void {
  const spec = l.live.spec;
  let total = head(l.live.history).totalFlips;
  pushFrames(
    l.live.history,
    frames.map((f, i) => ({
      ...f,
      t: f.t + l.tOffset,
      spec,
      reconfigured: reconfigured && i === 0 ? true : undefined,
      totalFlips: (total += f.flips),
    })),
  );
}

/**
 * The verdict and hint of every lane at its shown frame, and for the binary families the stability
 * ratio of a final state (null when the bank is not ready).
 */
export function summarise(
  s: DamState,
  lanes: readonly Lane[],
  bank: BankCache,
): LaneSummary[] | null {
  const memories = bank.memories();
  const signs = bank.signs();
  const stats = bank.stats();
  if (!memories || !signs) return null;
  const { count: K, dim: N } = memories.patterns;
  return lanes.map((l) => {
    const f = current(l.live.history);
    const binary = isBinaryEnergy(f.spec.energy);
    const v = studioVerdict(
      binary ? signs : memories.patterns,
      f.state,
      f.weights,
      s.bank.prototypes,
    );
    const spec = f.spec;
    if (!isFinal(f.converged, f.t, l.stepLimit)) {
      const progress = nearestMemory(f.overlaps);
      return { model: l.model, verdict: v, hint: null, converged: false, progress, t: f.t };
    }
    const unit = binary ? unitEnergies(spec, signs, f.state) : null;
    return {
      model: l.model,
      verdict: v,
      sr: unit ? stabilityRatio(unit.e) : null,
      progress: null,
      hint: failureHint(v, {
        model: l.model,
        count: K,
        dim: N,
        cueMemory: l.live.cueMemory,
        flipP: s.cue.flipP,
        temperature: binary ? s.params.temperature : 0,
        sync: s.params.mode === 'sync' && binary,
        converged: f.converged,
        continued: l.live.history.frames.some(
          (fr, i) => i <= l.live.history.cursor && fr.reconfigured,
        ),
        crosstalk:
          stats && (spec.energy === 'polynomial' || spec.energy === 'rectified')
            ? crosstalk(stats, spec.n, spec.energy === 'rectified')
            : null,
      }),
      converged: f.converged,
      t: f.t,
    };
  });
}
