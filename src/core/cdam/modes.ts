/**
 * Which of §10.2's four modes a state is in, read from its measured correlations with the
 * memories (docs/models.md §10.2 names the modes; this rule is ours, stated in MODE_RULE):
 *  - active memories: those whose correlation is at least half the largest and at least QUIET;
 *  - quiescent: no memory stands out — the largest correlation is below QUIET (0.15), or it
 *    stands less than FLAT (0.1) above the median correlation;
 *  - auto: one memory is active;
 *  - narrow hetero: several are active, all within one graph hop of the strongest;
 *  - wide hetero: active memories two or more hops from the strongest (or in another component).
 */
import type { CdamMode } from './types';

/** The modes' names as the lab writes them. */
export const MODE_NAMES: Record<CdamMode, string> = {
  auto: 'auto-association',
  narrow: 'narrow hetero-association',
  wide: 'wide hetero-association',
  quiescent: 'quiescence',
};

export const MODE_THRESHOLDS = { QUIET: 0.15, FLAT: 0.1, RELATIVE: 0.5 } as const;

export const MODE_RULE =
  'A memory is active when the state correlates with it at least half as much as with the strongest, and at least 0.15. Quiescent: the strongest correlation is under 0.15, or less than 0.1 above the median. Auto: one memory is active. Narrow hetero: several, all one graph hop from the strongest. Wide hetero: active memories two or more hops away.';

export interface ModeReading {
  mode: CdamMode;
  /** The most correlated memory. */
  peak: number;
  /** The active memories, strongest first. */
  active: number[];
  /** The largest graph distance from the peak to an active memory (−1: unreachable). */
  reach: number;
}

/** Reads the mode from correlations m (length P) and graph distances D (P × P, −1 unreachable). */
export function readMode(m: ArrayLike<number>, D: Int32Array): ModeReading {
  const P = m.length;
  const { QUIET, FLAT, RELATIVE } = MODE_THRESHOLDS;
  let peak = 0;
  for (let mu = 1; mu < P; mu++) if (m[mu] > m[peak]) peak = mu;
  const sorted = Array.from(m).sort((x, y) => x - y);
  const median = P % 2 ? sorted[(P - 1) / 2] : (sorted[P / 2 - 1] + sorted[P / 2]) / 2;
  const active = Array.from({ length: P }, (_, mu) => mu)
    .filter((mu) => m[mu] >= QUIET && m[mu] >= RELATIVE * m[peak])
    .sort((x, y) => m[y] - m[x]);
  if (!(m[peak] >= QUIET) || m[peak] - median < FLAT || active.length === 0)
    return { mode: 'quiescent', peak, active, reach: 0 };
  let reach = 0;
  for (const mu of active) {
    const d = D[peak * P + mu];
    if (d < 0) {
      reach = -1;
      break;
    }
    reach = Math.max(reach, d);
  }
  const mode: CdamMode = active.length === 1 ? 'auto' : reach === 1 ? 'narrow' : 'wide';
  return { mode, peak, active, reach };
}
