/**
 * `dam cdam`: graph-linked dense associative memory (Burns 2024; docs/models.md §10) in Node on
 * the CDAM room's code path (src/labs/cdam/worker/cdam-calls.ts createCdamCalls), one JSON
 * object out:
 *  - from flags (cdam-flags.ts): the range-of-recall sweep on a ring, {"spec", "a", "h",
 *    "byDistance", "attractorByDistance", "modes"} for one (a, h), {"spec", "rows"} for several;
 *  - from `--config c.json` (src/schema/cdam.ts): its one experiment —
 *      range      {"experiment", "spec", "rows"};
 *      run        {"experiment", "P", "N", "labels", "params", "steps", "m0", "m", "x", "mode"}
 *                 (m: the correlations after each step, x: the final state, mode: modes.ts);
 *      sequence   {"experiment", "runs": [{"a", "h", "reading"}]} (readSequence's reading);
 *      automaton  {"experiment", "labels", "steps", "correct", "of"};
 *      phase      {"experiment", "spec", "a", "h", "cells", "shares"} (cells[row][col]: h by row,
 *                 a by column).
 * MNIST memories load datasets/mnist-10k-gz.bin only when the config uses them; the studio's bank
 * does not exist on the command line. A number that is not finite is never printed.
 */
import { axisValue, type PhaseCell, type RangeOfRecallRow } from '../core/cdam/experiments';
import { readMode } from '../core/cdam/modes';
import { CDAM_MODES, type CdamMode } from '../core/cdam/types';
import type { MnistSet } from '../core/data/mnist-format';
import { abortError } from '../core/util/abort';
import { createCdamCalls } from '../labs/cdam/worker/cdam-calls';
import { parseCdamConfigText, type CdamConfig, type CdamSetup } from '../schema/cdam';
import { InputError, quote } from '../schema/parse';
import { parseCdamArgs } from './cdam-flags';
import { emitJson, untilDeadline } from './command-end';
import { loadMnistFile } from './mnist-file';
import { MAX_INPUT_BYTES, readFileCapped } from './read-input';
import { startDeadline, type Deadline } from './time-limit';
import { checkOutPath } from './write-out';

const rows = (m: Float64Array, P: number): number[][] =>
  Array.from({ length: m.length / P }, (_, t) => Array.from(m.subarray(t * P, (t + 1) * P)));

/** The set-up the config's experiment runs on, if any. */
function setupOf(c: CdamConfig): CdamSetup | null {
  if (c.experiment === 'run') return c.setup;
  if (c.experiment === 'sequence' || c.experiment === 'phase') return c.request.setup;
  return null;
}

async function runConfig(c: CdamConfig, deadline: Deadline): Promise<Record<string, unknown>> {
  const setup = setupOf(c);
  const field = c.experiment === 'run' ? 'setup' : 'request.setup';
  if (setup?.memories.source === 'bank')
    throw new InputError(
      `${field}.memories.source: the studio's bank is not available on the command line; use uniform, letters or mnist`,
      `${field}.memories.source`,
    );
  const mnist: MnistSet | undefined =
    setup?.memories.source === 'mnist' ? await loadMnistFile() : undefined;
  const calls = createCdamCalls({ data: () => ({ mnist }) });
  const run = {
    pause: async () => {
      if (deadline.expired()) throw abortError();
    },
  };
  const t0 = performance.now();
  const ms = () => Math.round(performance.now() - t0);
  if (c.experiment === 'range') {
    const result = await calls.rangeOfRecall(c.spec, run);
    return { experiment: c.experiment, spec: c.spec, rows: result, ms: ms() };
  }
  if (c.experiment === 'run') {
    const p = calls.prepare(c.setup);
    const { P, N, labels } = p.memories;
    const start = calls.cue(c.setup, c.cue);
    const frames = calls.advance(c.setup, start.x, c.params, c.steps);
    const last = frames.m.subarray((c.steps - 1) * P);
    return {
      experiment: c.experiment,
      P,
      N,
      labels,
      params: c.params,
      steps: c.steps,
      m0: Array.from(start.m),
      m: rows(frames.m, P),
      x: Array.from(frames.x),
      mode: readMode(last, p.D),
      ms: ms(),
    };
  }
  if (c.experiment === 'sequence') {
    const runs = await calls.sequence(c.request, run);
    return {
      experiment: c.experiment,
      cycle: c.request.cycle,
      runs: runs.map((r) => ({ a: r.a, h: r.h, reading: r.reading })),
      ms: ms(),
    };
  }
  if (c.experiment === 'automaton') {
    const r = calls.automaton(c.spec);
    return {
      experiment: c.experiment,
      spec: c.spec,
      labels: r.labels,
      steps: r.steps,
      correct: r.steps.filter((s) => s.read === s.expected).length,
      of: r.steps.filter((s) => s.expected !== null).length,
      ms: ms(),
    };
  }
  const { spec } = c.request;
  const cells: PhaseCell[][] = await calls.phaseMap(c.request, run);
  const shares = Object.fromEntries(CDAM_MODES.map((m) => [m, 0])) as Record<CdamMode, number>;
  for (const row of cells) for (const cell of row) shares[cell.mode] += 1 / (spec.R * spec.R);
  return {
    experiment: c.experiment,
    spec,
    a: Array.from({ length: spec.R }, (_, i) => axisValue(spec.aRange, spec.R, i)),
    h: Array.from({ length: spec.R }, (_, i) => axisValue(spec.hRange, spec.R, i)),
    cells,
    shares,
    ms: ms(),
  };
}

export async function cdamCommand(args: string[], print: (line: string) => void): Promise<void> {
  const a = parseCdamArgs(args);
  const deadline = startDeadline(a.timeLimit);
  if (a.out !== undefined) checkOutPath(a.out);
  const config =
    a.mode === 'config'
      ? parseCdamConfigText(await readFileCapped(a.config, MAX_INPUT_BYTES), quote(a.config))
      : null;
  const out = await untilDeadline(deadline, a.out, 'run', async () => {
    if (a.mode === 'config') return runConfig(config as CdamConfig, deadline);
    const r = await runConfig({ experiment: 'range', spec: a.spec }, deadline);
    const result = r.rows as RangeOfRecallRow[];
    return a.single
      ? { spec: a.spec, ...result[0], ms: r.ms }
      : { spec: a.spec, rows: result, ms: r.ms };
  });
  emitJson(print, out, a.out);
}
