import { describe, expect, it } from 'vitest';
import { DEFAULT_FEATURES } from '../app/rf-presets';
import { toyRequest, withMemoryAdded, withMemoryRemoved } from '../app/rf-requests';
import { runToy, type ToySession } from './rf-toy';

const small = { ...DEFAULT_FEATURES, toy: { ...DEFAULT_FEATURES.toy, R: 12 }, steps: 100 };
const none = () => undefined;

describe('runToy', () => {
  it('adds φ(ξ) to the kept T: the same weights as a rebuild, the same count of weights', () => {
    const hold: { session: ToySession | null } = { session: null };
    const a = runToy(hold, toyRequest(small), undefined, none);
    expect(a.update).toBe('built');
    const more = { ...small, toy: withMemoryAdded(small)! };
    const b = runToy(hold, toyRequest(more), undefined, none);
    expect(b.update).toBe('added');
    expect(b.params).toBe(a.params);
    expect(b.exactParams).toBe(a.exactParams + 2);
    const fresh = runToy({ session: null }, toyRequest(more), undefined, none);
    for (let c = 0; c < fresh.grid.distributed.length; c++)
      expect(b.grid.distributed[c]).toBeCloseTo(fresh.grid.distributed[c], 9);
    const back = runToy(
      hold,
      toyRequest({ ...more, toy: withMemoryRemoved(more)! }),
      undefined,
      none,
    );
    expect(back.update).toBe('removed');
    for (let c = 0; c < a.grid.distributed.length; c++)
      expect(back.grid.distributed[c]).toBeCloseTo(a.grid.distributed[c], 9);
  });
  it('gets closer to the exact landscape with more features', () => {
    const lo = runToy({ session: null }, toyRequest({ ...small, logY: 8 }), undefined, none);
    const hi = runToy({ session: null }, toyRequest({ ...small, logY: 14 }), undefined, none);
    expect(hi.gridError).toBeLessThan(lo.gridError);
    expect(hi.params).toBe(2 * 2 ** 14);
  });
});
