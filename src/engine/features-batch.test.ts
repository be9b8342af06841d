/**
 * The tfjs DrDAM (features-batch.ts, features-drdam.ts) against the float64 core, on both
 * backends Node starts: the projection bit for bit, T and Ẽ to float32 rounding, ∇Ẽ against
 * central differences of the core's Ẽ, descent against the same steps taken on the host.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createDrDam } from '../core/features/drdam';
import { createFeatureMap, type FeatureMapSpec } from '../core/features/feature-maps';
import { createRng } from '../core/util/random';
import { buildTfT } from './features-batch';
import { createTfDrDam } from './features-drdam';
import { drawProjection, type Projection } from './features-projection';
import { tf } from './tf';
import { selectNodeBackend, type NodeBackend } from './tf-node';

const KINDS = ['sincos', 'cos', 'exp', 'expexp'] as const;

/** K unique-ish random {0,1}^D/√D patterns, as the experiment draws them. */
function binaryPatterns(seed: number, K: number, D: number): Float64Array {
  const rng = createRng(seed);
  const x = new Float64Array(K * D);
  for (let i = 0; i < x.length; i++) x[i] = rng.next() < 0.5 ? 0 : 1 / Math.sqrt(D);
  return x;
}

/** φ(x) in float64 from an engine-drawn projection, in the core's order of operations. */
function phiFrom(spec: FeatureMapSpec, { S, b }: Projection, x: Float64Array): Float64Array {
  const { kind, Y, D, beta } = spec;
  const double = kind === 'sincos' || kind === 'expexp';
  const out = new Float64Array(double ? 2 * Y : Y);
  const scale =
    kind === 'cos' ? Math.sqrt(2 / Y) : kind === 'expexp' ? 1 / Math.sqrt(2 * Y) : 1 / Math.sqrt(Y);
  let sq = 0;
  for (let i = 0; i < D; i++) sq += x[i] * x[i];
  const shift = beta * sq;
  for (let y = 0; y < Y; y++) {
    let z = 0;
    for (let i = 0; i < D; i++) z += S[y * D + i] * x[i];
    z *= Math.sqrt(beta);
    if (kind === 'sincos') [out[y], out[Y + y]] = [scale * Math.cos(z), scale * Math.sin(z)];
    else if (kind === 'cos') out[y] = scale * Math.cos(z + b![y]);
    else {
      out[y] = scale * Math.exp(z - shift);
      if (kind === 'expexp') out[Y + y] = scale * Math.exp(-z - shift);
    }
  }
  return out;
}

function coreT(spec: FeatureMapSpec, memories: Float64Array, K: number) {
  const dam = createDrDam(createFeatureMap(spec));
  for (let k = 0; k < K; k++) dam.add(memories.subarray(k * spec.D, (k + 1) * spec.D));
  return dam;
}

const maxRelErr = (a: Float64Array, b: Float64Array): number => {
  let scale = 0;
  for (const v of b) scale = Math.max(scale, Math.abs(v));
  let err = 0;
  for (let j = 0; j < a.length; j++) err = Math.max(err, Math.abs(a[j] - b[j]));
  return err / scale;
};

describe('the engine draws the core’s projection', () => {
  it.each(KINDS)('%s: φ from the engine’s S (and b) equals the core’s φ bit for bit', (kind) => {
    const spec = { kind, Y: 37, D: 11, beta: 7, seed: 1234 };
    const x = binaryPatterns(5, 1, 11);
    expect(phiFrom(spec, drawProjection(spec), x)).toEqual(createFeatureMap(spec).phi(x));
  });

  it('another seed draws another S', () => {
    const a = drawProjection({ kind: 'sincos', Y: 4, D: 3, beta: 1, seed: 1 });
    const b = drawProjection({ kind: 'sincos', Y: 4, D: 3, beta: 1, seed: 2 });
    expect(a.S).not.toEqual(b.S);
  });

  it('keeps the last S: the same arrays again, equal to a fresh draw; another spec draws anew', () => {
    const spec = { kind: 'cos' as const, Y: 8, D: 3, beta: 1, seed: 9 };
    const kept = drawProjection(spec);
    expect(drawProjection({ ...spec, beta: 5 })).toBe(kept);
    const fresh = drawProjection(spec, { fresh: true });
    expect(fresh).not.toBe(kept);
    expect(fresh).toEqual(kept);
    expect(drawProjection({ ...spec, kind: 'sincos' }).b).toBeNull();
    expect(drawProjection({ ...spec, seed: 10 }).S).not.toEqual(kept.S);
  });

  it('refuses a bad spec before allocating', () => {
    expect(() =>
      drawProjection({ kind: 'sincos', Y: 2 ** 20, D: 2 ** 7, beta: 1, seed: 1 }),
    ).toThrow(/above the cap/);
    expect(() => drawProjection({ kind: 'sincos', Y: 0, D: 3, beta: 1, seed: 1 })).toThrow(/^Y /);
  });
});

