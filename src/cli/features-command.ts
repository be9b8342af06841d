/**
 * `dam features`: the DrDAM-vs-MrDAM measurement (runFeaturesExperiment, docs/models.md §6.5
 * QUANT1b) in Node, one JSON object out — the FeaturesExperimentResult, plus a top-level "slope"
 * (of log energy MAE against log Y) when the run has exactly one (β, query) curve.
 *  - flags (features-flags.ts) or `--config c.json`, both through parseFeaturesConfig;
 *  - T = Σφ(ξ) is built on tfjs-wasm (engine/features-batch.ts, as the lab's worker does) unless
 *    `--engine core`; everything else is the float64 core;
 *  - a number that is not finite is never printed (JSON would turn it into null): the command
 *    fails instead. `--out` gets the same text once the run has finished; `--time-limit` stops it.
 */
import { runFeaturesExperiment } from '../core/features/experiment';
import type { FeaturesExperimentResult } from '../core/features/experiment-types';
import { buildTfT } from '../engine/features-batch';
import { selectNodeBackend } from '../engine/tf-node';
import { parseFeaturesConfigText } from '../schema/features';
import { quote } from '../schema/parse';
import { parseFeaturesArgs } from './features-flags';
import { MAX_INPUT_BYTES, readFileCapped } from './read-input';
import { startDeadline } from './time-limit';
import { emitJson, untilDeadline } from './command-end';
import { checkOutPath } from './write-out';

export { assertFinite } from './command-end';

/** The printed object: the result, and "slope" when there is exactly one curve. */
export function featuresJson(r: FeaturesExperimentResult): Record<string, unknown> {
  const out: Record<string, unknown> = { ...r };
  if (r.curves.length === 1 && r.curves[0].slope !== null) out.slope = r.curves[0].slope;
  return out;
}

export async function featuresCommand(
  args: string[],
  print: (line: string) => void,
): Promise<void> {
  const a = parseFeaturesArgs(args);
  const deadline = startDeadline(a.timeLimit);
  if (a.out !== undefined) checkOutPath(a.out);
  const spec =
    a.mode === 'config'
      ? parseFeaturesConfigText(await readFileCapped(a.config, MAX_INPUT_BYTES), quote(a.config))
      : a.spec;
  if (a.engine === 'wasm') await selectNodeBackend('wasm');
  const signal = {
    get aborted() {
      return deadline.expired();
    },
  };
  const hooks = a.engine === 'wasm' ? { signal, buildT: buildTfT } : { signal };
  const result: FeaturesExperimentResult = await untilDeadline(
    deadline,
    a.out,
    'measurement',
    async () => runFeaturesExperiment(spec, hooks),
  );
  emitJson(print, featuresJson(result), a.out);
}
