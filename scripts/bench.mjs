#!/usr/bin/env node
/**
 * `npm run bench`: medians of one retrieval step (softmax; polynomial n=3 synchronous) for
 * K=1000, N=784 at B=1 and B=1024 on every tfjs backend that starts in headless Chromium, on the
 * plain core in the browser worker and on the plain core in Node; plus one asynchronous sweep
 * (core). Builds bench.html with Vite, serves it with `vite preview`, drives the system
 * Chromium, prints a table and writes bench-results/latest.md (+ latest.json).
 * The cases live in src/bench/cases.ts (add new ones there).
 *
 * Studio (never blocks): the built app itself (index.html?e2e=1) with K = 1,000 MNIST memories
 * animates a run while a PerformanceObserver('longtask') records main-thread long tasks, then n is
 * changed 20 times with the keyboard on its slider (real input events) while the run animates,
 * and β 20 times on the softmax family: latency = input event → the animation frame that paints a
 * state computed under the new value (studio-bench.mjs). BENCH_STUDIO=0 skips it.
 *
 * Training lab: time per epoch of `dam train` on tfjs-wasm and the core for n = 2, 3, 20, 30, and
 * the test error of every shipped run file in public/kh (kh-bench.mjs). BENCH_KH=0 skips it.
 *
 * Capacity lab: the scaling preset's time in the worker (the backend 'auto' picks, and the plain
 * core) with the main-thread long tasks meanwhile, and how far N reaches in a minute
 * (capacity-bench.mjs). BENCH_CAPACITY=0 skips it.
 * The census lab: 10,000 probes on N = 100, P = 20, E = 20 in its worker room, then its classifiers
 * (census-bench.mjs). BENCH_CENSUS=0 skips it.
 * The bodies lab's hidden neurons: three runs of the two-layer network in its worker room with the
 * long tasks meanwhile (bodies-bench.mjs). BENCH_BODIES=0 skips it.
 *
 * Bodies lab, random features: building T (K = 500, D = 100, Y = 2^15) and one DrDAM gradient
 * (D = 784, Y = 2^15) on tfjs in its worker room, the QUANT1b preset's time, table and main-thread
 * long tasks, and MNIST inpainting at the view's defaults (bodies-features-bench.mjs).
 * BENCH_BODIES=0 skips it.
 *
 * Capacity lab, plain core in Node: the scaling preset's time, how far N reaches in a minute, and
 * the reproduction figures (K_max at N = 100 against eq. 6, log–log slopes, the classical
 * transition at N = 500, log K_max against d_H) (capacity-core-bench.mjs, ~3 min).
 * BENCH_CAPACITY_CORE=0 skips it.
 *
 * Census lab, plain core in Node: the median time of a 10,000-probe census on N = 100, P = 20,
 * and the classes, SR means and AUCs for P = 10 and 20 (census-core-bench.mjs, ~10 s).
 * BENCH_CENSUS_CORE=0 skips it.
 * The kernel lab's U-Hop+ training time (500 iterations, M = 100 MNIST, D_Φ = 200) in its worker
 * room with the long tasks meanwhile, the Tammes, 5-memory basin and MNIST metastable presets
 * (kernel-page-bench.mjs), and the same training on tfjs-wasm and in the core in Node with the
 * minimum angles against Tammes for M = 4, 6 (kernel-bench.mjs). BENCH_KERNEL=0 skips both.
 * The CDAM lab in Node: one advance step for N = 1000, P = 60, the 32 × 32 (a, h) phase map and
 * the paper's range-of-recall sweep on the room's code path (cdam-bench.mjs, ~2 s), and in the
 * built app: a ring run's time per step through the worker, the phase map and range-of-recall
 * job times (cdam-page-bench.mjs). BENCH_CDAM=0 skips both.
 * Sequential learning: 5 class-incremental and 5 permuted tasks at n = 3 and 20, naive /
 * rehearsal / pseudorehearsal / EWC in lockstep through `dam train --tasks` on tfjs-wasm, their
 * final accuracy and forgetting, and the time per epoch against a single-task run
 * (seq-bench.mjs, ~4 min), and whether the normalised DAM's good T moves with n
 * (seq-norm-bench.mjs, ~1 min). BENCH_SEQ=0 skips both.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { tsImport } from 'tsx/esm/api';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from './chromium.mjs';
import { formatCapacity, measureCapacity } from './capacity-bench.mjs';
import { formatCdam, measureCdam } from './cdam-bench.mjs';
import { formatCapacityCore, measureCapacityCore } from './capacity-core-bench.mjs';
import { formatBodiesFeatures, measureBodiesFeatures } from './bodies-features-bench.mjs';
import { formatBodies, measureBodies } from './bodies-bench.mjs';
import { formatCensus, measureCensus } from './census-bench.mjs';
import { formatCensusCore, measureCensusCore } from './census-core-bench.mjs';
import { formatKernel, measureKernel } from './kernel-bench.mjs';
import { formatCdamPage, measureCdamPage } from './cdam-page-bench.mjs';
import { formatKernelPage, measureKernelPage } from './kernel-page-bench.mjs';
import { formatKh, measureKh } from './kh-bench.mjs';
import { formatSeq, measureSeq } from './seq-bench.mjs';
import { formatSeqNorm, measureSeqNorm } from './seq-norm-bench.mjs';
import { formatLab, measureLab } from './lab-bench.mjs';
import { formatStudio, measureStudio } from './studio-bench.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Built outside the repo so lint / prettier never see the bundle.
const outDir = mkdtempSync(join(tmpdir(), 'dam-bench-dist-'));
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 4000);
const TARGETS = (process.env.BENCH_TARGETS ?? 'wasm,webgl,webgpu,cpu,core').split(',');
const FLAGS = ['--headless', ...CHROMIUM_ARGS];

const freePort = () =>
  new Promise((ok, fail) => {
    const srv = createServer();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });

const log = (msg) => console.log(`[bench] ${msg}`);

/** BackendInfo of the app's own worker with preference 'auto'. */
let selection = null;
/** The studio's main-thread measurements (studio-bench.mjs), or null. */
let studio = null;
/** The training lab in the built app (lab-bench.mjs), or null. */
let lab = null;
/** The capacity lab in the built app (capacity-bench.mjs), or null. */
let capacity = null;
/** The census lab in the built app (census-bench.mjs), or null. */
let census = null;
/** The bodies lab's random-features view in the built app (bodies-features-bench.mjs), or null. */
let bodies = null;
/** The bodies lab's hidden-neuron view in the built app (bodies-bench.mjs), or null. */
let bodiesHidden = null;
let kernelPage = null;
let cdamPage = null;