describe.each<NodeBackend>(['cpu', 'wasm'])('tfjs-%s', (backend) => {
  beforeAll(() => selectNodeBackend(backend));
  const D = 12;
  const K = 9;
  const memories = binaryPatterns(3, K, D);

  it.each(KINDS)('%s: T equals the core’s T to float32 rounding, in blocks or not', (kind) => {
    const spec = { kind, Y: 64, D, beta: 10, seed: 7 };
    const want = coreT(spec, memories, K).T;
    const before = tf.memory().numTensors;
    const whole = buildTfT(spec, memories, K);
    const blocks = buildTfT(spec, memories, K, { blockEntries: 5 * D });
    expect(tf.memory().numTensors).toBe(before);
    expect(tf.getBackend()).toBe(backend);
    expect(maxRelErr(whole, want)).toBeLessThan(2e-6);
    expect(maxRelErr(blocks, want)).toBeLessThan(2e-6);
  });

  it('Exp maps at β = 500: φ is ~e^−250 (zero in float32), T still matches the core', () => {
    const spec = { kind: 'expexp' as const, Y: 16, D, beta: 500, seed: 2 };
    const want = coreT(spec, memories, K).T;
    expect(Math.max(...want)).toBeLessThan(1e-30);
    const got = buildTfT(spec, memories, K);
    for (let j = 0; j < want.length; j++) expect(got[j] / want[j]).toBeCloseTo(1, 3);
  });

  it('Hadamard: T is the core’s; the energy falls back to the core', () => {
    const spec = {
      kind: 'sincos' as const,
      Y: 64,
      D,
      beta: 3,
      seed: 5,
      projection: 'hadamard' as const,
    };
    expect(buildTfT(spec, memories, K)).toEqual(coreT(spec, memories, K).T);
    const T = coreT(spec, memories, K).T;
    const x = memories.slice(0, D);
    expect(createTfDrDam(spec, T).energies(x, 1)[0]).toBe(coreT(spec, memories, K).energy(x));
  });

  it('refuses memories of the wrong length or with a non-finite value', () => {
    const spec = { kind: 'sincos' as const, Y: 8, D, beta: 1, seed: 1 };
    expect(() => buildTfT(spec, memories, K + 1)).toThrow(/not 10 rows of D = 12/);
    const bad = memories.slice();
    bad[5] = NaN;
    expect(() => buildTfT(spec, bad, K)).toThrow(/memories\[5\] = NaN/);
  });

  it.each(KINDS)('%s: Ẽ equals the core’s, ∇Ẽ its central differences', (kind) => {
    const spec = { kind, Y: 256, D, beta: 4, seed: 11 };
    const core = coreT(spec, memories, K);
    const dam = createTfDrDam(spec, core.T);
    // Two states: a memory with two bits flipped, and a random pattern.
    const x = new Float64Array(2 * D);
    x.set(memories.subarray(0, D));
    x[1] = x[1] ? 0 : 1 / Math.sqrt(D);
    x[4] = x[4] ? 0 : 1 / Math.sqrt(D);
    x.set(binaryPatterns(99, 1, D), D);
    const before = tf.memory().numTensors;
    const { energies, gradients } = dam.energyAndGradient(x, 2);
    expect(tf.memory().numTensors).toBe(before);
    const h = 1e-5;
    for (let r = 0; r < 2; r++) {
      const state = x.slice(r * D, (r + 1) * D);
      expect(energies[r]).toBeCloseTo(core.energy(state), 4);
      const ref = core.energyAndGradient(state).grad;
      for (let i = 0; i < D; i++) expect(gradients[r * D + i]).toBeCloseTo(ref[i], 3);
      for (let i = 0; i < D; i++) {
        const up = state.slice();
        const down = state.slice();
        up[i] += h;
        down[i] -= h;
        const fd = (core.energy(up) - core.energy(down)) / (2 * h);
        expect(Math.abs(gradients[r * D + i] - fd)).toBeLessThan(2e-3 * (1 + Math.abs(fd)));
      }
    }
    // Not trivially zero: the gradient at a flipped memory points somewhere.
    expect(gradients.slice(0, D).some((g) => Math.abs(g) > 1e-2)).toBe(true);
    dam.dispose();
    expect(tf.memory().numTensors).toBe(before - (kind === 'exp' ? 2 : 3));
  });

  it('trig maps: at φ·T ≤ ε the energy is the floor and the gradient 0', () => {
    const spec = { kind: 'sincos' as const, Y: 32, D, beta: 2, seed: 1 };
    const dam = createTfDrDam(spec, new Float64Array(64));
    const { energies, gradients } = dam.energyAndGradient(memories.slice(0, 2 * D), 2);
    expect([...energies]).toEqual([-Math.log(1e-5) / 2, -Math.log(1e-5) / 2]);
    expect(gradients.every((g) => g === 0)).toBe(true);
    dam.dispose();
  });

  it('refuses a T of the wrong length, a negative Exp T and a disposed memory', () => {
    const spec = { kind: 'exp' as const, Y: 8, D, beta: 1, seed: 1 };
    expect(() => createTfDrDam(spec, new Float64Array(9))).toThrow(/T has length 9/);
    expect(() => createTfDrDam(spec, new Float64Array(8).fill(-1))).toThrow(/T\[0\] = -1/);
    const dam = createTfDrDam(spec, new Float64Array(8).fill(1));
    dam.dispose();
    expect(() => dam.energies(memories.slice(0, D), 1)).toThrow(/disposed/);
  });

  it('descent: the host’s steps x ← x − α∇Ẽ, clamped coordinates fixed, energy falling', () => {
    const spec = { kind: 'sincos' as const, Y: 512, D, beta: 8, seed: 4 };
    const dam = createTfDrDam(spec, coreT(spec, memories, K).T);
    const x = binaryPatterns(42, 2, D);
    const clamp = new Uint8Array(D).fill(0);
    clamp.fill(1, 0, 4);
    const opts = { alpha: 0.02, steps: 5, clamp };
    const before = tf.memory().numTensors;
    const got = dam.descend(x, 2, opts);
    expect(tf.memory().numTensors).toBe(before);
    const host = x.slice();
    for (let s = 0; s < opts.steps; s++) {
      const { gradients } = dam.energyAndGradient(host, 2);
      for (let j = 0; j < host.length; j++) if (!clamp[j % D]) host[j] -= opts.alpha * gradients[j];
    }
    for (let j = 0; j < host.length; j++) expect(got.states[j]).toBeCloseTo(host[j], 5);
    for (let j = 0; j < 2 * D; j++) if (clamp[j % D]) expect(got.states[j]).toBe(Math.fround(x[j]));
    const start = dam.energies(x, 2);
    for (let r = 0; r < 2; r++) expect(got.energies[r]).toBeLessThan(start[r]);
    expect(() => dam.descend(x, 2, { alpha: NaN, steps: 1 })).toThrow(/alpha/);
    expect(() => dam.descend(x, 2, { alpha: 1, steps: 1, clamp: new Uint8Array(5) })).toThrow(
      /clamp has length 5/,
    );
    const aborted = { aborted: true };
    expect(() => dam.descend(x, 2, { alpha: 1, steps: 1, signal: aborted })).toThrow(/cancelled/);
    expect(tf.memory().numTensors).toBe(before);
    dam.dispose();
  });
});
