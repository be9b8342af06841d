/**
 * Recorded descents (features-trace.ts) and the host fallback for the Hadamard projection
 * (features-host-drdam.ts), against the core's descend and energyAndGradient.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { descend } from '../core/features/descend';
import { createDrDam } from '../core/features/drdam';
import { createFeatureMap, type FeatureMapSpec } from '../core/features/feature-maps';
import { createRng } from '../core/util/random';
import { createTfDrDam } from './features-drdam';
import { frameStepsFor, MAX_TRACE_ENTRIES } from './features-trace';
import { tf } from './tf';
import { selectNodeBackend } from './tf-node';

const D = 10;
const K = 6;

function patterns(seed: number, n: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: n * D }, () => (rng.next() < 0.5 ? 0 : 1 / Math.sqrt(D)));
}

function coreDam(spec: FeatureMapSpec, memories: Float64Array) {
  const dam = createDrDam(createFeatureMap(spec));
  for (let k = 0; k < K; k++) dam.add(memories.subarray(k * D, (k + 1) * D));
  return dam;
}

const memories = patterns(1, K);
const starts = patterns(2, 2);
const clamp = new Uint8Array(D).fill(1, 0, 3);

describe('recorded steps', () => {
  it('are 0, r, 2r, … and the last step, once each', () => {
    expect([...frameStepsFor(3, 7, 1, 1)]).toEqual([0, 3, 6, 7]);
    expect([...frameStepsFor(3, 6, 1, 1)]).toEqual([0, 3, 6]);
    expect([...frameStepsFor(5, 0, 1, 1)]).toEqual([0]);
  });

  it('refuse a bad recordEvery and more than the cap, naming recordEvery', () => {
    expect(() => frameStepsFor(0, 5, 1, 1)).toThrow(/recordEvery must be an integer/);
    expect(() => frameStepsFor(1.5, 5, 1, 1)).toThrow(/recordEvery/);
    expect(() => frameStepsFor(1, MAX_TRACE_ENTRIES, 1, 1)).toThrow(/recordEvery = 1 .* cap/);
  });
});

describe('Hadamard: the host fallback is the core', () => {
  const spec: FeatureMapSpec = {
    ...{ kind: 'sincos', Y: 64, D, beta: 6, seed: 3 },
    projection: 'hadamard',
  };
  const core = coreDam(spec, memories);

  it('energies and gradients equal the core’s', () => {
    const dam = createTfDrDam(spec, core.T);
    const { energies, gradients } = dam.energyAndGradient(starts, 2);
    for (let r = 0; r < 2; r++) {
      const want = core.energyAndGradient(starts.subarray(r * D, (r + 1) * D));
      expect(energies[r]).toBe(want.energy);
      expect([...gradients.subarray(r * D, (r + 1) * D)]).toEqual([...want.grad]);
    }
    dam.dispose();
    expect(() => dam.energies(starts, 2)).toThrow(/disposed/);
  });

  it('descend (clamped, recorded) equals the core’s descend state by state', () => {
    const dam = createTfDrDam(spec, core.T);
    const seen: number[] = [];
    const onFrame = (at: number, of: number) => seen.push(at, of);
    const got = dam.descend(starts, 2, { alpha: 0.05, steps: 7, clamp, recordEvery: 3, onFrame });
    expect([...got.frameSteps!]).toEqual([0, 3, 6, 7]);
    expect(seen).toEqual([0, 7, 3, 7, 6, 7, 7, 7]);
    for (let r = 0; r < 2; r++) {
      const want = descend((x) => core.energyAndGradient(x), starts.slice(r * D, (r + 1) * D), {
        alpha: 0.05,
        steps: 7,
        clamp,
        recordEvery: 3,
      });
      expect([...got.states.subarray(r * D, (r + 1) * D)]).toEqual([...want.final]);
      expect([...got.trace!.subarray(r * 4, r * 4 + 4)]).toEqual(
        [0, 3, 6, 7].map((t) => want.energy[t]),
      );
      want.frames.forEach((f, i) =>
        expect([...got.frames!.subarray((i * 2 + r) * D, (i * 2 + r + 1) * D)]).toEqual([...f.x]),
      );
    }
    expect(got.energies[0]).toBeLessThan(got.trace![0]);
  });
});

describe('tfjs-wasm: the recorded trace follows the core’s descend', () => {
  beforeAll(() => selectNodeBackend('wasm'));

  it.each(['sincos', 'exp'] as const)('%s: energies and frames at 0, 4, 8, 10', (kind) => {
    const spec: FeatureMapSpec = { kind, Y: 256, D, beta: 5, seed: 8 };
    const core = coreDam(spec, memories);
    const dam = createTfDrDam(spec, core.T);
    const before = tf.memory().numTensors;
    const seen: number[] = [];
    const onFrame = (at: number) => seen.push(at);
    const got = dam.descend(starts, 2, { alpha: 0.03, steps: 10, clamp, recordEvery: 4, onFrame });
    expect(tf.memory().numTensors).toBe(before);
    expect([...got.frameSteps!]).toEqual([0, 4, 8, 10]);
    expect(seen).toEqual([0, 4, 8, 10]);
    // A frame's Ẽ comes from the forward pass of its step: the same as energies() of its states.
    for (let f = 0; f < 4; f++) {
      const e = dam.energies(got.frames!.slice(f * 2 * D, (f + 1) * 2 * D), 2);
      expect([got.trace![f], got.trace![4 + f]]).toEqual([...e]);
    }
    expect(got.trace).toHaveLength(2 * 4);
    expect(got.frames).toHaveLength(4 * 2 * D);
    for (let r = 0; r < 2; r++) {
      const want = descend((x) => core.energyAndGradient(x), starts.slice(r * D, (r + 1) * D), {
        alpha: 0.03,
        steps: 10,
        clamp,
        recordEvery: 4,
      });
      [0, 4, 8, 10].forEach((t, f) => expect(got.trace![r * 4 + f]).toBeCloseTo(want.energy[t], 4));
      want.frames.forEach((fr, i) => {
        for (let j = 0; j < D; j++)
          expect(got.frames![(i * 2 + r) * D + j]).toBeCloseTo(fr.x[j], 5);
      });
      expect(got.trace![r * 4 + 3]).toBe(got.energies[r]);
      expect(got.trace![r * 4 + 3]).toBeLessThan(got.trace![r * 4]);
    }
    expect(dam.descend(starts, 2, { alpha: 0.03, steps: 2 }).trace).toBeUndefined();
    expect(() => dam.descend(starts, 2, { alpha: 0.03, steps: 2, recordEvery: 0 })).toThrow(
      /recordEvery/,
    );
    dam.dispose();
  });
});
