/**
 * Runs the free dynamics of a trained memory (src/core/kh-evolve.ts) on the main thread, one sweep
 * per animation frame (a sweep is K·(D + C) polynomial terms, a few milliseconds), until the
 * largest change falls below `tol` or `maxSweeps` sweeps are done. With reduced motion the sweeps
 * still run one per frame, but only the final state is shown.
 */
import { createEvolver } from '../../../core/classifier/kh-evolve';
import type { KhModel } from '../../../core/classifier/kh-model';
import { inkShare, type StartState } from './dynamics';

export interface EvolveFrame {
  /** The whole state, D + C (a live view: copy what you keep). */
  state: Float64Array;
  sweeps: number;
  /** Largest |change| of the last sweep. */
  change: number;
  energy: number;
  done: boolean;
  /** Why it stopped (when done). */
  reason?: 'settled' | 'limit' | 'stopped';
}

export interface EvolveOptions {
  /** Recorded with the summary (for the test hook): 'generate' or 'complete'. */
  kind?: string;
  maxSweeps?: number;
  tol?: number;
  /** Show every sweep (false: only the last). */
  animate?: boolean;
  /** Receives the summary of every frame (the lab keeps the last, for its test hook). */
  onSummary?: (summary: EvolveSummary) => void;
}

export interface EvolveJob {
  stop(): void;
}

/** The last evolution as plain numbers (read by the e2e test hook). */
export interface EvolveSummary {
  kind: string;
  sweeps: number;
  done: boolean;
  reason: EvolveFrame['reason'] | null;
  finite: boolean;
  /** Largest |x − start| over the neurons. */
  moved: number;
  /** Largest |x| over the pixels (near 0: the image stayed faint). */
  strongest: number;
  /** Share of the pixels that are ink (x > 0). */
  ink: number;
  /** Label neurons, length C. */
  labels: number[];
}

export const EVOLVE_MAX_SWEEPS = 50;
export const EVOLVE_TOL = 1e-3;

export function runEvolution(
  model: KhModel,
  init: StartState,
  seed: number,
  onFrame: (f: EvolveFrame) => void,
  opts: EvolveOptions = {},
): EvolveJob {
  const maxSweeps = opts.maxSweeps ?? EVOLVE_MAX_SWEEPS;
  const tol = opts.tol ?? EVOLVE_TOL;
  const animate = opts.animate ?? true;
  const ev = createEvolver(model, init.start, init.clamp, seed);
  let stopped = false;
  let frame = 0;
  const { D, C } = model.config;
  const emit = (change: number, done: boolean, reason?: EvolveFrame['reason']) => {
    let moved = 0;
    let strongest = 0;
    for (let i = 0; i < D + C; i++) moved = Math.max(moved, Math.abs(ev.state[i] - init.start[i]));
    for (let i = 0; i < D; i++) strongest = Math.max(strongest, Math.abs(ev.state[i]));
    opts.onSummary?.({
      kind: opts.kind ?? '',
      sweeps: ev.sweeps,
      done,
      reason: reason ?? null,
      finite: ev.state.every(Number.isFinite),
      moved,
      strongest,
      ink: inkShare(ev.state, D),
      labels: Array.from(ev.state.subarray(D, D + C)),
    });
    onFrame({ state: ev.state, sweeps: ev.sweeps, change, energy: ev.energy(), done, reason });
  };
  if (animate) emit(Infinity, false);

  const step = () => {
    frame = 0;
    if (stopped) return;
    const change = ev.sweep();
    const reason = change < tol ? 'settled' : ev.sweeps >= maxSweeps ? 'limit' : undefined;
    if (reason) return emit(change, true, reason);
    if (animate) emit(change, false);
    frame = requestAnimationFrame(step);
  };
  frame = requestAnimationFrame(step);

  return {
    stop() {
      if (stopped) return;
      stopped = true;
      if (frame) cancelAnimationFrame(frame);
      emit(NaN, true, 'stopped');
    },
  };
}
