/**
 * "What it agrees with, where it departs": sentences computed from the measured points against
 * the theory lines, never written in advance. Each finding says what was compared and by how
 * much; the thresholds are stated in the text.
 */
import { fitLine } from '../../../core/capacity/fit';
import type { PointLine } from '../../../core/capacity/types';
import { seriesAgainst, theoryLines, type PlotSeries } from './views';

export interface Finding {
  kind: 'agrees' | 'departs' | 'note';
  text: string;
}

const f2 = (x: number) => x.toFixed(2);
const num = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toPrecision(2));

/** A factor at most this far from 1 (either way) reads as "the same order of magnitude". */
export const MAGNITUDE = 10;
/** Slopes within this fraction of the theory line's own slope agree. */
export const SLOPE_TOL = 0.25;

function scalingFindings(series: readonly PlotSeries[]): Finding[] {
  const out: Finding[] = [];
  for (const s of series) {
    if (s.points.length < 2 || !s.fit) continue;
    const Ns = s.points.map((p) => p.x);
    const top = s.points[s.points.length - 1];
    for (const t of theoryLines([s])) {
      const own = fitLine(
        Ns.map(Math.log),
        Ns.map((N) => Math.log(t.value(N))),
      );
      if (!own || !Number.isFinite(own.slope)) continue;
      const gap = Math.abs(s.fit.slope - own.slope) / Math.max(0.05, Math.abs(own.slope));
      const ratio = top.median / t.value(top.x);
      const slopeOk = gap <= SLOPE_TOL;
      const magOk = ratio > 0 && ratio <= MAGNITUDE && ratio >= 1 / MAGNITUDE;
      out.push({
        kind: slopeOk && magOk ? 'agrees' : 'departs',
        text:
          `${s.name}: log–log slope ${f2(s.fit.slope)} against ${f2(own.slope)} for ${t.label} ` +
          `over N = ${Ns[0]}…${Ns[Ns.length - 1]} (${slopeOk ? 'within' : 'beyond'} ` +
          `${SLOPE_TOL * 100}%); at N = ${top.x} K_max ${num(top.median)} is ` +
          `${num(ratio)}× the line (${magOk ? 'same' : 'not the same'} order of magnitude) — ` +
          `${t.source}.`,
      });
    }
    const n = s.model.n;
    if ((s.model.energy === 'polynomial' || s.model.energy === 'rectified') && n >= 2) {
      out.push({
        kind: Math.abs(s.fit.slope - (n - 1)) <= SLOPE_TOL * (n - 1) ? 'agrees' : 'departs',
        text: `${s.name}: slope ${f2(s.fit.slope)} against the N^(n−1) = N^${n - 1} scaling (${
          Math.abs(s.fit.slope - (n - 1)) <= SLOPE_TOL * (n - 1) ? 'within' : 'beyond'
        } ${SLOPE_TOL * 100}%; the ln N of eq. 6 bends small-N slopes below n − 1).`,
      });
    }
  }
  return out;
}

/** The classical retrieval transition: α = K/N where P(success) crosses ½, against 0.138. */
function transitionFindings(lines: readonly PointLine[]): Finding[] {
  const out: Finding[] = [];
  for (const l of lines) {
    const { model, criterion, data } = l.spec;
    if (criterion.kind !== 'retrieve' || model.energy !== 'polynomial' || model.n !== 2) continue;
    if (l.k50 === null) continue;
    const alpha = l.k50 / data.N;
    const ok = Math.abs(alpha - 0.138) <= 0.3 * 0.138;
    out.push({
      kind: ok ? 'agrees' : 'departs',
      text:
        `${l.series}, N = ${data.N}: P(retrieve) crosses ½ at α = K/N = ${alpha.toFixed(3)}, ` +
        `against 0.138 (Amit, Gutfreund & Sompolinsky 1985; ${ok ? 'within' : 'beyond'} 30%; ` +
        `finite N and the criterion's h = ${criterion.hamming} move it).`,
    });
  }
  return out;
}

function separationFindings(lines: readonly PointLine[]): Finding[] {
  const out: Finding[] = [];
  const series = seriesAgainst(lines, 'dH').filter((s) => s.points.length >= 2);
  for (const s of series) {
    if (!s.fit) continue;
    const linear = s.fit.slope > 0 && (s.fit.r2 ?? 0) >= 0.8;
    out.push({
      kind: linear ? 'agrees' : 'departs',
      text:
        `${s.name}: ln K_max ${s.fit.slope > 0 ? 'rises' : 'does not rise'} with d_H, ` +
        `${s.fit.slope.toFixed(3)} per bit, ${s.fit.r2 === null ? 'every K_max equal' : `r² ${f2(s.fit.r2)}`} (Bielmeier & Friedland 2025 ` +
        `find it roughly linear; r² ≥ 0.8 counts as linear here).`,
    });
  }
  // ρ at fixed d_H: the same model, points that differ only in ρ.
  const cells = new Map<string, PointLine[]>();
  for (const l of lines) {
    if (l.spec.data.kind !== 'separated') continue;
    const { model, data } = l.spec;
    const key = `${model.energy}/${model.n}/${model.beta}/${data.N}/${data.dH}`;
    cells.set(key, [...(cells.get(key) ?? []), l]);
  }
  let lower = 0;
  let compared = 0;
  for (const group of cells.values()) {
    const byRho = [...group].sort((a, b) => a.spec.data.rho - b.spec.data.rho);
    if (byRho.length < 2 || byRho[0].spec.data.rho === byRho[byRho.length - 1].spec.data.rho)
      continue;
    compared++;
    if (byRho[byRho.length - 1].kMax.median <= byRho[0].kMax.median) lower++;
  }
  if (compared > 0) {
    out.push({
      kind: lower * 2 > compared ? 'agrees' : 'departs',
      text:
        `At fixed d_H, the higher ρ gives a K_max at most the lower ρ's in ${lower} of ` +
        `${compared} comparisons (Bielmeier & Friedland 2025: correlation lowers it slightly).`,
    });
  }
  return out;
}

export function agreement(lines: readonly PointLine[]): Finding[] {
  const out = [
    ...scalingFindings(seriesAgainst(lines, 'N')),
    ...transitionFindings(lines),
    ...separationFindings(lines),
  ];
  const censored = lines.filter((l) => l.censored > 0);
  if (censored.length > 0) {
    out.push({
      kind: 'note',
      text:
        `${censored.length} point${censored.length > 1 ? 's have' : ' has'} trials whose ` +
        `K_max reached kCap or the pool: those medians are lower bounds (raise kCap).`,
    });
  }
  return out;
}
