/**
 * The CDAM lab's exports: the run's correlation trace, the range-of-recall table, the replay
 * runs, the automaton's steps and the phase map as CSV (core/util/csv quoting), and everything
 * with the set-up as JSON (src/schema/cdam.ts adjacencyCsv writes the graph).
 */
import { axisValue } from '../../../core/cdam/experiments';
import { csvLines, csvRow } from '../../../core/util/csv';
import type { CdamResults } from './results';
import type { CdamLabSetup } from './setup';

const f = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(6)) : NaN);

/** step, then one column per memory: corr(x(t), ξ^μ). */
export function traceCsv(r: CdamResults): string {
  const run = r.run;
  if (!run) return '';
  const labels = r.memories?.value.labels ?? Array.from({ length: run.P }, (_, k) => `memory ${k}`);
  return csvLines([
    csvRow(['step', ...labels.slice(0, run.P)]),
    ...run.rows.map((m, t) => csvRow([t, ...Array.from(m, f)])),
  ]);
}

/** distance, then for each (a, h) the mean correlation with memories and between attractors. */
export function rangeCsv(r: CdamResults): string {
  const rows = r.range?.rows;
  if (!rows?.length) return '';
  const head = ['distance'];
  for (const row of rows)
    head.push(`memory a=${row.a} h=${row.h}`, `attractor a=${row.a} h=${row.h}`);
  const lines = [csvRow(head)];
  for (let d = 0; d < rows[0].byDistance.length; d++)
    lines.push(
      csvRow([d, ...rows.flatMap((row) => [f(row.byDistance[d]), f(row.attractorByDistance[d])])]),
    );
  return csvLines(lines);
}

/** a, h, step, memory most correlated, its label and correlation (each step of each replay). */
export function sequenceCsv(r: CdamResults): string {
  const s = r.sequence;
  if (!s) return '';
  const P = s.labels.length;
  const lines = [csvRow(['a', 'h', 'step', 'memory', 'label', 'correlation'])];
  for (const run of s.runs) {
    for (let t = 0; t < run.m.length / P; t++) {
      let best = 0;
      for (let mu = 1; mu < P; mu++) if (run.m[t * P + mu] > run.m[t * P + best]) best = mu;
      lines.push(csvRow([run.a, run.h, t, best, s.labels[best], f(run.m[t * P + best])]));
    }
  }
  return csvLines(lines);
}

export function automatonCsv(r: CdamResults): string {
  const a = r.automaton;
  if (!a) return '';
  return csvLines([
    csvRow(['input', 'from', 'expected', 'read', 'correlation']),
    ...a.steps.map((s) => csvRow([s.input, s.from, s.expected ?? '', s.read, f(s.corr)])),
  ]);
}

/** a, h, mode, most correlated memory, its correlation, active memories (each cell computed). */
export function phaseCsv(r: CdamResults): string {
  const p = r.phase;
  if (!p) return '';
  const { R, aRange, hRange } = p.req.spec;
  const lines = [csvRow(['a', 'h', 'mode', 'peak', 'peakCorr', 'active'])];
  p.rows.forEach((row, i) =>
    row?.forEach((c, j) =>
      lines.push(
        csvRow([
          f(axisValue(aRange, R, j)),
          f(axisValue(hRange, R, i)),
          c.mode,
          c.peak,
          f(c.peakCorr),
          c.active,
        ]),
      ),
    ),
  );
  return csvLines(lines);
}

export function cdamJson(setup: CdamLabSetup, r: CdamResults): string {
  return JSON.stringify(
    {
      model: 'CDAM (Burns 2024), docs/models.md §10',
      setup,
      run: r.run && {
        steps: r.run.rows.length - 1,
        correlations: r.run.rows.map((m) => Array.from(m)),
      },
      rangeOfRecall: r.range,
      sequence: r.sequence && {
        labels: r.sequence.labels,
        runs: r.sequence.runs.map((x) => ({ a: x.a, h: x.h, reading: x.reading })),
      },
      automaton: r.automaton && { labels: r.automaton.labels, steps: r.automaton.steps },
      phase: r.phase && {
        request: { ...r.phase.req, cue: r.phase.req.cue.kind },
        rows: r.phase.rows,
      },
    },
    null,
    1,
  );
}
