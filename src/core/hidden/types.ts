/**
 * Shapes of the two-layer network of Krotov & Hopfield 2020 (docs/models.md §5): visible
 * (feature) neurons v with outputs g = ∂L_v/∂v, hidden (memory) neurons h — one per memory — with
 * outputs f = ∂L_h/∂h, two-body synapses ξ_{μi}, time constants τ_f and τ_h and an input I.
 *
 *   τ_f dv/dt = Ξᵀ f − v + I          τ_h dh/dt = Ξ g − h
 *   E = [Σ (v − I)·g − L_v] + [Σ h·f − L_h] − fᵀ Ξ g
 *
 * Models (which Lagrangians):
 *   A: L_v = ½‖v‖² (g = v),      L_h = Σ F(h_μ) (f = F′)
 *   B: L_v = ½‖v‖²,              L_h = β⁻¹ log Σ e^{βh_μ} (f = softmax(βh))
 *   C: L_v = ‖v‖ (g = v/‖v‖),    L_h = Σ F(h_μ)
 * with F one of
 *   'power':     F(h) = h^n / n            (n even keeps it convex; odd n uses |h|^n / n)
 *   'rectified': F(h) = max(h, 0)^n / n
 *   'exp':       F(h) = exp(β h) / β
 * Explicit Euler with step dt; pixels with clamp[i] = 1 keep their starting value (inpainting).
 */

import type { AbortLike } from '../util/abort';

export type HiddenModel = 'A' | 'B' | 'C';
export type HiddenF = 'power' | 'rectified' | 'exp';

export interface HiddenNetSpec {
  model: HiddenModel;
  /** The hidden Lagrangian's F for models A and C; model B ignores it (lse). */
  F: HiddenF;
  /** Power of F for 'power' and 'rectified', integer 2…60. */
  n: number;
  /** Inverse temperature: model B's lse and the 'exp' F. Finite, > 0. */
  beta: number;
  /** Time constants, > 0 (τ_h may be tiny; the effective dynamics is its limit τ_h → 0). */
  tauF: number;
  tauH: number;
  /** Euler step, > 0. */
  dt: number;
}

/** Memories ξ_μ, K×N row-major (row μ = the synapses of hidden neuron μ). */
export interface HiddenMemories {
  data: Float64Array;
  K: number;
  N: number;
}

export interface HiddenInput {
  /** External input current I, length N (all zeros for none). */
  I: Float64Array;
  /** 1 = this visible neuron is held at its starting value (inpainting); length N. */
  clamp?: Uint8Array;
}

export interface HiddenState {
  v: Float64Array;
  h: Float64Array;
}

/** A snapshot of the run, taken every `frameEvery` steps and at the last step. */
export interface HiddenFrame {
  step: number;
  /** Time t = step·dt. */
  t: number;
  /** Visible outputs g (the image shown), length N. */
  g: Float64Array;
  /** Hidden outputs f (which memory neurons are active), length K. */
  f: Float64Array;
  /** The effective (τ_h → 0) trajectory's visible output at the same step, length N. */
  gEff: Float64Array;
}

export interface HiddenRunOptions {
  steps: number;
  /** Snapshot period in steps (≥ 1). */
  frameEvery: number;
  /** Start of the hidden layer: at rest (h = 0) or at its fixed point h = Ξ g(v0). */
  h0: 'zero' | 'fixed';
  signal?: AbortLike;
}

/** A step at which the two-layer energy rose by more than the rounding tolerance. */
export interface EnergyRise {
  step: number;
  rise: number;
}

export interface HiddenRun {
  spec: HiddenNetSpec;
  /** Two-layer energy E(t), steps + 1 entries (t = 0 … steps·dt). */
  energy: Float64Array;
  /** Effective one-layer energy of the effective trajectory, steps + 1 entries. */
  effective: Float64Array;
  /** ‖g(t) − g_eff(t)‖ per step: how far the two-layer run is from its τ_h → 0 limit. */
  distance: Float64Array;
  frames: HiddenFrame[];
  /** Empty when E never rose. */
  rises: EnergyRise[];
  /**
   * When E rose: the largest dt (dt/2, dt/4, … at most 8 halvings) for which the same run has no
   * rise, or null if none was found. Undefined when E never rose.
   */
  suggestedDt?: number | null;
  final: HiddenState;
}
