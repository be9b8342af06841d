#!/usr/bin/env node
/**
 * The CDAM lab's figures in Node, for `npm run bench`, on the room's own code path
 * (src/labs/cdam/worker/cdam-calls.ts createCdamCalls) without the worker:
 *  - the median time of one advance step (the live run's unit: one step plus the correlations)
 *    for N = 1000, P = 60 on a ring (target ≤ 1 ms);
 *  - the 32 × 32 (a, h) phase map on the paper's ring (P = 30, N = 1000, 100 steps,
 *    a ∈ [−3, 2], h ∈ [0, 4], β = 1, η = 0.1), total (target ≤ 10 s);
 *  - the paper's range-of-recall sweep (RANGE_OF_RECALL_PAPER: four (a, h), 30 cues each), with
 *    its byDistance[0 … 3] per pair.
 * measureCdam(log) → data, formatCdam(data) → markdown. BENCH_CDAM=0 skips it in
 * `npm run bench`; `node scripts/cdam-bench.mjs` runs it alone. BENCH_CDAM_REPS (default 3) sets
 * how many times the phase map and the sweep are timed (the median is reported).
 */
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const REPS = Math.max(1, Number(process.env.BENCH_CDAM_REPS ?? 3));

async function load() {
  const at = (p) => tsImport(p, import.meta.url);
  const [calls, experiments, graph] = await Promise.all([
    at('../src/labs/cdam/worker/cdam-calls.ts'),
    at('../src/core/cdam/experiments.ts'),
    at('../src/core/cdam/graph.ts'),
  ]);
  return { ...calls, ...experiments, ...graph };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function timed(f) {
  const t0 = performance.now();
  const out = await f();
  return { ms: performance.now() - t0, out };
}

export async function measureCdam(log = () => undefined) {
  const k = await load();
  const calls = k.createCdamCalls({ data: () => ({}) });
  const ring = (P, N) => ({
    memories: { source: 'uniform', P, N, seed: 1 },
    graph: k.ringGraph(P),
    coupling: 'normalised',
  });
  const cue = { kind: 'memory', start: 0, noise: 1, seed: 1 };

  log('cdam: one advance step, N = 1000, P = 60 …');
  const big = ring(60, 1000);
  const params = { a: -0.5, h: 1.5, beta: 1, eta: 0.1 };
  let { x } = calls.cue(big, cue);
  for (let i = 0; i < 50; i++) x = calls.advance(big, x, params, 1).x; // warm-up
  const stepMs = [];
  for (let i = 0; i < 500; i++) {
    const t0 = performance.now();
    x = calls.advance(big, x, params, 1).x;
    stepMs.push(performance.now() - t0);
  }
  const block = await timed(() => calls.advance(big, x, params, 100));

  log(`cdam: 32 × 32 phase map, ring P = 30, N = 1000, 100 steps (×${REPS}) …`);
  const spec = { aRange: [-3, 2], hRange: [0, 4], R: 32, beta: 1, eta: 0.1, steps: 100 };
  const phaseMs = [];
  let shares = null;
  for (let r = 0; r < REPS; r++) {
    const { ms, out } = await timed(() => calls.phaseMap({ setup: ring(30, 1000), cue, spec }, {}));
    phaseMs.push(ms);
    shares = { auto: 0, narrow: 0, wide: 0, quiescent: 0 };
    for (const row of out) for (const c of row) shares[c.mode] += 1 / 1024;
  }

  log(`cdam: the paper's range-of-recall sweep (×${REPS}) …`);
  const rangeMs = [];
  let rows = null;
  for (let r = 0; r < REPS; r++) {
    const { ms, out } = await timed(() => calls.rangeOfRecall(k.RANGE_OF_RECALL_PAPER, {}));
    rangeMs.push(ms);
    rows = out;
  }
  return {
    node: process.version,
    stepMedianMs: median(stepMs),
    stepP90Ms: [...stepMs].sort((a, b) => a - b)[Math.floor(0.9 * stepMs.length)],
    block100Ms: block.ms,
    phaseMs: median(phaseMs),
    phaseShares: shares,
    rangeMs: median(rangeMs),
    reps: REPS,
    range: rows.map((r) => ({ a: r.a, h: r.h, near: r.byDistance.slice(0, 4) })),
  };
}

const f3 = (x) => x.toFixed(3);

export function formatCdam(d) {
  const pct = (x) => `${Math.round(100 * x)} %`;
  const s = d.phaseShares;
  return [
    `## CDAM lab (graph-linked memories): Node ${d.node}`,
    '',
    `One advance step (step + correlations), N = 1000, P = 60: median ${d.stepMedianMs.toFixed(3)} ms ` +
      `(p90 ${d.stepP90Ms.toFixed(3)} ms; target ≤ 1 ms); 100 steps in one call ${d.block100Ms.toFixed(1)} ms.`,
    `32 × 32 phase map (ring P = 30, N = 1000, 100 steps, a ∈ [−3, 2], h ∈ [0, 4]): ` +
      `${(d.phaseMs / 1000).toFixed(2)} s (median of ${d.reps}; target ≤ 10 s); modes auto ${pct(s.auto)}, ` +
      `narrow ${pct(s.narrow)}, wide ${pct(s.wide)}, quiescent ${pct(s.quiescent)}.`,
    `The paper's range-of-recall sweep (P = 30, N = 1000, 4 pairs × 30 cues, 100 steps): ` +
      `${d.rangeMs.toFixed(0)} ms (median of ${d.reps}).`,
    '',
    '| a | h | corr at d = 0 | 1 | 2 | 3 |',
    '|---:|---:|---:|---:|---:|---:|',
    ...d.range.map((r) => `| ${r.a} | ${r.h} | ${r.near.map(f3).join(' | ')} |`),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const data = await measureCdam((m) => console.log(`[bench] ${m}`));
  console.log('\n' + formatCdam(data) + '\n');
}
