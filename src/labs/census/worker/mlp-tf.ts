/**
 * The census's dense network trained in the worker on tfjs (src/engine/mlp-batch.ts), from the
 * core's seeded init on the core's standardisation, so it matches the float64 reference
 * (core/census/models/mlp.ts) to float32 accuracy. Every CHUNK epochs it checks for a cancel,
 * reports progress with the loss, and yields to the worker's messages.
 */
import { initMlp, type MlpModel } from '../../../core/census/models/mlp';
import type { ClassifierOptions } from '../../../core/census/models/options';
import { fitStandardise, standardiseSet } from '../../../core/census/models/standardise';
import type { ProfileSet } from '../../../core/census/types';
import { throwIfAborted } from '../../../core/util/abort';
import { createMlpTf } from '../../../engine/mlp-batch';

/** Epochs between cancel checks, progress reports and pauses. */
export const CHUNK = 20;

export interface MlpTfHooks {
  signal?: AbortSignal;
  onProgress?: (epoch: number, epochs: number, loss: number) => void;
  pause?: () => Promise<void>;
}

export async function trainMlpTf(
  set: ProfileSet,
  opts: ClassifierOptions,
  hooks: MlpTfHooks = {},
): Promise<MlpModel> {
  if (set.count === 0) throw new Error('mlp: there are no training rows');
  const std = fitStandardise(set);
  const trainer = createMlpTf(
    initMlp(std, opts.hidden, opts.seed),
    standardiseSet(std, set),
    set.y,
    opts,
  );
  try {
    while (trainer.steps < opts.epochs) {
      throwIfAborted(hooks.signal);
      trainer.step(Math.min(CHUNK, opts.epochs - trainer.steps));
      if (hooks.onProgress) hooks.onProgress(trainer.steps, opts.epochs, await trainer.loss());
      await hooks.pause?.();
    }
    throwIfAborted(hooks.signal);
    return await trainer.read();
  } finally {
    trainer.dispose();
  }
}