async function browserResults() {
  log('building bench.html …');
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: {
        input: { bench: join(root, 'bench.html'), app: join(root, 'index.html') },
      },
    },
  });
  const port = await freePort();
  const server = await preview({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
  const userDataDir = mkdtempSync(join(tmpdir(), 'dam-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
  });
  const results = [];
  try {
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') console.error(`[browser] ${m.text()}`);
    });
    await page.goto(`http://127.0.0.1:${port}/bench.html`);
    await page.waitForFunction(() => window.__benchReady === true);
    const t0 = Date.now();
    selection = await page.evaluate(() => window.__damInit('auto'));
    log(`app worker auto selection (${Date.now() - t0} ms): ${selection.reason}`);
    for (const target of TARGETS) {
      const t0 = Date.now();
      const rows = await page.evaluate(([t, b]) => window.__bench(t, b), [target, BUDGET_MS]);
      log(
        `${target}: ${((Date.now() - t0) / 1000).toFixed(1)} s${rows[0]?.error ? ` (${rows[0].error})` : ''}`,
      );
      results.push(...rows);
    }
    if (process.env.BENCH_STUDIO !== '0') {
      log('studio: K = 1,000 MNIST memories, long tasks and input → paint latency …');
      studio = await measureStudio(context, `http://127.0.0.1:${port}`, log);
    }
    if (process.env.BENCH_LAB !== '0') {
      log('lab: shipped runs, then a live n = 3 / n = 20 run …');
      try {
        lab = await measureLab(context, `http://127.0.0.1:${port}`, log);
      } catch (err) {
        log(`lab: failed (${err instanceof Error ? err.message : String(err)})`);
      }
    }
    if (process.env.BENCH_CAPACITY !== '0') {
      log('capacity: the scaling preset on auto and on the core, then N in a minute …');
      try {
        capacity = await measureCapacity(context, `http://127.0.0.1:${port}`, log);
      } catch (err) {
        log(`capacity: failed (${err instanceof Error ? err.message : String(err)})`);
      }
    }
    if (process.env.BENCH_CENSUS !== '0') {
      log('census: 10,000 probes on N = 100, P = 20, E = 20, then the classifiers …');
      try {
        census = await measureCensus(context, `http://127.0.0.1:${port}`, log);
      } catch (err) {
        log(`census: failed (${err instanceof Error ? err.message : String(err)})`);
      }
    }
    if (process.env.BENCH_BODIES !== '0') {
      log('bodies: the random-features engine, the QUANT1b preset, MNIST inpainting …');
      try {
        bodies = await measureBodiesFeatures(context, `http://127.0.0.1:${port}`, log);
      } catch (err) {
        log(`bodies: failed (${err instanceof Error ? err.message : String(err)})`);
      }
      log('bodies: three hidden-neuron runs …');
      try {
        bodiesHidden = await measureBodies(context, `http://127.0.0.1:${port}`, log);
      } catch (err) {
        log(`bodies (hidden): failed (${err instanceof Error ? err.message : String(err)})`);
      }
    }
    if (process.env.BENCH_KERNEL !== '0') {
      log('kernel: U-Hop+ in the lab worker, the Tammes, basin and metastable presets …');
      try {
        kernelPage = await measureKernelPage(context, `http://127.0.0.1:${port}`, log);
      } catch (err) {
        log(`kernel (page): failed (${err instanceof Error ? err.message : String(err)})`);
      }
    }
    if (process.env.BENCH_CDAM !== '0') {
      try {
        cdamPage = await measureCdamPage(context, `http://127.0.0.1:${port}`, log);
      } catch (err) {
        log(`cdam (page): failed (${err instanceof Error ? err.message : String(err)})`);
      }
    }
  } finally {
    await context.close();
    await new Promise((ok) => server.httpServer.close(ok));
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
  return results;
}

