import { describe, expect, it } from 'vitest';
import { exportCaption } from './caption';
import { createHistory } from './history';
import type { LiveLane } from './live';
import type { LaneSummary } from './slice';

const lane: LiveLane = {
  spec: { energy: 'polynomial', n: 20, beta: 1 },
  history: createHistory(
    {
      id: 1,
      state: new Float32Array(4),
      energy: 0,
      t: 0,
      updates: 0,
      converged: false,
      flips: 0,
      totalFlips: 0,
      overlaps: new Float32Array(2),
      weights: null,
      spec: { energy: 'polynomial', n: 20, beta: 1 },
    },
    5,
  ),
  side: 2,
  clamp: null,
  labels: ['0', '3'],
  cueMemory: 1,
  cue: { start: { kind: 'memory', index: 1 }, flipP: 0.2, seed: 7 },
  dynamics: { mode: 'async', order: 'random', temperature: 0 },
};

const summary: LaneSummary = {
  model: { energy: 'polynomial', n: 20, beta: 1 },
  verdict: { kind: 'retrieved', memory: 1, overlap: 1 },
  hint: null,
  converged: true,
  progress: null,
  t: 3,
};

describe('export caption', () => {
  it('names the model with n, the verdict and the cue', () => {
    expect(exportCaption([lane], [summary])).toEqual([
      'Dense Associative Memory · retrieval studio',
      'Model: polynomial n = 20 (asynchronous updates, T = 0)',
      'Verdict: Retrieved memory 2 · 3, overlap 1.00',
      'Cue: memory 2 · 3, flip noise p = 0.20, seed 7',
    ]);
  });

  it('gives each compared model its line, and an unfinished run its progress', () => {
    const running = { ...summary, progress: { nearest: 0, overlap: 0.4 } };
    const soft = { ...summary, model: { energy: 'softmax' as const, n: 2, beta: 8 } };
    const lines = exportCaption([lane, lane], [running, soft]);
    expect(lines[1]).toBe(
      'Model 1: polynomial n = 20 · In progress: nearest memory 1 · 0, overlap 0.40',
    );
    expect(lines[2]).toBe('Model 2: softmax β = 8 · Retrieved memory 2 · 3, overlap 1.00');
  });
});
