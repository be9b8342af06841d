import { describe, expect, it } from 'vitest';
import type { ModelSpec } from '../../../../core/dynamics/types';
import { energyKey, energySegments, type EnergyFrame } from './energy-segments';

const poly = (n: number): ModelSpec => ({ energy: 'polynomial', n, beta: 1 });
const N = 100;

/** Frames under n = 3 for t = 0…3, then the re-scored frame and two more under n = 20. */
function raised(): EnergyFrame[] {
  const a = [0, 1, 2, 3].map((t) => ({ t, energy: -(t + 1) * N ** 3, spec: poly(3) }));
  const b = [3, 4, 5].map((t, i) => ({
    t,
    energy: -(t + 1) * N ** 20,
    spec: poly(20),
    reconfigured: i === 0 ? true : undefined,
  }));
  return [...a, ...b];
}

describe('energy segments', () => {
  it('a change of n mid-run gives two segments with no point joining them', () => {
    const frames = raised();
    const { segments, current, yLabel } = energySegments(
      frames,
      frames.length - 1,
      N,
      'normalised',
    );
    expect(segments.map((g) => g.label)).toEqual(['n = 3', 'n = 20']);
    expect(segments[0].points.map((p) => p.t)).toEqual([0, 1, 2, 3]);
    expect(segments[1].points.map((p) => p.t)).toEqual([3, 4, 5]);
    // each scaled by its own Nⁿ: the n = 20 segment starts at −4, not −4·N¹⁷
    expect(segments[0].points.map((p) => p.energy)).toEqual([-1, -2, -3, -4]);
    expect(segments[1].points[0].energy).toBeCloseTo(-4);
    // the re-scored frame starts the new segment and is not a mark inside it
    expect(segments[1].points[0].mark).toBeUndefined();
    expect(current).toEqual([1, 2]);
    expect(yLabel).toBe('E / Nⁿ per segment');
  });

  it('keeps one segment (with a mark) for a change that keeps the energy', () => {
    const frames: EnergyFrame[] = [
      { t: 0, energy: -1, spec: poly(3) },
      { t: 1, energy: -2, spec: poly(3) },
      { t: 1, energy: -2, spec: { ...poly(3), beta: 5 }, reconfigured: true }, // β unused at n
      { t: 2, energy: -3, spec: { ...poly(3), beta: 5 } },
    ];
    const { segments, yLabel } = energySegments(frames, 1, 1, 'raw');
    expect(segments).toHaveLength(1);
    expect(segments[0].label).toBe('n = 3');
    expect(segments[0].points.filter((p) => p.mark)).toHaveLength(1);
    expect(yLabel).toBe('E');
  });

  it('names the family when it changed, and keys on the parameter the family reads', () => {
    const frames: EnergyFrame[] = [
      { t: 0, energy: -1, spec: poly(2) },
      { t: 1, energy: -2, spec: { energy: 'softmax', n: 2, beta: 8 } },
    ];
    const { segments } = energySegments(frames, 0, 4, 'normalised');
    expect(segments.map((g) => g.label)).toEqual(['classical n = 2', 'softmax β = 8']);
    expect(energyKey({ energy: 'softmax', n: 3, beta: 8 })).toBe(
      energyKey({ energy: 'softmax', n: 20, beta: 8 }),
    );
  });

  it('thins long runs but keeps each segment start and the shown frame', () => {
    const frames: EnergyFrame[] = Array.from({ length: 3000 }, (_, i) => ({
      t: i / 100,
      energy: -i,
      spec: poly(i < 1500 ? 3 : 4),
    }));
    const { segments, current } = energySegments(frames, 1777, 1, 'raw', 100);
    expect(segments).toHaveLength(2);
    expect(segments[1].points[0].t).toBe(15);
    expect(segments.reduce((a, g) => a + g.points.length, 0)).toBeLessThanOrEqual(101);
    expect(current).not.toBeNull();
    expect(segments[1].points[current![1]].t).toBeCloseTo(17.77);
  });
});
