/**
 * The two-layer network of Krotov & Hopfield 2020 (docs/models.md §5) as an object: outputs,
 * the two-layer energy E(v, h), the effective energy E(v) of its τ_h → 0 limit, the hidden fixed
 * point h = Ξ g(v) and one step of each dynamics (tracks.ts says how a step is split). All
 * arguments are checked (lengths; spec and memories once, at creation) and every refusal names
 * its field.
 */
import { hiddenLayer, visibleLagrangian, visibleOutput } from './lagrangians';
import { project } from './linear';
import { makeKernel, makeTrack, stepEffective, stepTwoLayer, trackEnergy } from './tracks';
import type { HiddenInput, HiddenMemories, HiddenNetSpec, HiddenState } from './types';
import { checkInput, checkLength, checkState, validateMemories, validateSpec } from './validate';

export interface HiddenNet {
  readonly spec: HiddenNetSpec;
  readonly mem: HiddenMemories;
  readonly K: number;
  readonly N: number;
  /** g = ∂L_v/∂v (length N). */
  visibleOutput(v: Float64Array, out?: Float64Array): Float64Array;
  /** f = ∂L_h/∂h (length K). */
  hiddenOutput(h: Float64Array, out?: Float64Array): Float64Array;
  visibleLagrangian(v: Float64Array): number;
  hiddenLagrangian(h: Float64Array): number;
  /** E = [Σ(v−I)g − L_v] + [Σ h f − L_h] − fᵀΞg. */
  energy(state: HiddenState, input: HiddenInput): number;
  /** E(v) = Σ(v−I)g − L_v − L_h(Ξg). */
  effectiveEnergy(v: Float64Array, input: HiddenInput): number;
  /** h = Ξ g(v) (length K). */
  hiddenFixedPoint(v: Float64Array, out?: Float64Array): Float64Array;
  /** One two-layer step of length dt, in place. */
  step(state: HiddenState, input: HiddenInput): void;
  /** One step of the effective (τ_h → 0) dynamics, in place. */
  effectiveStep(v: Float64Array, input: HiddenInput): void;
}

export function createHiddenNet(spec: HiddenNetSpec, mem: HiddenMemories): HiddenNet {
  validateSpec(spec);
  validateMemories(mem);
  const { K, N } = mem;
  const kernel = makeKernel(spec, mem);

  const outOf = (field: string, out: Float64Array | undefined, length: number): Float64Array => {
    if (out === undefined) return new Float64Array(length);
    checkLength(field, out, length);
    return out;
  };

  return {
    spec,
    mem,
    K,
    N,
    visibleOutput(v, out) {
      checkLength('v', v, N);
      return visibleOutput(spec.model, v, outOf('out', out, N));
    },
    hiddenOutput(h, out) {
      checkLength('h', h, K);
      const f = outOf('out', out, K);
      hiddenLayer(kernel.layer, h, f);
      return f;
    },
    visibleLagrangian(v) {
      checkLength('v', v, N);
      return visibleLagrangian(spec.model, v);
    },
    hiddenLagrangian(h) {
      checkLength('h', h, K);
      return hiddenLayer(kernel.layer, h, new Float64Array(K));
    },
    energy(state, input) {
      checkState(state, K, N);
      checkInput(input, N);
      return trackEnergy(kernel, makeTrack(kernel, state.v, state.h), input);
    },
    effectiveEnergy(v, input) {
      checkLength('v', v, N);
      checkInput(input, N);
      return trackEnergy(kernel, makeTrack(kernel, v), input);
    },
    hiddenFixedPoint(v, out) {
      checkLength('v', v, N);
      const g = visibleOutput(spec.model, v, new Float64Array(N));
      return project(mem, g, outOf('out', out, K));
    },
    step(state, input) {
      checkState(state, K, N);
      checkInput(input, N);
      stepTwoLayer(kernel, makeTrack(kernel, state.v, state.h), input);
    },
    effectiveStep(v, input) {
      checkLength('v', v, N);
      checkInput(input, N);
      stepEffective(kernel, makeTrack(kernel, v), input);
    },
  };
}
