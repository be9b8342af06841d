/**
 * The energy of a state under any model, as reported everywhere (charts, CLI, worker):
 *  - polynomial / rectified: E(σ) = −Σ_μ F(ξ^μ·σ) (float64; no overflow within LIMITS);
 *  - exponential: −β⁻¹ log Σ_μ exp(β ξ^μ·σ), the log-scaled form of E = −Σ_μ exp(βξ^μ·σ), which
 *    is strictly increasing in E (so it falls exactly when E falls) and never overflows;
 *  - softmax: Ramsauer's energy, see softmax-update.ts.
 */
import { computeFields } from './binary-kernel';
import { expEnergyFromFields, polyEnergyFromFields } from './interaction';
import { softmaxEnergy } from './softmax-update';
import type { ModelSpec, Patterns } from './types';

/** Energy of the binary families from the fields s_μ = ξ^μ·σ. */
export function binaryEnergyFromFields(spec: ModelSpec, fields: ArrayLike<number>): number {
  if (spec.energy === 'exponential') return expEnergyFromFields(spec.beta, fields);
  return polyEnergyFromFields(spec.energy === 'rectified', spec.n, fields);
}

export function energy(spec: ModelSpec, memories: Patterns, state: ArrayLike<number>): number {
  if (spec.energy === 'softmax') return softmaxEnergy(memories, state, spec.beta);
  return binaryEnergyFromFields(spec, computeFields(memories, state));
}
