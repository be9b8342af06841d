/**
 * The CDAM lab's exports: the run's correlation trace, the range-of-recall table, the replay
 * runs, the automaton's steps and the phase map as CSV, and everything with the set-up as JSON
 * (src/schema/cdam.ts adjacencyCsv writes the graph).
 */
import type { CdamLabSetup } from './setup';
import type { CdamResults } from './results';

const f = (v: number) => (Number.isFinite(v) ? String(Number(v.toPrecision(6))) : '');

/** step, then one column per memory: corr(x(t), ξ^μ). */
export function traceCsv(r: CdamResults): string {
  const run = r.run;
  if (!run) return '';
  const labels = r.memories?.value.labels ?? Array.from({ length: run.P }, (_, k) => `memory ${k}`);
  const head = ['step', ...labels.slice(0, run.P).map((l) => `"${l}"`)].join(',');
  return [head, ...run.rows.map((m, t) => [t, ...Array.from(m, f)].join(','))].join('\n') + '\n';
}

/** distance, then for each (a, h) the mean correlation with memories and between attractors. */
export function rangeCsv(r: CdamResults): string {
  const rows = r.range?.rows;
  if (!rows?.length) return '';
  const D = rows[0].byDistance.length;
  const head = ['distance'];
  for (const row of rows)
    head.push(`memory a=${row.a} h=${row.h}`, `attractor a=${row.a} h=${row.h}`);
  const lines = [head.map((x) => `"${x}"`).join(',')];
  for (let d = 0; d < D; d++)
    lines.push(
      [d, ...rows.flatMap((row) => [f(row.byDistance[d]), f(row.attractorByDistance[d])])].join(
        ',',
      ),
    );
  return lines.join('\n') + '\n';
}

/** a, h, step, memory most correlated, its correlation (one row per step of each replay run). */
export function sequenceCsv(r: CdamResults): string {
  const s = r.sequence;
  if (!s) return '';
  const lines = ['a,h,step,memory,label,correlation'];
  for (const run of s.runs) {
    const P = s.labels.length;
    const T = run.m.length / P;
    for (let t = 0; t < T; t++) {
      let best = 0;
      for (let mu = 1; mu < P; mu++) if (run.m[t * P + mu] > run.m[t * P + best]) best = mu;
      lines.push([run.a, run.h, t, best, `"${s.labels[best]}"`, f(run.m[t * P + best])].join(','));
    }
  }
  return lines.join('\n') + '\n';
}

export function automatonCsv(r: CdamResults): string {
  const a = r.automaton;
  if (!a) return '';
  return (
    ['input,from,expected,read,correlation']
      .concat(a.steps.map((s) => [s.input, s.from, s.expected ?? '', s.read, f(s.corr)].join(',')))
      .join('\n') + '\n'
  );
}

/** a, h, mode, most correlated memory, its correlation, active memories (one row per cell). */
export function phaseCsv(r: CdamResults): string {
  const p = r.phase;
  if (!p) return '';
  const { R, aRange, hRange } = p.req.spec;
  const at = (range: [number, number], i: number) =>
    range[0] + ((range[1] - range[0]) * i) / (R - 1);
  const lines = ['a,h,mode,peak,peakCorr,active'];
  p.rows.forEach((row, i) =>
    row?.forEach((c, j) =>
      lines.push(
        [f(at(aRange, j)), f(at(hRange, i)), c.mode, c.peak, f(c.peakCorr), c.active].join(','),
      ),
    ),
  );
  return lines.join('\n') + '\n';
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
