/**
 * What the training views show: the training in flight (its history and the features after the
 * last step reported) or the finished one at the iteration the scrubber picks, with the Tammes
 * optimum and Proposition 3.1 bounds the worker computed (during a run, those of the last
 * training of the same M and D_Φ, since the lines depend on nothing else).
 */
import type { UhopStep } from '../../../core/kernel/types';
import type { KernelResults } from './results';

export interface ShownTraining {
  history: readonly UhopStep[];
  /** M × dims features at `iteration`, or null before the first step. */
  points: Float64Array | null;
  M: number;
  dims: number;
  dPhi: number;
  iteration: number;
  /** The iterations the training runs to. */
  total: number;
  tammesDeg: number | null;
  boundsDeg: { lower: number; upper: number } | null;
  labels: readonly number[] | null;
  /** True while the training runs (the scrubber waits for the result). */
  live: boolean;
}

export function shownTraining(r: KernelResults, scrub: number | null): ShownTraining | null {
  const t = r.train;
  if (r.live) {
    const { spec, history, points, dims } = r.live;
    const lines =
      t && t.spec.memories.M === spec.memories.M && t.spec.uhop.dPhi === spec.uhop.dPhi ? t : null;
    return {
      history,
      points,
      M: spec.memories.M,
      dims,
      dPhi: spec.uhop.dPhi,
      iteration: history.length ? history[history.length - 1].iteration : 0,
      total: spec.uhop.iterations,
      tammesDeg: lines?.tammesDeg ?? null,
      boundsDeg: lines?.boundsDeg ?? null,
      labels: null,
      live: true,
    };
  }
  if (!t) return null;
  const last = t.points.length - 1;
  const at = scrub === null ? last : Math.max(0, Math.min(last, scrub));
  return {
    history: t.history,
    points: t.points[at] ?? null,
    M: t.memories.M,
    dims: Math.min(t.spec.uhop.dPhi, 3),
    dPhi: t.spec.uhop.dPhi,
    iteration: t.history[at]?.iteration ?? at,
    total: t.spec.uhop.iterations,
    tammesDeg: t.tammesDeg,
    boundsDeg: t.boundsDeg,
    labels: t.memories.labels,
    live: false,
  };
}
