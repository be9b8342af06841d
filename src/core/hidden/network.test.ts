import { describe, expect, it } from 'vitest';
import { softmaxUpdate } from '../dynamics/softmax-update';
import { hiddenSpec, noisyStart, unitMemories } from './fixtures';
import { createHiddenNet } from './network';
import type { HiddenF, HiddenInput, HiddenModel, HiddenNetSpec } from './types';

const N = 24;
const K = 6;
const mem = unitMemories(7, K, N);
const v = noisyStart(mem, 2, 0.9, 0.4, 11);
const I = noisyStart(mem, 0, 0, 0.3, 12);
const noInput: HiddenInput = { I: new Float64Array(N) };

// Model A with exp F has a fixed point a·ξ (a = e^{βa}) only for β ≤ 1/e; larger β blows v up.
const combos: { model: HiddenModel; F: HiddenF; n: number; beta?: number }[] = [
  { model: 'A', F: 'power', n: 2 },
  { model: 'A', F: 'power', n: 3 },
  { model: 'A', F: 'power', n: 10 },
  { model: 'A', F: 'rectified', n: 4 },
  { model: 'A', F: 'exp', n: 2, beta: 0.3 },
  { model: 'B', F: 'power', n: 2 },
  { model: 'C', F: 'power', n: 3 },
  { model: 'C', F: 'rectified', n: 5 },
  { model: 'C', F: 'exp', n: 2 },
];

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

function overlaps(x: Float64Array): number[] {
  return Array.from({ length: K }, (_, mu) => dot(mem.data.subarray(mu * N, mu * N + N), x));
}

describe('hidden network energies', () => {
  it.each(combos)('effectiveEnergy(v) = energy(v, Ξg(v)) ($model $F n=$n)', (c) => {
    const net = createHiddenNet(hiddenSpec(c), mem);
    for (const input of [noInput, { I }]) {
      const h = net.hiddenFixedPoint(v);
      const E = net.energy({ v, h }, input);
      expect(Math.abs(E - net.effectiveEnergy(v, input))).toBeLessThan(1e-10 * (1 + Math.abs(E)));
    }
  });

  it.each(combos)(
    'energy is the §5 sum of its Legendre and coupling terms ($model $F n=$n)',
    (c) => {
      const net = createHiddenNet(hiddenSpec(c), mem);
      const h = Float64Array.from(overlaps(v), (x, mu) => 0.7 * x - 0.1 * mu);
      const g = net.visibleOutput(v);
      const f = net.hiddenOutput(h);
      const Ig = dot(I, g);
      const visible = dot(v, g) - Ig - net.visibleLagrangian(v);
      const hidden = dot(h, f) - net.hiddenLagrangian(h);
      const coupling = dot(f, net.hiddenFixedPoint(v));
      const E = net.energy({ v, h }, { I });
      expect(E).toBeCloseTo(visible + hidden - coupling, 12);
    },
  );

  it('model A with F = h²/2 is the classical quadratic energy', () => {
    const net = createHiddenNet(hiddenSpec({ model: 'A', F: 'power', n: 2 }), mem);
    const sq = overlaps(v).reduce((s, x) => s + x * x, 0);
    const classical = 0.5 * dot(v, v) - dot(I, v) - 0.5 * sq;
    expect(net.effectiveEnergy(v, { I })).toBeCloseTo(classical, 13);
  });

  it('model A exp, model B and model C effective energies in closed form', () => {
    const beta = 3;
    const a = createHiddenNet(hiddenSpec({ model: 'A', F: 'exp', beta }), mem);
    const ea = overlaps(v).reduce((s, x) => s + Math.exp(beta * x) / beta, 0);
    expect(a.effectiveEnergy(v, { I })).toBeCloseTo(0.5 * dot(v, v) - dot(I, v) - ea, 12);
    const b = createHiddenNet(hiddenSpec({ model: 'B', beta }), mem);
    const lse = Math.log(overlaps(v).reduce((s, x) => s + Math.exp(beta * x), 0)) / beta;
    expect(b.effectiveEnergy(v, { I })).toBeCloseTo(0.5 * dot(v, v) - dot(I, v) - lse, 12);
    const c = createHiddenNet(hiddenSpec({ model: 'C', F: 'power', n: 4 }), mem);
    const norm = Math.sqrt(dot(v, v));
    const unit = Float64Array.from(v, (x) => x / norm);
    const ec = overlaps(unit).reduce((s, x) => s + x ** 4 / 4, 0);
    expect(c.effectiveEnergy(v, { I })).toBeCloseTo(-dot(I, unit) - ec, 12);
  });
});

