/**
 * The tfjs basin map (tfjs-cpu in Node) against the core's kernelBasinMap on the same training
 * and plane: the same cells reach the same memories (float32 against float64, so a cell whose
 * end state lies at the tolerance may differ), and no tensor is left behind.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { tf } from '../../../engine/tf';
import type { KernelBasinRequest, KernelTrainingSpec } from './api';
import { kernelMemories } from './kernel-memories';
import { runKernelTraining } from './kernel-train';
import { kernelBasins } from './kernel-views';

const training: KernelTrainingSpec = {
  memories: { source: 'circle', M: 5, D: 2, sphere: true, seed: 4 },
  uhop: { dPhi: 3, tau: 1, lr: 0.1, optimiser: 'adam', iterations: 5, seed: 2, bias: true },
};

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('kernel basin map on tfjs', () => {
  for (const normaliser of ['softmax', 'sparsemax'] as const) {
    it(`${normaliser}: the core's cells, raw and learned`, async () => {
      const t = await runKernelTraining(training, kernelMemories(training.memories));
      const req: KernelBasinRequest = {
        training,
        plane: { kind: 'identity', extent: 1.5 },
        R: 24,
        khm: { beta: 20, normaliser, iterations: 5 },
        tol: 1e-3,
        raw: 'identity',
      };
      const core = await kernelBasins(req, t, { engine: 'core' });
      const before = tf.memory().numTensors;
      const steps: number[] = [];
      const onTf = await kernelBasins(req, t, { engine: 'tf', onProgress: (d) => steps.push(d) });
      expect(tf.memory().numTensors).toBe(before);
      expect(steps.at(-1)).toBe(10); // one batch × 5 steps, twice
      for (const side of ['before', 'after'] as const) {
        const a = core[side].labels;
        const b = onTf[side].labels;
        let same = 0;
        for (let c = 0; c < a.length; c++) if (a[c] === b[c]) same++;
        expect(same / a.length).toBeGreaterThan(0.98);
        expect(Math.abs(core[side].converged - onTf[side].converged)).toBeLessThan(0.02);
      }
    });
  }
});
