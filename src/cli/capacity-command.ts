/**
 * `dam capacity`: measures capacity points through the lab's own code path (measurePoint with
 * the typed-array Gram matrix, coreGram), in Node.
 *
 *  - `--config grid.json [--shard k/m]`: the grid (src/schema/capacity.ts) is expanded, the shard
 *    kept (index % m = k), every point of the grid checked before any work starts, then the
 *    shard's points run cheapest first, each printed as one JSON line (PointLine: index, series
 *    and the PointResult) as it finishes. `dam merge` joins the shards' lines into a result file.
 *  - point flags (capacity-flags.ts): one point, printed as one JSON object (the PointResult).
 *
 * `--out` gets the same text, written whole once every point has finished; `--time-limit` stops
 * the run with one line (the lines printed so far stay, nothing is written to --out).
 */
import { checkPoint, measurePoint } from '../core/capacity/measure';
import { coreGram } from '../core/capacity/gram';
import { expandGrid, runOrder, shardPoints } from '../core/capacity/grid';
import type {
  GridPoint,
  GridSpec,
  PointLine,
  PointResult,
  PointSpec,
} from '../core/capacity/types';
import type { MnistSet } from '../core/data/mnist-format';
import { isAbortError, type AbortLike } from '../core/util/abort';
import { parseGridText } from '../schema/capacity';
import { InputError, quote } from '../schema/parse';
import { parseCapacityArgs } from './capacity-flags';
import { loadMnistFile } from './mnist-file';
import { MAX_INPUT_BYTES, readFileCapped } from './read-input';
import { startDeadline, TimeLimitError, type Deadline } from './time-limit';
import { checkOutPath, writeWhole } from './write-out';

/** The grid file's text through the one schema; its errors name the file and the field. */
export async function readGridFile(path: string): Promise<GridSpec> {
  return parseGridText(await readFileCapped(path, MAX_INPUT_BYTES), quote(path));
}

/** The MNIST asset when some point draws from it, else undefined (nothing is read). */
const mnistFor = (specs: PointSpec[]): Promise<MnistSet | undefined> =>
  specs.some((s) => s.data.kind === 'mnist') ? loadMnistFile() : Promise.resolve(undefined);

/** The core's cancel signal, read at its every check: aborted once the deadline has passed. */
const deadlineSignal = (deadline: Deadline): AbortLike => ({
  get aborted() {
    return deadline.expired();
  },
});

/** Runs one point; an abort becomes the time-limit error with `progress` (what was done). */
async function measure(
  spec: PointSpec,
  mnist: MnistSet | undefined,
  signal: AbortLike,
  deadline: Deadline,
  progress: () => string,
): Promise<PointResult> {
  try {
    return await measurePoint(spec, { signal, mnist, gram: coreGram });
  } catch (e) {
    if (isAbortError(e)) throw new TimeLimitError(`${deadline.stopped}: ${progress()}`);
    throw e;
  }
}

const nothingWritten = (out: string | undefined) =>
  out === undefined ? '' : `; nothing written to ${quote(out)}`;

/** The checks of every point, before any work: the first impossible one is one line, exit 1. */
function checkAll(points: GridPoint[], mnist: MnistSet | undefined): void {
  for (const p of points) {
    const problem = checkPoint(p.spec, mnist !== undefined, mnist);
    if (problem !== null) {
      throw new InputError(`point ${p.index} (series ${quote(p.series)}): ${problem}; nothing run`);
    }
  }
}

export async function capacityCommand(
  args: string[],
  print: (line: string) => void,
): Promise<void> {
  const a = parseCapacityArgs(args);
  const deadline = startDeadline(a.timeLimit);
  if (a.out !== undefined) checkOutPath(a.out);
  const signal = deadlineSignal(deadline);

  if (a.mode === 'point') {
    const mnist = await mnistFor([a.spec]);
    const problem = checkPoint(a.spec, mnist !== undefined, mnist);
    if (problem !== null) throw new InputError(`${problem}; nothing run`);
    const result = await measure(
      a.spec,
      mnist,
      signal,
      deadline,
      () => `the point did not finish; no result printed${nothingWritten(a.out)}`,
    );
    const json = JSON.stringify(result);
    print(json);
    if (a.out !== undefined) writeWhole(a.out, json + '\n');
    return;
  }

  const grid = await readGridFile(a.config);
  const all = expandGrid(grid);
  const mine = a.shard ? shardPoints(all, a.shard.k, a.shard.m) : all;
  const mnist = await mnistFor(all.map((p) => p.spec));
  checkAll(all, mnist);
  const lines: string[] = [];
  for (const p of runOrder(mine)) {
    const result = await measure(
      p.spec,
      mnist,
      signal,
      deadline,
      () =>
        `${lines.length} of ${mine.length} points done; the lines above are the finished points` +
        nothingWritten(a.out),
    );
    const line: PointLine = { index: p.index, series: p.series, ...result };
    const json = JSON.stringify(line);
    print(json);
    lines.push(json);
  }
  if (a.out !== undefined) writeWhole(a.out, lines.map((l) => l + '\n').join(''));
}
