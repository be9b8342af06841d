/**
 * Pure helpers of the basins view: names and counts of outcomes, points of a plane as states,
 * states projected back onto a plane, and the CSV exports of a map and of basin-size curves.
 */
import {
  outcomeMixture,
  outcomeSpurious,
  outcomeUnconverged,
  type BasinCurve,
  type BasinPass,
  type Plane,
} from '../../../core/basins/basin-types';
import {
  attractorShares,
  mixtureName,
  type AttractorInfo,
  type KindShares,
} from '../../../core/basins/attractors';

/** Cells per outcome: index o counts outcome o (length 2K + 3). */
export function outcomeCounts(outcome: Int32Array, K: number): number[] {
  const counts = new Array<number>(2 * K + 3).fill(0);
  for (let i = 0; i < outcome.length; i++) {
    const o = outcome[i];
    if (o >= 0 && o < counts.length) counts[o]++;
  }
  return counts;
}

/** "memory 3: 3 (#3119)", "inverted memory 3", "mixture", "spurious", "not converged". */
export function outcomeName(o: number, K: number, labels: readonly string[] = []): string {
  const name = (k: number) => (labels[k] ? `memory ${k}: ${labels[k]}` : `memory ${k}`);
  if (o >= 0 && o < K) return name(o);
  if (o >= K && o < 2 * K) return `inverted ${name(o - K)}`;
  if (o === outcomeMixture(K)) return 'mixture';
  if (o === outcomeSpurious(K)) return 'spurious';
  if (o === outcomeUnconverged(K)) return 'not converged';
  return 'unknown';
}

/**
 * Names of a map's non-memory attractors, by id, numbered within their kind in the order the map
 * found them: "spurious state 2 (closest: memory 3, overlap 0.62)", "mixture 1 (+0 +1 −2)",
 * "other spurious states".
 */
export function attractorNames(infos: readonly AttractorInfo[]): string[] {
  const seen = { mixture: 0, spurious: 0 };
  return infos.map((a) => {
    if (a.overflow) return a.kind === 'mixture' ? 'other mixtures' : 'other spurious states';
    const k = ++seen[a.kind];
    if (a.kind === 'mixture') return `mixture ${k} (${mixtureName(a.parts)})`;
    const near = a.nearest
      ? ` (closest: memory ${a.nearest.memory}, overlap ${a.nearest.overlap.toFixed(2).replace('-', '−')})`
      : '';
    return `spurious state ${k}${near}`;
  });
}

/** Place of each attractor within its kind (0, 1, …), by id: what picks its shade. */
export function attractorRanks(infos: readonly AttractorInfo[]): number[] {
  const seen = { mixture: 0, spurious: 0 };
  return infos.map((a) => seen[a.kind]++);
}

/** Name of what cell `cell` of a pass reached. */
export function cellName(
  pass: BasinPass,
  cell: number,
  K: number,
  labels: readonly string[],
  names: readonly string[] = attractorNames(pass.attractors),
): string {
  const a = pass.attractor[cell];
  return a >= 0 && a < names.length ? names[a] : outcomeName(pass.outcome[cell], K, labels);
}

/** "spurious states: 7 distinct, 100% of probes" (null when the map has none of that kind). */
export function kindSummary(k: KindShares): string | null {
  if (k.cells === 0) return null;
  const what = k.kind === 'mixture' ? 'mixtures' : 'spurious states';
  return `${what}: ${k.distinct} distinct, ${percent(k.share)} of probes`;
}

/** Shares of a pass's mixtures and spurious states (attractors.ts). */
export const passKinds = (pass: BasinPass): KindShares[] =>
  attractorShares(pass.attractor, pass.attractors);

/** "100%", "41.3%", "0.1%", "< 0.1%". */
export function percent(share: number): string {
  const v = 100 * share;
  if (v >= 99.95) return v >= 100 ? '100%' : '99.9%';
  if (v > 0 && v < 0.05) return '< 0.1%';
  return `${v.toFixed(1)}%`;
}

/** Plane coordinate of cell column i (or row j) at its centre. */
export const cellCentre = (i: number, res: number, lo: number, hi: number): number =>
  lo + ((i + 0.5) / res) * (hi - lo);

/** origin + x·u + y·v; for binary models its sign, exact zeros to +1 (as the basin map does). */
export function planePoint(plane: Plane, x: number, y: number, binary: boolean): Float32Array {
  const { origin, u, v } = plane;
  const out = new Float32Array(origin.length);
  for (let j = 0; j < out.length; j++) {
    const s = origin[j] + x * u[j] + y * v[j];
    out[j] = binary ? (s >= 0 ? 1 : -1) : s;
  }
  return out;
}

/** Least-squares plane coordinates of a state: argmin ‖state − origin − x·u − y·v‖. */
export function projectToPlane(plane: Plane, state: ArrayLike<number>): { x: number; y: number } {
  const { origin, u, v } = plane;
  let uu = 0;
  let uv = 0;
  let vv = 0;
  let du = 0;
  let dv = 0;
  for (let j = 0; j < origin.length; j++) {
    const d = state[j] - origin[j];
    uu += u[j] * u[j];
    uv += u[j] * v[j];
    vv += v[j] * v[j];
    du += d * u[j];
    dv += d * v[j];
  }
  const det = uu * vv - uv * uv;
  if (Math.abs(det) < 1e-12 * Math.max(1, uu * vv)) {
    return { x: uu > 0 ? du / uu : 0, y: 0 };
  }
  return { x: (du * vv - dv * uv) / det, y: (dv * uu - du * uv) / det };
}

const csvText = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * One row per cell: i, j, x, y, outcome code, name (of the memory or of the distinct mixture or
 * spurious state), steps, start energy, attractor id (empty for memories and unconverged cells).
 */
export function basinMapCsv(pass: BasinPass, K: number, labels: readonly string[]): string {
  const res = pass.resolution;
  const { x0, x1, y0, y1 } = pass.plane.extent;
  const names = attractorNames(pass.attractors);
  const rows = ['i,j,x,y,outcome,name,steps,energy,attractor'];
  for (let j = 0; j < res; j++) {
    const y = cellCentre(j, res, y0, y1);
    for (let i = 0; i < res; i++) {
      const c = j * res + i;
      const o = pass.outcome[c];
      rows.push(
        [
          i,
          j,
          cellCentre(i, res, x0, x1).toPrecision(6),
          y.toPrecision(6),
          o,
          csvText(cellName(pass, c, K, labels, names)),
          pass.steps[c],
          pass.energy[c].toPrecision(8),
          pass.attractor[c] >= 0 ? pass.attractor[c] : '',
        ].join(','),
      );
    }
  }
  return rows.join('\n') + '\n';
}

export interface CurveSet {
  model: string;
  flips: number[];
  curves: BasinCurve[];
}

/** One row per (model, memory, flip fraction): p with its 95% interval, and the radius. */
export function basinCurvesCsv(sets: readonly CurveSet[], trials: number): string {
  const rows = ['model,memory,flip,p,lo,hi,trials,radius'];
  for (const set of sets) {
    for (const c of set.curves) {
      set.flips.forEach((f, i) =>
        rows.push(
          [
            csvText(set.model),
            c.memory,
            f,
            c.p[i].toFixed(4),
            c.lo[i].toFixed(4),
            c.hi[i].toFixed(4),
            trials,
            c.radius === null ? '' : c.radius.toFixed(4),
          ].join(','),
        ),
      );
    }
  }
  return rows.join('\n') + '\n';
}
