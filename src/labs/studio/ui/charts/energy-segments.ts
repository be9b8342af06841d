/**
 * The energy chart's data: one segment per energy function. A change of n, β or the energy family
 * mid-run defines a new E, so the frames from that change on form their own segment, scaled on
 * their own (E / Nⁿ with their n) and labelled; two segments never share a line, so the chart
 * never joins energies of two different functions. Changes that keep E (update mode, order,
 * temperature) stay inside a segment as a mark.
 */
import type { ModelSpec } from '../../../../core/dynamics/types';
import { energyAxisLabel, scaleEnergy, thinIndices, type EnergyAxisKind } from './energy-scale';
import type { EnergyPoint } from './energy-line';

export interface EnergyFrame {
  t: number;
  energy: number;
  spec: ModelSpec;
  reconfigured?: boolean;
}

export interface EnergySegment {
  /** e.g. "n = 3", "β = 8", or with the family when the family changed: "softmax β = 8". */
  label: string;
  points: EnergyPoint[];
}

export interface EnergySegments {
  segments: EnergySegment[];
  /** [segment, point] of the shown frame; null when it is not drawn. */
  current: [number, number] | null;
  yLabel: string;
}

/** What defines the energy function: the family and the one parameter it reads. */
export function energyKey(spec: ModelSpec): string {
  if (spec.energy === 'polynomial' || spec.energy === 'rectified')
    return `${spec.energy}:${spec.n}`;
  return `${spec.energy}:${spec.beta}`;
}

const beta = (b: number) => String(Number(b.toPrecision(3)));

/** The segment's label: the parameter alone, with the family when the run saw more than one. */
export function segmentLabel(spec: ModelSpec, withFamily: boolean): string {
  const param =
    spec.energy === 'polynomial' || spec.energy === 'rectified'
      ? `n = ${spec.n}`
      : `β = ${beta(spec.beta)}`;
  if (!withFamily) return param;
  const name = spec.energy === 'polynomial' && spec.n === 2 ? 'classical' : spec.energy;
  return `${name} ${param}`;
}

/** The axis label for all segments: one scaling when they share it, else what each plots. */
function axisLabel(specs: ModelSpec[], axis: EnergyAxisKind): string {
  const labels = [...new Set(specs.map((s) => energyAxisLabel(s, axis)))];
  if (labels.length <= 1)
    return labels[0] ?? energyAxisLabel({ energy: 'polynomial', n: 2, beta: 1 }, axis);
  const poly = specs.every((s) => s.energy === 'polynomial' || s.energy === 'rectified');
  return poly ? 'E / Nⁿ per segment' : 'E / Nⁿ or E / N';
}

/**
 * Splits the frames at every change of the energy function and scales each segment by its own
 * spec; at most about `maxPoints` points in all (the first and last of every segment and the
 * shown frame are always kept).
 */
export function energySegments(
  frames: readonly EnergyFrame[],
  cursor: number,
  dim: number,
  axis: EnergyAxisKind,
  maxPoints = 400,
): EnergySegments {
  const starts: number[] = [];
  frames.forEach((f, i) => {
    if (i === 0 || energyKey(f.spec) !== energyKey(frames[i - 1].spec)) starts.push(i);
  });
  const specs = starts.map((i) => frames[i].spec);
  const families = new Set(specs.map((s) => s.energy)).size > 1;
  const per = Math.max(2, Math.floor(maxPoints / Math.max(1, starts.length)));
  let current: [number, number] | null = null;
  const segments = starts.map((from, k): EnergySegment => {
    const to = k + 1 < starts.length ? starts[k + 1] : frames.length;
    const idx = thinIndices(to - from, per).map((i) => i + from);
    if (cursor >= from && cursor < to && !idx.includes(cursor)) {
      idx.push(cursor);
      idx.sort((a, b) => a - b);
    }
    const spec = frames[from].spec;
    const points = idx.map((i) => ({
      t: frames[i].t,
      energy: scaleEnergy(frames[i].energy, spec, dim, axis),
      mark: i > from && frames[i].reconfigured ? true : undefined,
    }));
    const at = idx.indexOf(cursor);
    if (at >= 0) current = [k, at];
    return { label: segmentLabel(spec, families), points };
  });
  return { segments, current, yLabel: axisLabel(specs, axis) };
}
