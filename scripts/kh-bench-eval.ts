/** Core-side evaluation of a shipped run file for scripts/kh-bench.mjs (loaded through tsx). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contributorStats } from '../src/core/classifier/kh-explain';
import { errorRate, type KhModel } from '../src/core/classifier/kh-model';
import { splitMnist } from '../src/core/classifier/kh-split';
import { loadMnistAsset } from '../src/engine/mnist-inflate';
import { parseRunFileText } from '../src/schema/run-file';

export async function evaluateRunFile(root: string, text: string) {
  try {
    const run = parseRunFileText(text);
    const last = run.saved[run.saved.length - 1];
    const set = await loadMnistAsset(readFileSync(join(root, 'datasets', 'mnist-10k-gz.bin')));
    const { train, test } = splitMnist(set);
    const model: KhModel = {
      config: run.config,
      memories: Float64Array.from(last.memories),
      T: last.T,
    };
    return {
      n: run.config.n,
      T: last.T,
      epoch: last.epoch,
      command: run.command,
      testError: errorRate(model, test),
      trainError: errorRate(model, train),
      historyTestError: run.history.find((h) => h.epoch === last.epoch)?.testError ?? NaN,
      contributors: contributorStats(model, test),
    };
  } catch (e) {
    return { n: NaN, error: (e as Error).message };
  }
}
