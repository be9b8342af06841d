import { describe, expect, it } from 'vitest';
import { createRng } from '../core/util/random';
import { randomSigns } from './fixtures';
import { softmaxStepBatch } from './softmax-batch';

// Its values against the core are rows of the parity table (src/engine/parity/cases.ts).
describe('softmaxStepBatch', () => {
  it('rejects states of the wrong dimension', async () => {
    const rng = createRng(9);
    await expect(
      softmaxStepBatch(randomSigns(rng, 3, 8), randomSigns(rng, 2, 9), 1),
    ).rejects.toThrow(/dimension 9/);
  });
});
