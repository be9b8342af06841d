import { describe, expect, it } from 'vitest';
import { createHistory, pushFrames } from './history';
import type { LiveFrame, LiveLane } from './live';
import { trajectoryCsv, trajectoryJson } from './trajectory-export';

const frame = (t: number, state: number[], n: number, flips: number, total: number): LiveFrame => ({
  id: 1,
  state: Float32Array.from(state),
  energy: -t,
  t,
  updates: t * 4,
  converged: t === 2,
  flips,
  totalFlips: total,
  overlaps: Float32Array.from([0.5, -0.25]),
  weights: null,
  spec: { energy: 'polynomial', n, beta: 1 },
});

function lane(): LiveLane {
  const history = createHistory(frame(0, [1, 1, -1, -1], 3, 0, 0), 10);
  pushFrames(history, [frame(1, [1, -1, -1, -1], 3, 1, 1), frame(2, [1, -1, 1, -1], 20, 1, 2)]);
  return {
    spec: { energy: 'polynomial', n: 20, beta: 1 },
    history,
    side: 2,
    clamp: null,
    labels: ['0', '7'],
    cueMemory: 1,
    cue: { start: { kind: 'memory', index: 1 }, flipP: 0.2, seed: 42 },
    dynamics: { mode: 'async', order: 'random', temperature: 0 },
  };
}

describe('trajectory export', () => {
  it('JSON carries p, the seed, the update mode and the final state', () => {
    const json = JSON.parse(trajectoryJson([lane()]));
    const l = json.lanes[0];
    expect(l.cue).toEqual({ start: { kind: 'memory', index: 1 }, flipP: 0.2 });
    expect(l.seed).toBe(42);
    expect(l.dynamics).toEqual({ mode: 'async', order: 'random', temperature: 0 });
    expect(l.finalState).toEqual([1, -1, 1, -1]);
    expect(l.frames.map((f: { totalFlips: number }) => f.totalFlips)).toEqual([0, 1, 2]);
  });

  it('CSV has the same p, seed and mode on every row, each frame its own model, and the final state', () => {
    const [head, ...rows] = trajectoryCsv([lane()]).trim().split('\n');
    expect(head).toBe(
      'lane,model,p,seed,update,frame,t,energy,flips,converged,overlap 1 (0),overlap 2 (7),final state',
    );
    expect(rows).toHaveLength(3);
    expect(rows[0].split(',').slice(0, 5)).toEqual([
      '1',
      'polynomial n=3 beta=1',
      '0.2',
      '42',
      'async random T=0',
    ]);
    expect(rows[2].split(',')[1]).toBe('polynomial n=20 beta=1');
    expect(rows[2].split(',').at(-1)).toBe('1 -1 1 -1');
    expect(rows[0].split(',').at(-1)).toBe('');
  });
});
