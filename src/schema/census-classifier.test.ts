import { describe, expect, it } from 'vitest';
import { DEFAULT_CLASSIFIER } from '../core/census/models/options';
import { parseClassifierOptions } from './census-classifier';

describe('census classifier schema', () => {
  it('fills what is missing from the defaults', () => {
    expect(parseClassifierOptions({})).toEqual(DEFAULT_CLASSIFIER);
    expect(parseClassifierOptions(undefined)).toEqual(DEFAULT_CLASSIFIER);
    expect(parseClassifierOptions({ L: 8, normalise: false })).toEqual({
      ...DEFAULT_CLASSIFIER,
      L: 8,
      normalise: false,
    });
    const all = {
      normalise: false,
      L: 256,
      hidden: 2,
      epochs: 2000,
      lr: 1e-5,
      l2: 0,
      seed: 9,
      mixtures: 'spurious',
    };
    expect(parseClassifierOptions(all)).toEqual(all);
    expect(() => parseClassifierOptions({ mixtures: 'some' })).toThrow(
      /classifier\.mixtures: must be "other" or "spurious"/,
    );
  });

  it('names the field of an unknown key or a value out of range', () => {
    expect(() => parseClassifierOptions({ L: 1000 })).toThrow(
      /^classifier\.L: must be a whole number from 4 to 256 \(got 1000\)/,
    );
    expect(() => parseClassifierOptions({ hidden: 2.5 })).toThrow(/^classifier\.hidden: /);
    expect(() => parseClassifierOptions({ epochs: 0 })).toThrow(/^classifier\.epochs: .*1 to 2000/);
    expect(() => parseClassifierOptions({ lr: 0 })).toThrow(/^classifier\.lr: must be a number/);
    expect(() => parseClassifierOptions({ l2: 2 })).toThrow(/^classifier\.l2: /);
    expect(() => parseClassifierOptions({ l2: NaN })).toThrow(/^classifier\.l2: /);
    expect(() => parseClassifierOptions({ seed: -1 })).toThrow(/^classifier\.seed: /);
    expect(() => parseClassifierOptions({ normalise: 'yes' })).toThrow(
      /^classifier\.normalise: must be true or false/,
    );
    expect(() => parseClassifierOptions({ hiden: 8 })).toThrow(/^classifier\.hiden: unknown key/);
    expect(() => parseClassifierOptions({ L: 8 }, 'models')).not.toThrow();
    expect(() => parseClassifierOptions({ L: 3 }, 'models')).toThrow(/^models\.L: /);
    expect(() => parseClassifierOptions([1])).toThrow(/^classifier: must be an object/);
    expect(() => parseClassifierOptions({ L: { deep: 1 } })).toThrow(/nested deeper/);
  });
});
