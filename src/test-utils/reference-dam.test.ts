import { describe, expect, it } from 'vitest';
import { referenceRun, type RefCase } from './reference-dam';

// The oracle's own outcomes, worked out by hand on two memories in three dimensions.
const softmax = (state: number[], maxSteps: number, beta = 50): RefCase => ({
  energy: 'softmax',
  n: 2,
  beta,
  memories: [
    [1, 1, -1],
    [-1, 1, 1],
  ],
  state,
  mode: 'sync',
  maxSteps,
});

describe('the reference softmax run', () => {
  it('is not settled after one step that moved the state', () => {
    // Ξx = (3, −1)·0.5 → weights ≈ (1, e^−100): x jumps to ≈ ξ¹, a move of ‖(0.5, 0.5, −0.5)‖.
    const r = referenceRun(softmax([0.5, 0.5, -0.5], 1));
    expect(r.steps).toBe(1);
    expect(r.converged).toBe(false);
    r.final.forEach((v, j) => expect(v).toBeCloseTo([1, 1, -1][j], 12));
  });

  it('settles on the step that moves the state by at most 1e-9', () => {
    // Step 1 lands on ξ¹ to within e^−100; step 2 does not move it: settled at step 2.
    const r = referenceRun(softmax([0.5, 0.5, -0.5], 10));
    expect(r).toMatchObject({ steps: 2, converged: true });
  });

  it('settles at β = 0 one step after reaching the mean, not within a one-step budget', () => {
    // β = 0: the weights are uniform, x goes to the mean (0, 1, 0) in one step and stays.
    expect(referenceRun(softmax([5, -3, 2], 10, 0))).toMatchObject({ steps: 2, converged: true });
    // A budget of one step never sees the second, still step.
    expect(referenceRun(softmax([5, -3, 2], 1, 0))).toMatchObject({ steps: 1, converged: false });
  });
});
