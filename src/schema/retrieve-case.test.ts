import { describe, expect, it } from 'vitest';
import { InputError, QUOTE_MAX } from './parse';
import { retrieveCaseFromJson, retrieveCaseFromValue } from './retrieve-case';

const CAP = 1 << 20;
const base = { model: { energy: 'polynomial' }, memories: [[1, -1, 1]], state: [1, 1, -1] };
const withModel = (model: object) => ({ ...base, model });
const withDynamics = (dynamics: object) => ({ ...base, dynamics });
const softmax = (memories: number[][], state: number[], beta = 1) => ({
  model: { energy: 'softmax', beta },
  memories,
  state,
});

/** The one line a bad case is refused with. */
function refusal(value: unknown): string {
  try {
    retrieveCaseFromValue(value);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    const message = (e as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('the case was accepted');
}

describe('the dam retrieve case schema', () => {
  it('fills the defaults and returns the core types in float64', () => {
    const c = retrieveCaseFromValue({
      ...softmax(
        [
          [0.1, 0.2],
          [0.3, 0.4],
        ],
        [0.5, 0.6],
      ),
    });
    expect(c.spec).toEqual({ energy: 'softmax', n: 2, beta: 1 });
    expect(c.dynamics).toEqual({ mode: 'async', order: 'sequential', seed: 0, maxSteps: 50 });
    expect(c.memories).toEqual({ count: 2, dim: 2, data: Float64Array.of(0.1, 0.2, 0.3, 0.4) });
    expect(c.state).toEqual(Float64Array.of(0.5, 0.6));
    const d = retrieveCaseFromValue(
      withDynamics({ mode: 'sync', order: 'random', seed: 4294967295, maxSteps: 100000 }),
    );
    expect(d.dynamics).toEqual({
      mode: 'sync',
      order: 'random',
      seed: 4294967295,
      maxSteps: 100000,
    });
  });

  it.each([
    ['a misspelt key', withDynamics({ maxstep: 3 }), 'dynamics.maxstep: unknown key'],
    ['an unknown top-level key', { ...base, memory: [] }, 'memory: unknown key'],
    [
      'seed 1e300',
      withDynamics({ seed: 1e300 }),
      'dynamics.seed: must be a whole number from 0 to 4294967295 (got 1e+300)',
    ],
    ['a fractional seed', withDynamics({ seed: 1.5 }), /^dynamics\.seed: must be a whole number/],
    [
      'maxSteps past the core limit',
      withDynamics({ maxSteps: 100001 }),
      'dynamics.maxSteps: must be a whole number from 0 to 100000 (got 100001)',
    ],
    [
      'n 1e300 under softmax (which ignores n)',
      { ...softmax([[1]], [1]), model: { energy: 'softmax', n: 1e300 } },
      'model.n: must be a whole number from 2 to 60 (got 1e+300)',
    ],
    [
      'beta 1e9 under polynomial (which ignores beta)',
      withModel({ energy: 'polynomial', beta: 1e9 }),
      'model.beta: must be a number from 0.001 to 1000 (got 1000000000)',
    ],
    [
      'an unknown energy',
      withModel({ energy: 'cubic' }),
      'model.energy: must be one of polynomial, rectified, exponential, softmax (got "cubic")',
    ],
    [
      'a bad mode',
      withDynamics({ mode: 'both' }),
      'dynamics.mode: must be one of async, sync (got "both")',
    ],
    ['a missing state', { model: base.model, memories: base.memories }, 'state: is missing'],
    ['a missing energy', withModel({ n: 3 }), 'model.energy: is missing'],
    ['no memories', { ...base, memories: [] }, 'memories: must be a list of 1 to 10000 items'],
    [
      'a string value',
      { ...base, state: [1, '1', 1] },
      'state[1]: must be a finite number (got "1")',
    ],
    [
      'a ragged row',
      {
        ...base,
        memories: [
          [1, 1, 1],
          [1, 1],
        ],
      },
      'memories[1]: has 2 values but memories[0] has 3 (the rows are ragged)',
    ],
    ['a short state', { ...base, state: [1] }, 'state: has length 1, the memories have length 3'],
  ])('refuses %s with one line naming the field', (_name, value, message) => {
    const got = refusal(value);
    if (typeof message === 'string') expect(got).toBe(message);
    else expect(got).toMatch(message);
  });

  it('says which index is not ±1 for the binary energies', () => {
    expect(
      refusal({
        ...base,
        memories: [
          [1, -1, 1],
          [1, 0.5, 1],
        ],
      }),
    ).toBe('memories[1][1]: must be ±1 for the polynomial energy (got 0.5)');
    expect(refusal({ ...base, model: { energy: 'rectified' }, state: [1, -1, 0] })).toBe(
      'state[2]: must be ±1 for the rectified energy (got 0)',
    );
  });

  it('refuses __proto__ and constructor keys anywhere', () => {
    const proto = JSON.parse('{"model": {"energy": "polynomial", "__proto__": {"n": 3}}}');
    expect(refusal({ ...base, ...proto })).toBe('model.__proto__: key "__proto__" is not allowed');
    expect(refusal({ ...base, constructor: 1 })).toBe(
      'constructor: key "constructor" is not allowed',
    );
  });

  it('refuses nesting deeper than case → memories → row → value, before and after JSON.parse', () => {
    const deep = { ...base, memories: [[[1], [-1], [1]]] };
    expect(() => retrieveCaseFromJson(JSON.stringify(deep), CAP)).toThrow(
      'the case: nested 4 levels deep, more than the 3 allowed',
    );
    expect(refusal(deep)).toBe('memories[0][0]: nested deeper than 3 levels');
  });

  it('refuses softmax inputs whose products overflow float64, naming the field', () => {
    expect(refusal(softmax([[1e200, 1]], [1, 1]))).toBe(
      'memories: values up to 1e+200 overflow float64 in β·ξ·x or ½‖ξ‖² (N = 2, β = 1); scale them down',
    );
    expect(refusal(softmax([[1, 1]], [1, -3e155]))).toMatch(
      /^state: values up to 3e\+155 overflow/,
    );
    expect(refusal(softmax([[1e149]], [1], 1000))).toMatch(/^memories: .*\(N = 1, β = 1000\)/);
    expect(() => retrieveCaseFromValue(softmax([[1e140, 1]], [1e140, 1], 1000))).not.toThrow();
  });

  it('quotes at most 80 characters of a long bad value', () => {
    const message = refusal(withModel({ energy: 'x'.repeat(300) }));
    const quoted = /\(got (.*)\)$/.exec(message)![1];
    expect(quoted.length).toBe(QUOTE_MAX);
    expect(message.length).toBeLessThan(200);
  });

  it('refuses text over its byte cap and broken JSON in one line', () => {
    const text = JSON.stringify(base);
    expect(() => retrieveCaseFromJson(text, text.length - 1)).toThrow(/larger than/);
    expect(() => retrieveCaseFromJson('{"model": ', CAP)).toThrow(/^the case: not valid JSON/);
  });
});
