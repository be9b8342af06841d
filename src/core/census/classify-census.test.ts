import { describe, expect, it } from 'vitest';
import { rebuild, runCensus } from './census';
import { classifyCensus, spuriousLabels } from './classify-census';
import { DEFAULT_CLASSIFIER } from './models/options';
import { DEFAULT_CENSUS } from './presets';
import { STATE_CLASSES, type CensusSpec } from './types';

const spec: CensusSpec = {
  ...DEFAULT_CENSUS,
  probes: { ...DEFAULT_CENSUS.probes, random: 1500, prototypes: 100 },
};

describe('the classifiers on a census', () => {
  it('labels spurious states, and mixtures too when they count as spurious', async () => {
    const result = await runCensus(spec);
    const count = (y: Uint8Array) => y.reduce((a, b) => a + b, 0);
    const { spurious, mixture } = result.byClass;
    expect(count(spuriousLabels(result, 'other'))).toBe(spurious.states);
    expect(count(spuriousLabels(result, 'spurious'))).toBe(spurious.states + mixture.states);
    const y = spuriousLabels(result, 'spurious');
    for (let s = 0; s < result.states; s++)
      expect(y[s] === 1).toBe(['spurious', 'mixture'].includes(STATE_CLASSES[result.cls[s]]));
  });

  it('splits one census or tests on a second; refuses a census of one class', async () => {
    const result = await runCensus(spec);
    const c = { result, net: rebuild(spec).net };
    const opts = { ...DEFAULT_CLASSIFIER, epochs: 20 };
    const split = await classifyCensus(c, null, opts);
    expect(split.train.rows + split.test.rows).toBe(result.states);
    const again = await classifyCensus(c, null, opts);
    expect(again.rows).toEqual(split.rows);
    const cross = await classifyCensus(c, c, opts);
    expect(cross.split).toBe('task');
    expect(cross.test.rows).toBe(result.states);
    const one = { ...result, cls: new Uint8Array(result.states).fill(4) };
    await expect(classifyCensus({ ...c, result: one }, null, opts)).rejects.toThrow(
      /needs both spurious and other states/,
    );
  });
});
