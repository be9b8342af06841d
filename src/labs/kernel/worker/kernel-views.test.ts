/**
 * The basin views on the 5-memory toy of the paper's Fig. 2 (Adam lr 0.1, τ 1, 5 U-Hop+ steps,
 * β 20, 5 retrieval steps, Φ(x) = Wx + b): the converged share rises after training in memory
 * space and in feature space; feature space retrieves among the learned Φ̂(ξ), marked as such.
 */
import { describe, expect, it } from 'vitest';
import type { KernelBasinRequest, KernelTrainingSpec } from './api';
import { kernelMemories } from './kernel-memories';
import { runKernelTraining } from './kernel-train';
import { featurePatterns, kernelBasins } from './kernel-views';

const training: KernelTrainingSpec = {
  memories: { source: 'circle', M: 5, D: 2, sphere: true, seed: 3 },
  uhop: { dPhi: 2, tau: 1, lr: 0.1, optimiser: 'adam', iterations: 5, seed: 1, bias: true },
};
const request = (space: 'memory' | 'feature', normaliser: 'softmax' | 'entmax15') =>
  ({
    training,
    plane: { kind: 'identity', extent: 1.5 },
    R: 40,
    khm: { beta: 20, normaliser, iterations: 5 },
    tol: 1e-3,
    raw: 'identity',
    space,
  }) satisfies KernelBasinRequest;

describe('kernel basin views', () => {
  it('the 2-D toy converges more after U-Hop+, in memory and in feature space', async () => {
    const t = await runKernelTraining(training, kernelMemories(training.memories));
    const h = t.result.history;
    expect(h[5].minAngleDeg).toBeGreaterThan(h[0].minAngleDeg);
    for (const space of ['memory', 'feature'] as const)
      for (const normaliser of ['softmax', 'entmax15'] as const) {
        const r = await kernelBasins(request(space, normaliser), t);
        expect(r.after.converged, `${space} ${normaliser}`).toBeGreaterThan(r.before.converged);
      }
  });

  it('feature space retrieves among the normalised features and marks them', async () => {
    const t = await runKernelTraining(training, kernelMemories(training.memories));
    const learned = featurePatterns(t.map, t.memories);
    for (let k = 0; k < learned.count; k++)
      expect(Math.hypot(learned.data[2 * k], learned.data[2 * k + 1])).toBeCloseTo(1, 12);
    const r = await kernelBasins(request('feature', 'softmax'), t);
    expect(r.marksAfter[0].x).toBeCloseTo(learned.data[0], 12);
    expect(r.marksAfter[0].y).toBeCloseTo(learned.data[1], 12);
    // Before: Φ = identity on unit memories, so the marks are the memories themselves.
    expect(r.marks[0].x).toBeCloseTo(t.memories.data[0], 12);
    const inMemory = await kernelBasins(request('memory', 'softmax'), t);
    expect(inMemory.marksAfter).toEqual(inMemory.marks);
  });
});
