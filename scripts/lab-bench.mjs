/**
 * The training lab in the built app for `npm run bench` (scripts/bench.mjs), headless Chromium:
 *  1. "Lab" clicked → both shipped runs drawn, and → their contributor statistics arrived, with the
 *     main-thread long tasks in between (loading and decoding the two run files);
 *  2. a live lockstep run of n = 3 and n = 20 on all 7,996 training digits (K = 100, minibatch
 *     100) for EPOCHS epochs: the worker's training time per epoch (median of epochs 2…), its
 *     backend, and main-thread long tasks while it trains (PerformanceObserver('longtask')).
 * BENCH_LAB=0 skips it; BENCH_LAB_EPOCHS sets the epochs (default 4).
 */
const EPOCHS = Number(process.env.BENCH_LAB_EPOCHS ?? 4);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function observeLongTasks() {
  window.__labPerf = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__labPerf.push(e.duration);
  }).observe({ type: 'longtask', buffered: false });
}

export async function measureLab(context, origin, log) {
  const own = await context.browser().newContext();
  const page = await own.newPage();
  page.on('pageerror', (e) => console.error(`[lab] ${e.message}`));
  try {
    await page.goto(`${origin}/index.html?e2e=1`);
    await page.waitForFunction(() => typeof window.__dam?.lab === 'function');
    // The lab itself, not the page load: the backend chosen and the digits in first.
    await page.waitForFunction(
      () =>
        document.querySelector('.app')?.getAttribute('data-ready') === 'true' &&
        window.__dam.getState().datasetReady,
      null,
      { timeout: 60_000 },
    );
    await page.evaluate(observeLongTasks);
    const t0 = Date.now();
    await page.getByRole('link', { name: 'Training lab', exact: true }).click();
    await page.waitForFunction(
      () => {
        const runs = window.__dam.lab().runs.filter((r) => r.source === 'shipped');
        return runs.length === 2 && runs.every((r) => r.status === 'ready');
      },
      null,
      { timeout: 60_000 },
    );
    const drawnMs = Date.now() - t0;
    await page.waitForFunction(
      () => window.__dam.lab().runs.every((r) => r.source !== 'shipped' || r.stats !== null),
      null,
      { timeout: 120_000 },
    );
    const statsMs = Date.now() - t0;
    log(`lab: shipped runs drawn after ${drawnMs} ms, statistics after ${statsMs} ms`);
    const openTasks = await page.evaluate(() => window.__labPerf);
    await page.evaluate(
      (epochs) =>
        window.__dam.setLabSetup({ ns: [3, 20], epochs, subset: 0, K: 100, batchSize: 100 }),
      EPOCHS,
    );
    await page.evaluate(observeLongTasks);
    const t1 = Date.now();
    await page.getByRole('button', { name: 'Train live' }).click();
    await page.waitForFunction(
      (epochs) => {
        const live = window.__dam.lab().runs.filter((r) => r.source === 'live');
        return live.length === 2 && live.every((r) => r.epoch >= epochs);
      },
      EPOCHS,
      { timeout: 300_000, polling: 500 },
    );
    const wallMs = Date.now() - t1;
    const state = await page.evaluate(() => window.__dam.lab());
    const longTasks = await page.evaluate(() => window.__labPerf);
    const runs = state.runs
      .filter((r) => r.source === 'live')
      .map((r) => ({
        n: r.n,
        medianMs: median(r.epochMs.slice(r.epochMs.length > 1 ? 1 : 0)),
        epochs: r.epochMs.length,
        testError: r.testErrors.at(-1),
      }));
    log(`lab: ${EPOCHS} lockstep epochs in ${wallMs} ms on ${state.worker.backend}`);
    return {
      drawnMs,
      statsMs,
      backend: state.worker.backend,
      epochs: EPOCHS,
      wallMs,
      runs,
      longTasks: { count: longTasks.length, maxMs: Math.max(0, ...longTasks) },
      openLongTasks: { count: openTasks.length, maxMs: Math.max(0, ...openTasks) },
    };
  } finally {
    await own.close();
  }
}

export function formatLab(l) {
  const f0 = (x) => (Number.isFinite(x) ? x.toFixed(0) : '–');
  return [
    `Training lab in the built app (headless Chromium, lab worker backend: ${l.backend}):`,
    '',
    '| measurement | value |',
    '|---|---:|',
    `| "Lab" clicked → shipped n = 3 and n = 30 runs drawn | ${l.drawnMs} ms |`,
    `| "Lab" clicked → their contributor statistics shown | ${l.statsMs} ms |`,
    `| main-thread long tasks from the click until the statistics show | ${l.openLongTasks.count} (max ${f0(l.openLongTasks.maxMs)} ms) ${l.openLongTasks.maxMs <= 50 ? 'ok' : '**over 50 ms**'} |`,
    ...l.runs.map(
      (r) =>
        `| live run n = ${r.n}: training time per epoch in the worker (median of epochs 2–${r.epochs}) | ${f0(r.medianMs)} ms |`,
    ),
    `| ${l.epochs} lockstep epochs of both runs, wall time incl. evaluation | ${l.wallMs} ms |`,
    `| main-thread long tasks while training | ${l.longTasks.count} (max ${f0(l.longTasks.maxMs)} ms) ${l.longTasks.maxMs <= 50 ? 'ok' : '**over 50 ms**'} |`,
  ].join('\n');
}
