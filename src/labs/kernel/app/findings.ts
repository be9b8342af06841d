/**
 * The "what we measured" sentences of the note area, built from computed numbers only: the
 * minimum angle before and after U-Hop+ against the Tammes optimum, the loss, the basin maps'
 * converged share, and the share of single-memory retrievals per normaliser, raw against
 * learned Φ. Each sentence says what our numbers show; what the paper reports is fixed text in
 * PAPER, never a number of ours.
 */
import type { KernelResults } from './results';

export const PAPER = {
  training:
    'The paper: minimising the separation loss spreads the normalised features toward an optimal spherical code, the optimum as τ → 0.',
  basins:
    'The paper (Fig. 2): after U-Hop+ more of the 2-D grid converges to a memory, with softmax, 1.5-entmax and sparsemax.',
  metastable:
    'The paper (MNIST): U-Hop+ moves mass to support size 1, that is, fewer metastable states.',
} as const;

export interface Findings {
  training: string | null;
  basins: string | null;
  metastable: string[];
}

/** 3 significant figures (whole numbers as they are). */
export const num = (x: number): string =>
  Number.isInteger(x) ? String(x) : Number(x.toPrecision(3)).toString();
export const pct = (p: number): string => `${(100 * p).toFixed(p > 0 && p < 0.01 ? 1 : 0)}%`;
const deg = (x: number) => `${num(x)}°`;

export function findings(r: KernelResults): Findings {
  let training: string | null = null;
  const t = r.train;
  if (t && t.history.length) {
    const a = t.history[0];
    const b = t.history[t.history.length - 1];
    const dir = b.minAngleDeg >= a.minAngleDeg ? 'rose' : 'fell';
    training =
      `In ${b.iteration} iteration${b.iteration === 1 ? '' : 's'} the minimum angle ${dir} from ${deg(a.minAngleDeg)} to ${deg(b.minAngleDeg)}` +
      ` and the loss went from ${num(a.loss)} to ${num(b.loss)}.`;
    if (t.tammesDeg !== null) {
      const gap = t.tammesDeg - b.minAngleDeg;
      training +=
        Math.abs(gap) < 0.5
          ? ` That is the Tammes optimum for M = ${t.memories.M} (${deg(t.tammesDeg)}) within 0.5°.`
          : ` The Tammes optimum for M = ${t.memories.M} is ${deg(t.tammesDeg)}: ${deg(Math.abs(gap))} ${gap > 0 ? 'short' : 'over'}.`;
    }
  }
  let basins: string | null = null;
  const bm = r.basins?.result;
  if (bm) {
    const a = bm.before.converged;
    const b = bm.after.converged;
    basins =
      `${pct(a)} of the grid converged to a memory before U-Hop+ and ${pct(b)} after` +
      (b > a ? ': the share rose.' : b < a ? ': the share fell.' : ': no change.');
  }
  const metastable: string[] = [];
  const m = r.metastable?.result;
  if (m)
    for (const name of [...new Set(m.rows.map((x) => x.normaliser))]) {
      const raw = m.rows.find((x) => x.normaliser === name && x.phi === 'raw');
      const learned = m.rows.find((x) => x.normaliser === name && x.phi === 'learned');
      if (!raw || !learned) continue;
      const a = raw.histogram.single;
      const b = learned.histogram.single;
      metastable.push(
        `${name}: ${pct(a)} of ${m.queries} queries ended on one memory with the raw Φ, ${pct(b)} with the learned Φ` +
          (b > a
            ? ' (more single-memory retrievals, as the paper reports).'
            : b < a
              ? ' (fewer, unlike the paper).'
              : ' (no change).'),
      );
    }
  if (m && m.featureSq.raw > 0) {
    const grew = m.featureSq.learned / m.featureSq.raw;
    metastable.push(
      `The learned features are ${grew >= 10 ? Math.round(grew).toLocaleString('en-GB') : grew.toFixed(2)} times as long (squared) as the raw ones: ` +
        'β multiplies that length, so part of the change is a sharper normaliser, not only memories further apart.',
    );
  }
  return { training, basins, metastable };
}
