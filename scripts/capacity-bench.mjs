/**
 * The capacity lab in the built app for `npm run bench` (scripts/bench.mjs), headless Chromium:
 *  1. the scaling preset ("K_max against N", criterion (a), 20 trials, n = 2, 3 for N = 32…128,
 *     n = 4 for N = 32…64) clicked in the lab: time until its last point, the worker's own time,
 *     the Gram matrices per engine, and the main-thread long tasks meanwhile
 *     (PerformanceObserver('longtask')); once with the backend the page picks ('auto') and once on
 *     the plain typed-array core (?backend=cpu: the room then never calls tfjs);
 *  2. how far N reaches in a minute: one-point grids of the preset's n = 3 series at N = 128,
 *     181, 256, 362, 512 (20 trials) until one takes over 60 s (cancelled there).
 * Target: the preset in at most 20 s, no long task over 50 ms. BENCH_CAPACITY=0 skips all of it;
 * BENCH_CAPACITY_REACH=0 skips part 2. Only this part: BENCH_TARGETS=core BENCH_STUDIO=0 BENCH_LAB=0
 * BENCH_KH=0 BENCH_CAPACITY_CORE=0 node scripts/bench.mjs (bench.mjs builds and serves the app).
 */
const REACH_NS = [128, 181, 256, 362, 512];
const MINUTE = 60_000;

function observeLongTasks() {
  window.__capPerf = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__capPerf.push(e.duration);
  }).observe({ type: 'longtask', buffered: false });
}

async function openLab(context, origin, backend) {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[capacity] ${e.message}`));
  await page.goto(`${origin}/index.html?e2e=1&backend=${backend}#/capacity`);
  await page.waitForFunction(
    () =>
      document.querySelector('.app')?.getAttribute('data-ready') === 'true' &&
      typeof window.__dam?.capacity === 'function',
    null,
    { timeout: 60_000 },
  );
  // The backend chosen (calibration done), so the run times the measurement alone.
  await page.waitForFunction(() => document.querySelector('.badge.ready') !== null, null, {
    timeout: 60_000,
  });
  return page;
}

async function presetRun(context, origin, backend, log) {
  const page = await openLab(context, origin, backend);
  try {
    await page.evaluate(observeLongTasks);
    const t0 = Date.now();
    await page.getByRole('button', { name: 'K_max against N (n = 2, 3, 4)' }).click();
    await page.waitForFunction(() => window.__dam.capacity().status === 'done', null, {
      timeout: 180_000,
      polling: 200,
    });
    const wallMs = Date.now() - t0;
    const c = await page.evaluate(() => window.__dam.capacity());
    const longTasks = await page.evaluate(() => window.__capPerf);
    const r = {
      asked: backend,
      backend: c.summary.backend,
      wallMs,
      pageMs: c.elapsedMs,
      workerMs: c.summary.ms,
      gram: c.summary.gram,
      points: c.lines.length,
      slopes: c.scaling.map((s) => ({ name: s.name, slope: s.slope })),
      kmax: c.lines.map((l) => ({ n: l.n, N: l.N, median: l.median })),
      longTasks: { count: longTasks.length, maxMs: Math.max(0, ...longTasks) },
    };
    log(
      `capacity: scaling preset on ${r.backend} in ${(r.workerMs / 1000).toFixed(1)} s (worker), ` +
        `${longTasks.length} long tasks (max ${r.longTasks.maxMs.toFixed(0)} ms)`,
    );
    return r;
  } finally {
    await page.close();
  }
}

async function reach(context, origin, log) {
  const page = await openLab(context, origin, 'auto');
  const out = [];
  try {
    for (const N of REACH_NS) {
      await page.evaluate((n) => {
        const h = window.__dam;
        const g = h.presetGrid('scaling');
        h.setGrid({ base: g.base, series: [{ ...g.series[1], sweep: { N: [n] } }] }, 'scaling');
      }, N);
      const t0 = Date.now();
      const run = page.evaluate(() => window.__dam.run());
      const finished = await page
        .waitForFunction(() => window.__dam.capacity().status === 'done', null, {
          timeout: MINUTE,
          polling: 250,
        })
        .then(
          () => true,
          () => false,
        );
      const ms = Date.now() - t0;
      if (!finished) {
        await page.evaluate(() => window.__dam.cancel());
        await run;
        out.push({ N, ms, done: false });
        log(`capacity: n = 3, N = ${N} not done in a minute (cancelled)`);
        break;
      }
      await run;
      const c = await page.evaluate(() => window.__dam.capacity());
      out.push({ N, ms, done: true, median: c.lines[0].median, censored: c.lines[0].censored });
      log(`capacity: n = 3, N = ${N}: K_max ${c.lines[0].median} in ${(ms / 1000).toFixed(1)} s`);
    }
  } finally {
    await page.close();
  }
  return out;
}

export async function measureCapacity(context, origin, log) {
  // A context of its own where the browser allows it (a persistent context has none).
  const browser = context.browser();
  const own = browser ? await browser.newContext() : context;
  try {
    const auto = await presetRun(own, origin, 'auto', log);
    const core = await presetRun(own, origin, 'cpu', log);
    const far = process.env.BENCH_CAPACITY_REACH === '0' ? [] : await reach(own, origin, log);
    return { auto, core, reach: far };
  } finally {
    if (own !== context) await own.close();
  }
}

export function formatCapacity(c) {
  const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
  const lt = (l) =>
    `${l.count} (max ${l.maxMs.toFixed(0)} ms) ${l.maxMs <= 50 ? 'ok' : '**over 50 ms**'}`;
  const row = (r, what) => [
    `| scaling preset, ${what}: worker time (page time) | ${s(r.workerMs)} (${s(r.pageMs)}) ${r.workerMs <= 20_000 ? 'ok' : '**over 20 s**'} |`,
    `| … Gram matrices on tfjs / on the core | ${r.gram.tfjs} / ${r.gram.core} |`,
    `| … main-thread long tasks meanwhile | ${lt(r.longTasks)} |`,
  ];
  const slopes = c.auto.slopes.map((x) => `${x.name}: ${x.slope?.toFixed(2)}`).join(', ');
  const reachRows = c.reach.map(
    (r) =>
      `| n = 3, N = ${r.N}, 20 trials | ${r.done ? `${s(r.ms)}, K_max ${r.median}${r.censored ? ` (${r.censored} lower bounds)` : ''}` : 'over a minute (cancelled)'} |`,
  );
  return [
    `Capacity lab in the built app (headless Chromium; 'auto' picked ${c.auto.backend}):`,
    '',
    '| measurement | value |',
    '|---|---:|',
    ...row(c.auto, `backend ${c.auto.backend}`),
    ...row(c.core, 'plain core (?backend=cpu)'),
    `| fitted log–log slopes | ${slopes} |`,
    ...reachRows,
  ].join('\n');
}
