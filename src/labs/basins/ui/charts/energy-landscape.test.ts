import { describe, expect, it } from 'vitest';
import { energyText, fromSignedLog, scaleTicks, signedLog } from './energy-landscape';

describe('energy colour bar', () => {
  it('labels evenly spaced signed-log ticks with energies', () => {
    for (const e of [-12345, -3, 0, 0.5, 800])
      expect(fromSignedLog(signedLog(e))).toBeCloseTo(e, 6);
    const ticks = scaleTicks(signedLog(-999), signedLog(9), 3);
    expect(ticks.map((t) => t.at)).toEqual([0, 0.5, 1]);
    expect(ticks[0].energy).toBeCloseTo(-999, 6);
    expect(ticks[2].energy).toBeCloseTo(9, 6);
    // The middle of [−3, 1] on the log scale is −1: energy −9.
    expect(ticks[1].energy).toBeCloseTo(-9, 6);
    expect(energyText(-123456)).toBe('−1.2e+5');
    expect(energyText(-42.137)).toBe('−42.1');
    expect(energyText(0)).toBe('0');
  });
});
