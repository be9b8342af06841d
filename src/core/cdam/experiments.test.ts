import { describe, expect, it } from 'vitest';
import { runCdam } from './dynamics';
import {
  axisValue,
  phaseRow,
  RANGE_OF_RECALL_PAPER,
  rangeOfRecall,
  readSequence,
  systemOf,
  type RangeOfRecallRow,
} from './experiments';
import { cycleGraph, ringGraph } from './graph';
import { noisyStart, uniformMemories } from './memories';
import { spanStart } from './span';

/** The centre of mass of the positive correlation over graph distance: how far recall reaches. */
const reach = (r: RangeOfRecallRow) => {
  let s = 0;
  let w = 0;
  r.byDistance.forEach((c, d) => {
    s += d * Math.max(0, c);
    w += Math.max(0, c);
  });
  return s / w;
};
const near = (r: RangeOfRecallRow) => r.byDistance[1] + r.byDistance[2] + r.byDistance[3];

describe("the paper's range of recall (ring P = 30, N = 1000, β = 1, η = 0.1, 100 steps, noise 1)", () => {
  const rows = rangeOfRecall(RANGE_OF_RECALL_PAPER);
  const [auto, half, anti, wide] = rows;

  it('one row per (a, h), distances 0 … 15', () => {
    expect(rows.map((r) => [r.a, r.h])).toEqual([
      [1, 0],
      [0.5, 0.5],
      [-0.5, 1.5],
      [-2, 3],
    ]);
    for (const r of rows) {
      expect(r.byDistance).toHaveLength(16);
      expect(r.attractorByDistance).toHaveLength(16);
      expect(r.attractorByDistance[0]).toBeCloseTo(1, 12);
      expect(Object.values(r.modes).reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    }
  });

  it('a = 1 recalls the cue only', () => {
    expect(auto.byDistance[0]).toBeGreaterThan(0.9);
    for (let d = 2; d < 16; d++) expect(auto.byDistance[d]).toBeLessThan(0.2);
    expect(auto.byDistance[1]).toBeLessThan(0.2);
    expect(auto.modes.auto).toBeCloseTo(1, 12);
  });

  it('lower a spreads recall over the ring: correlation at distances 1–3 rises, and reaches further', () => {
    // Summed over d = 1 … 3 the ordering holds for a = 1 > 0.5 > −0.5; at a = −2 the correlation
    // moves further out still (d = 2 … 5), so near(−2) is above near(0.5) but not near(−0.5).
    expect(near(half)).toBeGreaterThan(near(auto) + 0.3);
    expect(near(anti)).toBeGreaterThan(near(half) + 0.3);
    expect(near(wide)).toBeGreaterThan(near(half));
    expect(half.byDistance[1]).toBeGreaterThan(auto.byDistance[1] + 0.3);
    expect(anti.byDistance[3]).toBeGreaterThan(half.byDistance[3]);
    expect(wide.byDistance[4]).toBeGreaterThan(anti.byDistance[4]);
    const reaches = rows.map(reach);
    for (let k = 1; k < 4; k++) expect(reaches[k]).toBeGreaterThan(reaches[k - 1] + 0.2);
    // The cue's own correlation falls as the recall widens.
    for (let k = 1; k < 4; k++)
      expect(rows[k].byDistance[0]).toBeLessThan(rows[k - 1].byDistance[0]);
    expect(wide.modes.wide).toBeCloseTo(1, 12);
  });
});

describe('readSequence', () => {
  /** A trace whose most correlated memory at step t is peaks[t] (−1: every correlation 0.1). */
  const trace = (P: number, peaks: number[]) => {
    const m = new Float64Array(peaks.length * P).fill(0.05);
    peaks.forEach((mu, t) => {
      if (mu < 0) m.fill(0.1, t * P, (t + 1) * P);
      else m[t * P + mu] = 0.9;
    });
    return { P, steps: peaks.length - 1, m };
  };

  it('counts forward steps, skips and other transitions along the cycle', () => {
    const r = readSequence(trace(5, [0, 0, 1, 1, 3, 3, 2, -1, 2, 3, 0]), [0, 1, 2, 3]);
    expect(r.order).toEqual([0, 1, 3, 2, 3, 0]);
    expect(r.visits[3]).toEqual({ memory: 2, from: 6, to: 8 }); // the low step does not break it
    expect([r.forward, r.skips, r.other]).toEqual([3, 1, 1]); // 1 → 3 skips, 3 → 2 goes back
    expect(r.rate).toBeCloseTo(30, 12);
    expect(r.stepsPerVisit).toBe(2);
    expect(r.sticks).toBe(false);
    // Memory 4 is not on the cycle: transitions to or from it are "other".
    const off = readSequence(trace(5, [0, 1, 4, 2]), [0, 1, 2, 3]);
    expect([off.forward, off.skips, off.other]).toEqual([1, 0, 2]);
    const stuck = readSequence(trace(5, [2, 2, 2, 2, 2]), [0, 1, 2, 3]);
    expect(stuck.sticks).toBe(true);
    expect(stuck.order).toEqual([2]);
  });
});

describe('sequence replay along a directed cycle', () => {
  const P = 20;
  const N = 1000;
  const xi = uniformMemories(P, N, 1);
  const { sys } = systemOf(xi, P, N, cycleGraph(P), 'normalised');
  const x0 = noisyStart(xi, N, 0, 1, 2);
  const cycle = Array.from({ length: P }, (_, k) => k);

  it('a = −1.5, h = 3 replays forward without sticking', () => {
    const steps = 200;
    const { trace } = runCdam(sys, { a: -1.5, h: 3, beta: 1, eta: 0.1 }, x0, steps);
    const r = readSequence(trace, cycle);
    expect(r.sticks).toBe(false);
    expect(r.order.slice(0, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(r.forward).toBeGreaterThan(0.95 * (r.visits.length - 1));
    expect(r.forward).toBeGreaterThan(100);
  });

  it('a = 1, h = 0 sticks on the cue', () => {
    const { trace } = runCdam(sys, { a: 1, h: 0, beta: 1, eta: 0.1 }, x0, 200);
    const r = readSequence(trace, cycle);
    expect(r.order).toEqual([0]);
    expect(r.sticks).toBe(true);
  });
});

describe('phase map rows', () => {
  it('axis values include both ends; the auto corner of the map is auto', () => {
    expect(axisValue([-3, 2], 32, 0)).toBe(-3);
    expect(axisValue([-3, 2], 32, 31)).toBe(2);
    expect(axisValue([0, 4], 5, 2)).toBe(2);
    expect(axisValue([0, 4], 1, 0)).toBe(0);
    const P = 30;
    const N = 400;
    const xi = uniformMemories(P, N, 3);
    const { sys, H, D } = systemOf(xi, P, N, ringGraph(P), 'normalised');
    const x0 = noisyStart(xi, N, 0, 1, 4);
    const spec = {
      aRange: [-3, 2] as [number, number],
      hRange: [0, 4] as [number, number],
      R: 6,
      beta: 1,
      eta: 0.1,
      steps: 100,
    };
    const row0 = phaseRow(sys, H, D, x0, spec, 0);
    expect(row0).toHaveLength(6);
    expect(row0[5]).toMatchObject({ mode: 'auto', peak: 0, active: 1 });
    expect(row0[5].peakCorr).toBeGreaterThan(0.9);
    // A shared start gives the same cells.
    expect(phaseRow(sys, H, D, x0, spec, 3, spanStart(sys, H, x0))).toEqual(
      phaseRow(sys, H, D, x0, spec, 3),
    );
  });
});
