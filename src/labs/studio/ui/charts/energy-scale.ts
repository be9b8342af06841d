/**
 * How the energy chart shows E. DAM energies span hundreds of decades (−K·Nⁿ reaches 1e57 at
 * N = 784, n = 20), so the default is normalised: E / Nⁿ for the polynomial families (in
 * [−K, 0], the sum of overlapⁿ) and E / N for the exponential (log-sum-exp form) and softmax
 * energies. The signed log keeps the order of E too: sign(E) · log₁₀(1 + |E|).
 */
import type { ModelSpec } from '../../../../core/dynamics/types';

export type EnergyAxisKind = 'normalised' | 'log' | 'raw';

export function scaleEnergy(e: number, spec: ModelSpec, dim: number, axis: EnergyAxisKind): number {
  if (axis === 'raw') return e;
  if (axis === 'log') return Math.sign(e) * Math.log10(1 + Math.abs(e));
  if (spec.energy === 'polynomial' || spec.energy === 'rectified') return e / dim ** spec.n;
  return e / dim;
}

export function energyAxisLabel(spec: ModelSpec, axis: EnergyAxisKind): string {
  if (axis === 'raw') return 'E';
  if (axis === 'log') return 'sign(E)·log₁₀(1+|E|)';
  if (spec.energy === 'polynomial' || spec.energy === 'rectified') return `E / Nⁿ (n = ${spec.n})`;
  return 'E / N';
}

/** Evenly thins `count` indices to at most `max`, always keeping the first and the last. */
export function thinIndices(count: number, max: number): number[] {
  if (count <= max) return Array.from({ length: count }, (_, i) => i);
  const out: number[] = [];
  const step = (count - 1) / (max - 1);
  for (let k = 0; k < max; k++) out.push(Math.round(k * step));
  return out;
}