describe('hidden network steps', () => {
  it('model B: one effective step with dt = τ_f and I = 0 is one Ramsauer update', () => {
    for (const beta of [0.01, 1, 8, 100]) {
      const net = createHiddenNet(hiddenSpec({ model: 'B', beta, dt: 1, tauF: 1 }), mem);
      const x = Float64Array.from(v);
      net.effectiveStep(x, noInput);
      const { next } = softmaxUpdate({ count: K, dim: N, data: mem.data }, v, beta);
      for (let i = 0; i < N; i++) expect(Math.abs(x[i] - next[i])).toBeLessThan(1e-12);
    }
  });

  it('a step moves v by (dt/τ_f)(Ξᵀf − v + I) with f of the relaxed h', () => {
    const spec = hiddenSpec({ model: 'A', F: 'power', n: 3, dt: 0.2, tauF: 0.5, tauH: 0.3 });
    const net = createHiddenNet(spec, mem);
    const h = Float64Array.from(overlaps(v), (x) => -x);
    const state = { v: Float64Array.from(v), h: Float64Array.from(h) };
    net.step(state, { I });
    const c = overlaps(v);
    const decay = Math.exp(-0.2 / 0.3);
    const hNew = c.map((x, mu) => x + (h[mu] - x) * decay);
    for (let mu = 0; mu < K; mu++) expect(state.h[mu]).toBeCloseTo(hNew[mu], 14);
    for (let i = 0; i < N; i++) {
      let back = 0;
      for (let mu = 0; mu < K; mu++) back += mem.data[mu * N + i] * hNew[mu] * Math.abs(hNew[mu]);
      expect(state.v[i]).toBeCloseTo(v[i] + 0.4 * (back - v[i] + I[i]), 14);
    }
  });

  it.each(combos)('with τ_h → 0 a step is the effective step bit for bit ($model $F n=$n)', (c) => {
    const net = createHiddenNet(hiddenSpec({ ...c, tauH: 1e-12, dt: 0.05 }), mem);
    const state = { v: Float64Array.from(v), h: new Float64Array(K) };
    const x = Float64Array.from(v);
    const input = { I, clamp: Uint8Array.from({ length: N }, (_, i) => (i % 3 === 0 ? 1 : 0)) };
    for (let s = 0; s < 5; s++) {
      net.step(state, input);
      net.effectiveStep(x, input);
    }
    expect(Array.from(state.v)).toEqual(Array.from(x));
  });

  it('clamped visible neurons do not move', () => {
    const net = createHiddenNet(hiddenSpec({ model: 'C', dt: 0.3 }), mem);
    const clamp = Uint8Array.from({ length: N }, (_, i) => (i < N / 2 ? 1 : 0));
    const state = { v: Float64Array.from(v), h: new Float64Array(K) };
    for (let s = 0; s < 10; s++) net.step(state, { I, clamp });
    for (let i = 0; i < N; i++) {
      if (clamp[i]) expect(state.v[i]).toBe(v[i]);
      else expect(state.v[i]).not.toBe(v[i]);
    }
  });
});

describe('hidden network refusals name the field', () => {
  const bad: [Partial<HiddenNetSpec>, RegExp][] = [
    [{ n: 61 }, /^n must be an integer in 2…60, got 61/],
    [{ n: 2.5 }, /^n must/],
    [{ n: 1 }, /^n must/],
    [{ tauH: 0 }, /^tauH must be a finite number > 0, got 0/],
    [{ tauF: -1 }, /^tauF must/],
    [{ dt: NaN }, /^dt must be a finite number > 0, got NaN/],
    [{ beta: Infinity }, /^beta must/],
    [{ model: 'D' as HiddenModel }, /^model must/],
    [{ F: 'log' as HiddenF }, /^F must/],
  ];
  it.each(bad)('spec %o', (over, msg) => {
    expect(() => createHiddenNet(hiddenSpec(over), mem)).toThrow(msg);
  });

  it('memories and argument lengths', () => {
    const spec = hiddenSpec();
    expect(() => createHiddenNet(spec, { ...mem, K: 0 })).toThrow(/^K must/);
    expect(() => createHiddenNet(spec, { ...mem, N: 25 })).toThrow(
      /^mem.data must .* length K·N = 150/,
    );
    const nan = Float64Array.from(mem.data);
    nan[5] = NaN;
    expect(() => createHiddenNet(spec, { ...mem, data: nan })).toThrow(
      /^mem.data\[5\] must be finite/,
    );
    const net = createHiddenNet(spec, mem);
    expect(() => net.energy({ v: new Float64Array(3), h: new Float64Array(K) }, noInput)).toThrow(
      /^state.v must have length 24, got an array of length 3/,
    );
    expect(() => net.step({ v, h: new Float64Array(K + 1) }, noInput)).toThrow(
      /^state.h must have length 6/,
    );
    expect(() => net.effectiveStep(v, { I: new Float64Array(2) })).toThrow(
      /^input.I must have length 24/,
    );
    expect(() => net.effectiveStep(v, { I, clamp: new Uint8Array(N - 1) })).toThrow(
      /^input.clamp must/,
    );
    expect(() => net.effectiveStep(v, { I, clamp: new Uint8Array(N).fill(2) })).toThrow(
      /^input.clamp\[0\] must be 0 or 1/,
    );
    expect(() => net.hiddenOutput(new Float64Array(K), new Float64Array(1))).toThrow(
      /^out must have length 6/,
    );
  });
});
