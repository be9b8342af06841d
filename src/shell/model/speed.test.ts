import { describe, expect, it } from 'vitest';
import {
  createHistory,
  moveCursor,
  pushFrames,
  truncateAtCursor,
} from '../../labs/studio/app/history';
import { describeSpeed, planAdvance, SPEED_MAX } from './speed';

describe('speed plan', () => {
  it('advances single neurons at the slowest speed and whole steps at the fastest', () => {
    // 30 neurons/s, one 60 Hz frame later: half a neuron, nothing yet
    expect(
      planAdvance({ t: 0, target: 30 / 784 / 60, limit: 50, perNeuron: true, dim: 784 }),
    ).toBeNull();
    expect(planAdvance({ t: 0, target: 2 / 784, limit: 50, perNeuron: true, dim: 784 })).toEqual({
      unit: 'neuron',
      count: 2,
      frameEvery: 1,
    });
    expect(planAdvance({ t: 3, target: Infinity, limit: 50, perNeuron: true, dim: 784 })).toEqual({
      unit: 'step',
      count: 47,
      frameEvery: 1,
    });
    // mid-sweep at full speed: finish the sweep first
    expect(planAdvance({ t: 0.5, target: Infinity, limit: 50, perNeuron: true, dim: 100 })).toEqual(
      { unit: 'neuron', count: 50, frameEvery: 50 },
    );
    expect(
      planAdvance({ t: 50, target: Infinity, limit: 50, perNeuron: true, dim: 784 }),
    ).toBeNull();
    expect(describeSpeed(0, true)).toBe('30 neurons/s (single flips)');
    expect(describeSpeed(SPEED_MAX, false)).toBe('as fast as possible');
  });
});

describe('history', () => {
  it('caps frames but keeps the first, and steps the cursor within bounds', () => {
    const h = createHistory(0, 4);
    pushFrames(h, [1, 2, 3, 4, 5]);
    expect(h.frames).toEqual([0, 3, 4, 5]);
    expect(h.cursor).toBe(3);
    expect(moveCursor(h, -2)).toBe(true);
    expect(h.frames[h.cursor]).toBe(3);
    expect(moveCursor(h, -5)).toBe(true);
    expect(moveCursor(h, -1)).toBe(false);
    moveCursor(h, 1);
    truncateAtCursor(h);
    expect(h.frames).toEqual([0, 3]);
  });
});
