/**
 * The bodies lab's random-features view in the built app for `npm run bench` (scripts/bench.mjs),
 * headless Chromium, through the lab's test hook (window.__dam.bodiesRf…):
 *  (a) T = Σ φ(ξ^μ) for K = 500, D = 100, Y = 2^15 by buildTfT in the worker (target ≤ 2 s), and
 *      the core's loop for the same T;
 *  (b) one DrDAM gradient for D = 784, Y = 2^15 on tfjs (target ≤ 50 ms);
 *  (c) the QUANT1b preset as a user starts it: its time, its table, and the main-thread long tasks
 *      meanwhile (PerformanceObserver('longtask'); target: none over 50 ms);
 *  (d) MNIST inpainting at the view's defaults: time and the final distances.
 * Times in (a), (b) are taken inside the worker with performance.now(). BENCH_BODIES=0 skips it.
 */
const BENCH = {
  build: { K: 500, D: 100, Y: 2 ** 15 },
  step: { K: 10, D: 784, Y: 2 ** 15, repeats: 9 },
  seed: 3,
};

function observeLongTasks() {
  window.__rfPerf = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__rfPerf.push(e.duration);
  }).observe({ type: 'longtask', buffered: false });
}

const hook = (page) => page.evaluate(() => window.__dam.bodiesRf());

async function waitJob(page, job, timeout) {
  await page.waitForFunction(
    (j) => {
      const s = window.__dam.bodiesRf().jobs[j].status;
      return s === 'done' || s === 'error' || s === 'cancelled';
    },
    job,
    { timeout, polling: 250 },
  );
  const h = await hook(page);
  if (h.jobs[job].status !== 'done')
    throw new Error(`${job} ${h.jobs[job].status}: ${h.jobs[job].error}`);
  return h;
}

export async function measureBodiesFeatures(context, origin, log) {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[bodies-features] ${e.message}`));
  try {
    await page.goto(`${origin}/index.html?e2e=1#/bodies`);
    await page.waitForFunction(
      () =>
        document.querySelector('.app')?.getAttribute('data-ready') === 'true' &&
        typeof window.__dam?.bodiesRf === 'function',
      null,
      { timeout: 60_000 },
    );
    await page.waitForFunction(() => document.querySelector('.badge.ready') !== null, null, {
      timeout: 60_000,
    });
    await page.getByRole('radio', { name: 'Random features' }).click();
    const engine = await page.evaluate((req) => window.__dam.bodiesRfBench(req), BENCH);
    log(
      `bodies rf: T (K = 500, D = 100, Y = 2^15) ${engine.build.ms.toFixed(0)} ms on ${engine.backend}, ` +
        `one gradient (D = 784, Y = 2^15) ${engine.step.medianMs.toFixed(1)} ms`,
    );
    await page.evaluate(observeLongTasks);
    const t0 = Date.now();
    await page.locator('[data-rf-preset="quant1b"]').click();
    const q = await waitJob(page, 'curve', 590_000);
    const quantWallMs = Date.now() - t0;
    const quantTasks = await page.evaluate(() => window.__rfPerf);
    log(`bodies rf: QUANT1b preset ${(quantWallMs / 1000).toFixed(1)} s (page)`);
    await page.evaluate(observeLongTasks);
    await page.evaluate(() => window.__dam.bodiesRfRunMnist());
    const m = await waitJob(page, 'mnist', 590_000);
    const mnistTasks = await page.evaluate(() => window.__rfPerf);
    log(
      `bodies rf: MNIST inpainting ${(m.mnist.ms / 1000).toFixed(1)} s (worker) on ${m.mnist.backend}`,
    );
    const setup = await page.evaluate(() => window.__dam.bodiesRf().setup);
    return {
      engine,
      quant: {
        wallMs: quantWallMs,
        pageMs: q.jobs.curve.elapsedMs,
        ...q.curveResult,
        longTasks: { count: quantTasks.length, maxMs: Math.max(0, ...quantTasks) },
      },
      mnist: {
        ...m.mnist,
        pageMs: m.jobs.mnist.elapsedMs,
        longTasks: { count: mnistTasks.length, maxMs: Math.max(0, ...mnistTasks) },
      },
      setup,
    };
  } finally {
    await page.close();
  }
}

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const g = (v) => (v === undefined || v === null ? '–' : Number(v.toPrecision(3)).toString());

export function formatBodiesFeatures(r) {
  const e = r.engine;
  const q = r.quant;
  const lines = [
    'Bodies lab, random features, in the built app (headless Chromium):',
    '',
    '| measurement | value |',
    '|---|---:|',
    `| (a) T for K = 500, D = 100, Y = 2^15, buildTfT on ${e.backend} (S drawn before: ${s(e.build.drawMs)}) | ${s(e.build.ms)} ${e.build.ms <= 2000 ? 'ok' : '**over 2 s**'} |`,
    `| … the same T in the core's loops | ${e.build.coreMs === null ? '–' : s(e.build.coreMs)} |`,
    `| (b) one DrDAM gradient, D = 784, Y = 2^15 (median; least) | ${e.step.medianMs.toFixed(1)} ms; ${e.step.minMs.toFixed(1)} ms ${e.step.medianMs <= 50 ? 'ok' : '**over 50 ms**'} |`,
    `| … per step inside a 10-step descend | ${e.step.inDescentMs.toFixed(1)} ms |`,
    `| (c) QUANT1b preset, page time (worker time), T by ${q.builtBy} | ${s(q.pageMs)} (${s(q.ms)}) |`,
    `| … main-thread long tasks meanwhile | ${q.longTasks.count} (max ${q.longTasks.maxMs.toFixed(0)} ms) ${q.longTasks.maxMs <= 50 ? 'ok' : '**over 50 ms**'} |`,
    `| (d) MNIST inpainting, Y = ${r.mnist.Y}, ${r.mnist.steps} steps on ${r.mnist.backend}: worker time | ${s(r.mnist.ms)} |`,
    `| … final ‖x_MrDAM − x_DrDAM‖; to the stored digit exact / distributed | ${g(r.mnist.finalDistance)}; ${g(r.mnist.exactToTarget)} / ${g(r.mnist.distributedToTarget)} |`,
    `| … main-thread long tasks meanwhile | ${r.mnist.longTasks.count} (max ${r.mnist.longTasks.maxMs.toFixed(0)} ms) |`,
    '',
    'QUANT1b preset: energy MAE (± s.e.m.), gradient MAE and retrieval per β, Y and query kind:',
    '',
    '| β | Y | query | energy MAE | s.e.m. | grad MAE | Hamming/√D | identical | DrDAM steps | exact fixed point to memory; margin (bits) |',
    '|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|',
    ...q.points.map(
      (p) =>
        `| ${p.beta} | ${p.Y} | ${p.query} | ${g(p.energyMAE)} | ${g(p.energySEM)} | ${g(p.gradMAE)} | ${g(p.retrievalHamming)} | ${g(p.retrievalAgree)} | ${g(p.retrievalSteps)} | ${p.retrievalExactToMemory === undefined ? '–' : `${g(p.retrievalExactToMemory)}; ${g(p.retrievalMargin)}`} |`,
    ),
    '',
    `Slopes of log energy MAE against log Y: ${q.curves.map((c) => `β = ${c.beta} ${c.query} ${g(c.slope)}`).join('; ')}.`,
    `Random-guess baselines: ${q.baselines.map((b) => `β = ${b.beta}: ${g(b.randomGuess)}`).join('; ')}.`,
  ];
  return lines.join('\n');
}