async function nodeResults() {
  const { BENCH_CASES, timeCase, provideMnist } = await tsImport(
    '../src/bench/cases.ts',
    import.meta.url,
  );
  try {
    const { inflateMnistAsset } = await tsImport('../src/engine/mnist-inflate.ts', import.meta.url);
    const file = readFileSync(join(root, 'datasets', 'mnist-10k-gz.bin'));
    provideMnist(await inflateMnistAsset(file));
  } catch (err) {
    log(`MNIST asset unavailable for the basin cases: ${err.message}`);
  }
  const results = [];
  for (const c of BENCH_CASES.filter((c) => c.engines.includes('core'))) {
    results.push(await timeCase(c, 'core', 'core (node)', BUDGET_MS));
  }
  log('core (node): done');
  return results;
}

const fmtMs = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));

function table(results) {
  const impls = [...new Set(results.map((r) => r.impl))];
  const cases = [...new Map(results.map((r) => [r.caseId, r.label])).entries()];
  const lines = [`| case | ${impls.join(' | ')} |`, `|---|${impls.map(() => '---:').join('|')}|`];
  for (const [id, label] of cases) {
    const row = results.filter((r) => r.caseId === id);
    const best = Math.min(...row.filter((r) => Number.isFinite(r.medianMs)).map((r) => r.medianMs));
    const cells = impls.map((impl) => {
      const r = row.find((x) => x.impl === impl);
      if (!r) return '–';
      if (!Number.isFinite(r.medianMs)) return 'failed';
      const reps = r.reps === 0 ? '1 run†' : `n=${r.reps}`;
      return `${fmtMs(r.medianMs)} ms (×${(r.medianMs / best).toFixed(1)}, ${reps})`;
    });
    lines.push(`| ${label} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

const started = Date.now();
const results = [...(await browserResults()), ...(await nodeResults())];
const kh = process.env.BENCH_KH === '0' ? null : await measureKh(root, log);
const capacityCore =
  process.env.BENCH_CAPACITY_CORE === '0' ? null : await measureCapacityCore(log);
const censusCore = process.env.BENCH_CENSUS_CORE === '0' ? null : await measureCensusCore(log);
const kernel = process.env.BENCH_KERNEL === '0' ? null : await measureKernel(log);
const cdam = process.env.BENCH_CDAM === '0' ? null : await measureCdam(log);
const seq = process.env.BENCH_SEQ === '0' ? null : await measureSeq(root, log);
const seqNorm = process.env.BENCH_SEQ === '0' ? null : measureSeqNorm(root, log);
const md = [
  `# DAM bench (${new Date().toISOString()})`,
  '',
  'Median ms of one step (one sweep for the async case); ×: ratio to the fastest in the row; n: timed runs',
  `after one warm-up (as many as fit ${BUDGET_MS} ms, capped per case); † the warm-up alone (it took over`,
  `${(2 * BUDGET_MS) / 1000} s). tfjs columns run in a module worker in headless Chromium (${CHROMIUM}); "core" is the`,
  'plain TypeScript core state by state. Machine: ' +
    `${process.platform}, Node ${process.version}.`,
  '',
  table(results),
  '',
  ...(studio ? [formatStudio(studio), ''] : []),
  ...(lab ? [formatLab(lab), ''] : []),
  ...(capacity ? [formatCapacity(capacity), ''] : []),
  ...(census ? [formatCensus(census), ''] : []),
  ...(bodies ? [formatBodiesFeatures(bodies), ''] : []),
  ...(bodiesHidden ? [formatBodies(bodiesHidden), ''] : []),
  ...(kh ? [formatKh(kh), ''] : []),
  ...(capacityCore ? [formatCapacityCore(capacityCore), ''] : []),
  ...(censusCore ? [formatCensusCore(censusCore), ''] : []),
  ...(kernelPage ? [formatKernelPage(kernelPage), ''] : []),
  ...(kernel ? [formatKernel(kernel), ''] : []),
  ...(cdamPage ? [formatCdamPage(cdamPage), ''] : []),
  ...(cdam ? [formatCdam(cdam), ''] : []),
  ...(seq ? [formatSeq(seq), ''] : []),
  ...(seqNorm ? [formatSeqNorm(seqNorm), ''] : []),
  selection ? `App worker, backend 'auto' → ${selection.reason}.` : '',
  ...(selection?.probes ?? []).map(
    (p) =>
      `- ${p.name}: ${p.ok ? 'started' : 'failed'}` +
      (p.startMs !== undefined ? `, start ${fmtMs(p.startMs)} ms` : '') +
      (p.stepMs !== undefined ? `, calibration step ${fmtMs(p.stepMs)} ms` : '') +
      ` (${p.note})`,
  ),
  '',
  ...results.filter((r) => r.error).map((r) => `- ${r.impl} / ${r.caseId}: ${r.error}`),
].join('\n');
console.log('\n' + md + '\n');
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'latest.md'), md + '\n');
writeFileSync(
  join(root, 'bench-results', 'latest.json'),
  JSON.stringify(
    [
      ...results,
      ...(studio ? [{ studio }] : []),
      ...(lab ? [{ lab }] : []),
      ...(capacity ? [{ capacity }] : []),
      ...(census ? [{ census }] : []),
      ...(bodies ? [{ bodies }] : []),
      ...(bodiesHidden ? [{ bodiesHidden }] : []),
      ...(kh ? [{ kh }] : []),
      ...(capacityCore ? [{ capacityCore }] : []),
      ...(kernelPage ? [{ kernelPage }] : []),
      ...(cdamPage ? [{ cdamPage }] : []),
      ...(kernel ? [{ kernel }] : []),
      ...(cdam ? [{ cdam }] : []),
      ...(seq ? [{ seq }] : []),
      ...(seqNorm ? [{ seqNorm }] : []),
    ],
    null,
    2,
  ) + '\n',
);
log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s; wrote bench-results/latest.md`);
process.exit(0);
