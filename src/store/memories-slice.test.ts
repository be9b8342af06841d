import { afterEach, describe, expect, it } from 'vitest';
import { useDamStore } from './index';
import { selectMemoryClasses } from './selectors';

const initial = useDamStore.getInitialState();

describe('memories slice', () => {
  afterEach(() => useDamStore.setState(initial, true));

  it('stores one example of every digit by default, cue digit 3', () => {
    const s = useDamStore.getState();
    expect(selectMemoryClasses(s)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(s.cueClass).toBe(3);
  });

  it('moves the cue to a stored digit when its digit is dropped', () => {
    useDamStore.getState().toggleClass(3);
    const s = useDamStore.getState();
    expect(s.included[3]).toBe(false);
    expect(s.cueClass).toBe(0);
    s.setCue(3);
    expect(useDamStore.getState().cueClass).toBe(0);
  });

  it('keeps at least one memory', () => {
    for (let d = 0; d < 10; d++) useDamStore.getState().toggleClass(d);
    expect(selectMemoryClasses(useDamStore.getState())).toEqual([9]);
    expect(useDamStore.getState().cueClass).toBe(9);
  });

  it('wraps the example index in both directions', () => {
    const { stepExample } = useDamStore.getState();
    stepExample(5, -1, 863);
    expect(useDamStore.getState().picks[5]).toBe(862);
    stepExample(5, 2, 863);
    expect(useDamStore.getState().picks[5]).toBe(1);
  });
});
