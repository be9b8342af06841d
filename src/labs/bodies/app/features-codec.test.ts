import { describe, expect, it } from 'vitest';
import { InputError, parseInput } from '../../../schema/parse';
import { featuresSchema, type WireFeatures } from './features-codec';
import { DEFAULT_FEATURES, QUANT1B_CURVE } from './rf-presets';
import type { FeaturesSetup } from './rf-setup';

const fromWire = (w: unknown) => parseInput(featuresSchema(), w, { maxDepth: 6, at: 'h.features' });
const wire = (s: FeaturesSetup): WireFeatures => {
  const { preset, ...rest } = s;
  return preset ? { ...rest, preset } : rest;
};
const refusal = (w: unknown): InputError => {
  try {
    fromWire(w);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('accepted');
};

describe('the random-features set-up in links', () => {
  it('round-trips the defaults and an edited curve', () => {
    expect(fromWire(wire(DEFAULT_FEATURES))).toEqual(DEFAULT_FEATURES);
    const edited: FeaturesSetup = {
      ...DEFAULT_FEATURES,
      preset: null,
      curveKind: 'quant1b',
      curve: { ...QUANT1B_CURVE, projection: 'hadamard', Ys: [512, 2048], betas: [30] },
    };
    expect(fromWire(wire(edited))).toEqual(edited);
  });

  it('refuses a tampered curve naming the field, through the schema layer', () => {
    const w = wire(DEFAULT_FEATURES);
    const big = refusal({ ...w, curve: { ...w.curve, Ys: [256, 2 ** 25] } });
    expect(big.field).toBe('h.features.curve.Ys[1]');
    expect(big.message).toContain('h.features.curve.Ys[1]');
    const K = refusal({ ...w, curve: { ...w.curve, K: 'many' } });
    expect(K.field).toBe('h.features.curve.K');
    const twice = refusal({ ...w, curve: { ...w.curve, betas: [10, 10] } });
    expect(twice.message).toContain('curve.betas[1]');
    expect(twice.message).toContain('listed twice');
    const exp = refusal({ ...w, curve: { ...w.curve, map: 'exp', betas: [800] } });
    expect(exp.message).toContain('curve.betas[0]');
  });

  it('refuses unknown keys, in the set-up and in the curve', () => {
    const w = wire(DEFAULT_FEATURES);
    expect(refusal({ ...w, extra: 1 }).message).toContain('h.features.extra: unknown key');
    expect(refusal({ ...w, curve: { ...w.curve, steps: 9 } }).message).toContain(
      'h.features.curve.steps: unknown key',
    );
    expect(refusal({ ...w, mnist: { ...w.mnist, logY: 40 } }).field).toBe('h.features.mnist.logY');
  });
});
