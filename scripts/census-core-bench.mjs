#!/usr/bin/env node
/**
 * The census lab's core figures in Node, for `npm run bench` (issue 12, Targets): the median time
 * of a 10,000-probe census on N = 100, P = 20, E = 20, p = 0.1, Hebbian (runCensus, the lab's own
 * code path without the worker; target in the browser worker < 5 s), and the measured classes,
 * SR means and AUCs of the default task (P = 10) and of P = 20, 10,000 random probes each.
 * measureCensusCore(log) → data, formatCensusCore(data) → markdown. BENCH_CENSUS_CORE=0 skips
 * this in `npm run bench`; `node scripts/census-core-bench.mjs` runs it alone.
 */
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const RUNS = Number(process.env.BENCH_CENSUS_RUNS ?? 5);

async function loadCore() {
  const load = (p) => tsImport(p, import.meta.url);
  const mods = await Promise.all(
    ['census', 'presets', 'summary', 'types'].map((m) => load(`../src/core/census/${m}.ts`)),
  );
  return Object.assign({}, ...mods);
}

const spec = (c, P, random) => ({
  ...c.DEFAULT_CENSUS,
  task: { ...c.DEFAULT_CENSUS.task, P },
  probes: { ...c.DEFAULT_CENSUS.probes, random, prototypes: 0 },
});

export async function measureCensusCore(log = () => undefined) {
  const c = await loadCore();
  const target = spec(c, 20, 10_000);
  log(`census core: ${RUNS} runs of 10,000 probes, N = 100, P = 20, E = 20 …`);
  const times = [];
  let last = null;
  for (let k = 0; k < RUNS; k++) {
    const t0 = performance.now();
    last = await c.runCensus(target);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const figures = [];
  for (const P of [10, 20]) {
    const r = P === 20 ? last : await c.runCensus(spec(c, P, 10_000));
    figures.push({ P, summary: c.censusSummary(r) });
  }
  return { node: process.version, runs: RUNS, medianMs: times[times.length >> 1], times, figures };
}

const f3 = (x) => (x === null || x === undefined ? '–' : Number(x.toPrecision(3)));

export function formatCensusCore(d) {
  const classes = ['learned', 'prototype', 'inverted', 'mixture', 'spurious'];
  return [
    `## State census: the plain core in Node (${d.node})`,
    '',
    `A 10,000-probe census on N = 100, P = 20, E = 20, p = 0.1, Hebbian (runCensus): median ` +
      `${(d.medianMs / 1000).toFixed(2)} s over ${d.runs} runs (target in the browser worker: < 5 s).`,
    '',
    'Classes of the distinct stable states (10,000 random probes, seeds 1), SR mean per class, and ' +
      'the ROC AUC of SR for spurious states against prototypes (srAuc) and against the rest (srAucRest):',
    '',
    `| P | states | ${classes.map((c) => `${c} (SR)`).join(' | ')} | srAuc | srAucRest |`,
    `|---:|---:|${classes.map(() => '---').join('|')}|---:|---:|`,
    ...d.figures.map(
      ({ P, summary: s }) =>
        `| ${P} | ${s.states} | ${classes
          .map((c) => `${s.counts[c]} (${s.sr[c] ? f3(s.sr[c].mean) : '–'})`)
          .join(' | ')} | ${f3(s.srAuc)} | ${f3(s.srAucRest)} |`,
    ),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const data = await measureCensusCore((m) => console.log(`[bench] ${m}`));
  console.log('\n' + formatCensusCore(data) + '\n');
}
