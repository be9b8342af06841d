/**
 * One explicit step of each trajectory, shared by the network's step/effectiveStep and by
 * runHidden (docs/models.md §5). A step of the two-layer network is split hidden-first:
 *
 *   1. h ← Ξg + (h − Ξg)·e^{−dt/τ_h}     with g = g(v) of the old v: the exact solution of
 *      τ_h dh/dt = Ξg − h over dt for that g (exponential Euler), stable for every τ_h > 0;
 *   2. v ← v + (dt/τ_f)(Ξᵀ f(h) − v + I)  explicit Euler with the new h; clamped v_i stay put.
 *
 * Why this order and this h update: step 1 lowers E for fixed v whatever dt/τ_h is (h moves on a
 * straight line towards Ξg, along which ∂E/∂s = s·(h−Ξg)ᵀ∇²L_h(h−Ξg) ≥ 0 with s the decay
 * factor), so a rise of E can only come from the v step, i.e. from dt/τ_f. And as τ_h → 0 the
 * factor e^{−dt/τ_h} → 0, h = Ξ g(v) and the step is exactly the effective step below (bit for bit
 * once the factor underflows to 0); a simultaneous update with the old f would instead lag the
 * hidden layer one step behind and never reach the effective dynamics at fixed dt.
 *
 * Clamped neurons (clamp[i] = 1) keep v_i. For models A and B (∇²L_v = 1) E still never rises
 * in continuous time; for model C, ∇²‖v‖ = (1 − ggᵀ)/‖v‖ couples the clamped neurons to the free
 * ones and E can rise whatever dt is (descent.test.ts measures it): the clamp is not a Lyapunov
 * constraint there, and runHidden's rises then report the model, not the step.
 *
 * Effective step (τ_h → 0): v ← v + (dt/τ_f)(Ξᵀ f(Ξ g(v)) − v + I).
 *
 * Energies are formed as E = [Σ(v−I)g − L_v] + Σ_μ f_μ (h_μ − (Ξg)_μ) − L_h(h), the §5 energy with
 * Σhf − fᵀΞg gathered into one sum, so at h = Ξg it is exactly −L_h(Ξg) and E equals the
 * effective energy without cancellation.
 */
import { HiddenOverflowError } from './errors';
import { hiddenLayer, visibleLegendre, visibleOutput, type HiddenLayerSpec } from './lagrangians';
import { backProject, project } from './linear';
import type { HiddenInput, HiddenMemories, HiddenNetSpec } from './types';

/** What a step reads: the spec, the synapses and the two step factors. */
export interface Kernel {
  readonly spec: HiddenNetSpec;
  readonly layer: HiddenLayerSpec;
  readonly mem: HiddenMemories;
  /** dt/τ_f. */
  readonly rate: number;
  /** e^{−dt/τ_h}. */
  readonly decay: number;
}

export function makeKernel(spec: HiddenNetSpec, mem: HiddenMemories): Kernel {
  const { model, F, n, beta } = spec;
  return {
    spec,
    layer: { model, F, n, beta },
    mem,
    rate: spec.dt / spec.tauF,
    decay: Math.exp(-spec.dt / spec.tauH),
  };
}

/** A trajectory's state with its derived values: g = g(v), c = Ξg, f and Lh of h (or of c). */
export interface Track {
  v: Float64Array;
  /** The hidden state; for an effective track it is `c` itself. */
  h: Float64Array;
  g: Float64Array;
  c: Float64Array;
  f: Float64Array;
  /** Scratch for Ξᵀ f. */
  b: Float64Array;
  Lh: number;
}

/** A track over v and h (not copied); `h` omitted makes it an effective track (h = c). */
export function makeTrack(k: Kernel, v: Float64Array, h?: Float64Array): Track {
  const { K, N } = k.mem;
  const c = new Float64Array(K);
  const t: Track = {
    v,
    h: h ?? c,
    g: new Float64Array(N),
    c,
    f: new Float64Array(K),
    b: new Float64Array(N),
    Lh: 0,
  };
  refresh(k, t);
  return t;
}

/** Recomputes g, c, f and Lh from v and h (after v or h were written from outside). */
export function refresh(k: Kernel, t: Track): void {
  visibleOutput(k.spec.model, t.v, t.g);
  project(k.mem, t.g, t.c);
  t.Lh = hiddenLayer(k.layer, t.h, t.f);
}

function moveVisible(k: Kernel, t: Track, input: HiddenInput): void {
  const { v, b } = t;
  const { I, clamp } = input;
  const { rate } = k;
  let check = 0;
  for (let i = 0; i < v.length; i++) {
    if (clamp !== undefined && clamp[i] !== 0) continue;
    const x = v[i] + rate * (b[i] - v[i] + I[i]);
    v[i] = x;
    check += x - x; // 0 while finite, NaN once anything overflowed
  }
  if (check !== 0) {
    throw new HiddenOverflowError(
      'dt',
      `dt = ${k.spec.dt}: the visible state overflowed (explicit Euler is unstable at dt/tauF = ${rate}); lower dt`,
    );
  }
  visibleOutput(k.spec.model, v, t.g);
  project(k.mem, t.g, t.c);
}

/** One two-layer step in place (hidden first, see the header). */
export function stepTwoLayer(k: Kernel, t: Track, input: HiddenInput): void {
  const { h, c } = t;
  const { decay } = k;
  for (let mu = 0; mu < h.length; mu++) h[mu] = c[mu] + (h[mu] - c[mu]) * decay;
  t.Lh = hiddenLayer(k.layer, h, t.f);
  backProject(k.mem, t.f, t.b);
  moveVisible(k, t, input);
}

/** One effective step in place; afterwards f and Lh are those of the new c = Ξ g(v). */
export function stepEffective(k: Kernel, t: Track, input: HiddenInput): void {
  backProject(k.mem, t.f, t.b);
  moveVisible(k, t, input);
  t.Lh = hiddenLayer(k.layer, t.c, t.f);
}

/** E of the track's (v, h); equals the effective energy for an effective track. */
export function trackEnergy(k: Kernel, t: Track, input: HiddenInput): number {
  const { h, c, f } = t;
  let coupling = 0;
  if (h !== c) for (let mu = 0; mu < h.length; mu++) coupling += f[mu] * (h[mu] - c[mu]);
  const E = visibleLegendre(k.spec.model, t.v, t.g, input.I) + coupling - t.Lh;
  if (!Number.isFinite(E)) {
    throw new HiddenOverflowError('v', `the energy is not finite (${E}): the state is too large`);
  }
  return E;
}
