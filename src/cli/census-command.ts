/**
 * `dam census`: the census lab's code path (runCensus, runPhaseMap) in Node, one JSON object out.
 *  - flags (census-flags.ts): one census, printed as censusSummary (counts, shares and SR per
 *    class, srAuc, srAucRest, states, probes, ms); --phase adds `phase`, the map of
 *    P(prototype stable) over DEFAULT_PHASE's (E, p) for the task's side and P.
 *  - `--config c.json`: the census, plus `test` (a second census) and `phase` when the file
 *    has them; with `classifier` (or `test`) the classifiers are trained on the census's states
 *    and tested on `test`'s (or on a held-out 30%), as the lab does (classify-census.ts), the
 *    dense network on the float64 core (the lab's tfjs one is held to it in a unit test).
 *  - `--classify`: the classifiers with the default options on a held-out 30%.
 * `--out` gets the same text once everything has finished; `--time-limit` stops the run with one
 * line (nothing printed, nothing written).
 */
import { rebuild, runCensus } from '../core/census/census';
import { classifierJson, classifyCensus } from '../core/census/classify-census';
import { DEFAULT_CLASSIFIER, type ClassifierOptions } from '../core/census/models/options';
import { runPhaseMap } from '../core/census/phase';
import { DEFAULT_PHASE } from '../core/census/presets';
import { censusSummary } from '../core/census/summary';
import type { CensusSpec, PhaseSpec } from '../core/census/types';
import type { MnistSet } from '../core/data/mnist-format';
import { isAbortError, type AbortLike } from '../core/util/abort';
import { parseCensusConfigText } from '../schema/census';
import { parseClassifierOptions } from '../schema/census-classifier';
import { quote } from '../schema/parse';
import { parseCensusArgs } from './census-flags';
import { loadMnistFile } from './mnist-file';
import { MAX_INPUT_BYTES, readFileCapped } from './read-input';
import { startDeadline, TimeLimitError, type Deadline } from './time-limit';
import { checkOutPath, writeWhole } from './write-out';

const deadlineSignal = (deadline: Deadline): AbortLike => ({
  get aborted() {
    return deadline.expired();
  },
});

/** The phase map of --phase: DEFAULT_PHASE at the task's side, P, network and seed. */
export function phaseFor(spec: CensusSpec): PhaseSpec {
  if (spec.task.kind !== 'random') throw new Error('the phase map needs a random task');
  const { side, P, seed } = spec.task;
  return { ...DEFAULT_PHASE, side, P, seed, network: spec.network };
}

export async function censusCommand(args: string[], print: (line: string) => void): Promise<void> {
  const a = parseCensusArgs(args);
  const deadline = startDeadline(a.timeLimit);
  if (a.out !== undefined) checkOutPath(a.out);
  const hooks = { signal: deadlineSignal(deadline) };
  let census: CensusSpec;
  let test: CensusSpec | undefined;
  let phase: PhaseSpec | undefined;
  let classifier: ClassifierOptions | undefined;
  if (a.mode === 'config') {
    const text = await readFileCapped(a.config, MAX_INPUT_BYTES);
    const c = parseCensusConfigText(text, quote(a.config));
    [census, test, phase] = [c.census, c.test, c.phase];
    if (c.classifier !== undefined || c.test !== undefined)
      classifier = parseClassifierOptions(c.classifier, 'classifier');
  } else {
    census = a.spec;
    phase = a.phase ? phaseFor(a.spec) : undefined;
    classifier = a.classify ? DEFAULT_CLASSIFIER : undefined;
  }
  const needsMnist = [census, test].some((s) => s?.task.kind === 'mnist');
  const mnist: MnistSet | undefined = needsMnist ? await loadMnistFile() : undefined;
  const nothing = a.out === undefined ? '' : `; nothing written to ${quote(a.out)}`;
  try {
    // Each network built once: the census relaxes on it and the classifiers read it.
    const run = async (spec: CensusSpec) => {
      const built = rebuild(spec, mnist);
      return { result: await runCensus(spec, hooks, mnist, built), net: built.net };
    };
    const trained = await run(census);
    const out: Record<string, unknown> = { ...censusSummary(trained.result) };
    const tested = test ? await run(test) : null;
    if (tested) out.test = censusSummary(tested.result);
    if (classifier) {
      const k = await classifyCensus(trained, tested, classifier);
      out.classifiers = classifierJson(k, classifier);
    }
    if (phase) out.phase = await runPhaseMap(phase, hooks);
    const json = JSON.stringify(out);
    print(json);
    if (a.out !== undefined) writeWhole(a.out, json + '\n');
  } catch (e) {
    if (isAbortError(e)) {
      throw new TimeLimitError(`${deadline.stopped}: the census did not finish${nothing}`);
    }
    throw e;
  }
}
