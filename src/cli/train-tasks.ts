/**
 * `dam train --tasks …` / `dam train --config seq.json`: sequential learning of the
 * Krotov–Hopfield classifier (docs/models.md §8.2) through the lab's own driver
 * (core/sequential/driver.ts runSequences), with the tfjs trainer `dam train` uses (tfjs-wasm by
 * default, kh-tf.ts createKhTfTrainer with the EWC penalty as its 4th argument) or, with
 * `--engine core`, the float64 core trainer (kh-trainer.ts createKhCoreTrainer).
 *
 * Prints one JSON object {"request", "results": SeqRunResult[]} when every run finished. With
 * --out writes a dam-seq-run file (src/schema/sequential.ts SeqRunFile: the request, the
 * results and each run's final K × 794 memories rounded to 4 decimals); --out is checked before
 * anything loads. Past --time-limit the runs stop at their next minibatch and the command fails
 * with one line, printing and writing nothing.
 */
import type { KhData } from '../core/classifier/kh-model';
import { splitMnist } from '../core/classifier/kh-split';
import { runSequences, type SeqTrainer, type SeqTrainerFactory } from '../core/sequential/driver';
import type { SeqRequest } from '../core/sequential/types';
import { selectNodeBackend } from '../engine/tf-node';
import { createKhTfTrainer, disposeKhData, uploadKhData } from '../labs/train/worker/kh-tf';
import { createKhCoreTrainer, type KhTrainer } from '../labs/train/worker/kh-trainer';
import { quote } from '../schema/parse';
import {
  parseSeqRequestText,
  SEQ_REQUEST_BYTES,
  SEQ_RUN_FORMAT,
  SEQ_RUN_VERSION,
  type SeqRunFile,
} from '../schema/sequential';
import { loadMnistFile } from './mnist-file';
import { readFileCapped } from './read-input';
import { startDeadline, TimeLimitError } from './time-limit';
import { checkFloat32, parseTrainTasksArgs, type TasksEngine } from './train-tasks-flags';
import { checkOutPath, writeWhole } from './write-out';

const NO_TEST: KhData = { images: new Float64Array(0), labels: new Int32Array(0) };

/** A SeqTrainer view of a KhTrainer (live getters), with `done` run after its dispose. */
function seqTrainer(t: KhTrainer, done: () => void = () => undefined): SeqTrainer {
  return {
    get epoch() {
      return t.epoch;
    },
    get T() {
      return t.T;
    },
    trainEpoch: (hook) => t.trainEpoch(hook),
    memories: () => t.memories(),
    dispose() {
      t.dispose();
      done();
    },
  };
}

/** The trainer factory of an engine; tfjs uploads each task's training set for its trainer. */
export async function seqFactory(engine: TasksEngine): Promise<SeqTrainerFactory> {
  if (engine === 'core') {
    return (o, train, resume, penalty) =>
      seqTrainer(createKhCoreTrainer(o, { train, test: NO_TEST }, resume, penalty));
  }
  await selectNodeBackend(engine);
  return (o, train, resume, penalty) => {
    const data = uploadKhData({ train, test: NO_TEST });
    try {
      return seqTrainer(createKhTfTrainer(o, data, resume, penalty), () => disposeKhData(data));
    } catch (e) {
      disposeKhData(data);
      throw e;
    }
  };
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

export async function trainTasksCommand(
  args: string[],
  print: (line: string) => void,
): Promise<void> {
  const a = parseTrainTasksArgs(args);
  const deadline = startDeadline(a.timeLimit);
  if (a.out !== undefined) checkOutPath(a.out);
  let request: SeqRequest;
  if (a.request) {
    request = a.request;
  } else {
    const name = quote(a.config);
    request = parseSeqRequestText(await readFileCapped(a.config!, SEQ_REQUEST_BYTES), name);
    checkFloat32(request, a.engine, false);
  }
  const split = splitMnist(await loadMnistFile());
  const createTrainer = await seqFactory(a.engine);
  const last = new Map<number, Float32Array>();
  const { outcome, results } = await runSequences({
    split,
    request,
    createTrainer,
    onEpoch: (e) => void last.set(e.id, e.memories),
    hook: () => !deadline.expired(),
  });
  if (outcome === 'cancelled') {
    const done = results.reduce((n, r) => n + r.curve.length, 0);
    const all = request.runs.reduce((n, r) => n + r.epochs * request.tasks.tasks, 0);
    throw new TimeLimitError(
      `${deadline.stopped}: ${done} of ${all} epochs done over ${results.length} run(s); ` +
        'nothing printed' +
        (a.out === undefined ? '' : ` and nothing written to ${quote(a.out)}`),
    );
  }
  print(JSON.stringify({ request, results }));
  if (a.out === undefined) return;
  const file: SeqRunFile = {
    format: SEQ_RUN_FORMAT,
    version: SEQ_RUN_VERSION,
    request,
    results,
    memories: request.runs.map((r) => Array.from(last.get(r.id) ?? [], round4)),
  };
  writeWhole(a.out, JSON.stringify(file));
}
