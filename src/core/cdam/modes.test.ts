import { describe, expect, it } from 'vitest';
import { graphDistances, ringGraph } from './graph';
import { MODE_THRESHOLDS, readMode } from './modes';

const P = 10;
const D = graphDistances(ringGraph(P));
/** Correlations `base` everywhere but at the given memories. */
const corr = (at: Record<number, number>, base = 0) =>
  Float64Array.from({ length: P }, (_, mu) => at[mu] ?? base);

describe('readMode', () => {
  it('auto: one memory stands out', () => {
    expect(readMode(corr({ 4: 0.95, 5: 0.3 }), D)).toEqual({
      mode: 'auto',
      peak: 4,
      active: [4],
      reach: 0,
    });
  });

  it('narrow hetero: the peak and its graph neighbours', () => {
    const r = readMode(corr({ 3: 0.8, 2: 0.5, 4: 0.45 }), D);
    expect(r.mode).toBe('narrow');
    expect(r.peak).toBe(3);
    expect(r.active).toEqual([3, 2, 4]);
    expect(r.reach).toBe(1);
  });

  it('wide hetero: active memories two or more hops away, or in another component', () => {
    const r = readMode(corr({ 3: 0.6, 2: 0.5, 4: 0.5, 1: 0.4, 5: 0.35 }), D);
    expect(r.mode).toBe('wide');
    expect(r.reach).toBe(2);
    expect(readMode(corr({ 0: 0.7, 5: 0.6 }), D)).toMatchObject({ mode: 'wide', reach: 5 });
    const apart = graphDistances({ P, directed: false, edges: [[0, 1]] });
    expect(readMode(corr({ 0: 0.7, 1: 0.6, 7: 0.5 }), apart)).toMatchObject({
      mode: 'wide',
      reach: -1,
    });
  });

  it('quiescent: low, or flat, correlations', () => {
    expect(readMode(corr({ 2: 0.1 }, 0.05), D).mode).toBe('quiescent');
    expect(readMode(corr({}, 0.6), D).mode).toBe('quiescent');
    expect(readMode(corr({ 6: 0.65 }, 0.6), D).mode).toBe('quiescent');
    expect(readMode(corr({}, -0.4), D).mode).toBe('quiescent');
    // Just above the thresholds it is a mode again.
    const q = MODE_THRESHOLDS.QUIET;
    expect(readMode(corr({ 6: q + 0.2 }, 0), D).mode).toBe('auto');
  });
});
