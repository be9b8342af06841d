/**
 * What the hidden-neuron view reads off a run: the energy check in words, the frames' times and
 * hidden outputs as one matrix, and the frame nearest a step.
 */
import type { HiddenShown } from '../worker/api';

/** Three significant figures, as the charts write numbers. */
export const num = (x: number): string =>
  Number.isFinite(x) ? String(Number(x.toPrecision(3))) : String(x);

export type EnergyVerdict =
  | { ok: true; text: string }
  | { ok: false; step: number; rise: number; suggestedDt: number | null; text: string };

/** Whether E(t) never rose; else the first rise with the step size that avoids it. */
export function energyVerdict(shown: HiddenShown): EnergyVerdict {
  const { rises, suggestedDt } = shown.run;
  if (!rises.length)
    return { ok: true, text: 'E never rises: the two-layer energy fell at every step.' };
  const first = rises[0];
  const dt = suggestedDt ?? null;
  const fix =
    dt !== null
      ? `try dt ≤ ${num(dt)}`
      : `no dt down to ${num(shown.setup.dt / 256)} avoids it; the model may have no lower bound`;
  const clamped =
    shown.setup.model === 'C' && shown.setup.inpaint === 'clamp' && shown.setup.mask !== 'none';
  const why = clamped
    ? ' With model C a clamp itself can raise E at any dt: the check then reports the model.'
    : '';
  return {
    ok: false,
    step: first.step,
    rise: first.rise,
    suggestedDt: dt,
    text: `E rose by ${num(first.rise)} at step ${first.step} — ${fix}.${why}`,
  };
}

export const frameTimes = (shown: HiddenShown): number[] => shown.run.frames.map((fr) => fr.t);

/** The hidden outputs of every frame, frames × K, frame-major. */
export function hiddenMatrix(shown: HiddenShown): Float64Array {
  const { frames } = shown.run;
  const out = new Float64Array(frames.length * shown.K);
  frames.forEach((fr, j) => out.set(fr.f, j * shown.K));
  return out;
}

/** The frame index shown, clamped into the run's frames. */
export const clampFrame = (shown: HiddenShown | null, frame: number): number =>
  shown ? Math.max(0, Math.min(shown.run.frames.length - 1, Math.round(frame))) : 0;

/** The final distance ‖g − g_eff‖ and its largest value over the run. */
export function distanceSummary(shown: HiddenShown): { final: number; max: number } {
  const d = shown.run.distance;
  let max = 0;
  for (const v of d) if (Number.isFinite(v)) max = Math.max(max, v);
  return { final: d.length ? d[d.length - 1] : 0, max };
}
