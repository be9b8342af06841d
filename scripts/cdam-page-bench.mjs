/**
 * The graph lab's (CDAM) figures in the built app (headless Chromium, the lab's worker room), for
 * `npm run bench` (issue 15, Targets): a 100-step run of the ring preset at one step per call
 * (each call a round trip to the worker: the page's time per step) and at ten per call, with the
 * main-thread long tasks meanwhile; the 32 × 32 (a, h) phase map and the paper's range of recall
 * as page-side job times. measureCdamPage(context, origin, log) → data; formatCdamPage → markdown.
 */

function observeLongTasks() {
  window.__cdamPerf = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__cdamPerf.push(e.duration);
  }).observe({ type: 'longtask', buffered: false });
}

async function playRun(page, speed) {
  await page.evaluate((s) => window.__dam.cdamEdit({ speed: s, steps: 100 }), speed);
  await page.evaluate(() => window.__dam.cdamReset());
  await page.evaluate(observeLongTasks);
  const ms = await page.evaluate(async () => {
    const t = performance.now();
    await window.__dam.cdamPlay();
    return performance.now() - t;
  });
  const h = await page.evaluate(() => window.__dam.cdam());
  if (h.run.status !== 'done' || h.run.t !== 100)
    throw new Error(`run: ${h.run.status} at ${h.run.t}`);
  const tasks = await page.evaluate(() => window.__cdamPerf);
  return {
    speed,
    ms,
    perStepMs: ms / 100,
    longTasks: { count: tasks.length, maxMs: Math.max(0, ...tasks) },
  };
}

async function job(page, name) {
  await page.evaluate((n) => window.__dam.cdamRun(n), name);
  const h = await page.evaluate(() => window.__dam.cdam());
  const j = h.jobs[name];
  if (j.status !== 'done') throw new Error(`${name}: ${j.status} ${j.error ?? ''}`);
  return { h, ms: j.elapsedMs };
}

export async function measureCdamPage(context, origin, log) {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[cdam] ${e.message}`));
  try {
    await page.goto(`${origin}/index.html?e2e=1#/cdam`);
    await page.waitForFunction(
      () =>
        document.querySelector('.app')?.getAttribute('data-ready') === 'true' &&
        typeof window.__dam?.cdamPlay === 'function',
      null,
      { timeout: 60_000 },
    );
    page.setDefaultTimeout(300_000);
    await page.evaluate(() => window.__dam.cdamPreset('ring'));
    log('cdam (page): the ring preset, 100 steps at 1 and 10 steps per call …');
    const runs = [await playRun(page, 1), await playRun(page, 10)];
    log('cdam (page): the 32 × 32 phase map and the range of recall …');
    await page.evaluate(() =>
      window.__dam.cdamEdit({ phase: { aRange: [-3, 2], hRange: [0, 4], R: 32, steps: 100 } }),
    );
    await page.evaluate(observeLongTasks);
    const phase = await job(page, 'phase');
    const phaseTasks = await page.evaluate(() => window.__cdamPerf);
    const range = await job(page, 'range');
    const counts = {};
    for (const m of phase.h.phase.modes) counts[m] = (counts[m] ?? 0) + 1;
    return {
      runs,
      phase: {
        ms: phase.ms,
        cells: phase.h.phase.modes.length,
        counts,
        longTasks: phaseTasks.length,
      },
      range: {
        ms: range.ms,
        rows: range.h.range.map((r) => ({ a: r.a, h: r.h, byDistance: r.byDistance.slice(0, 6) })),
      },
    };
  } finally {
    await page.close();
  }
}

const f2 = (v) => v.toFixed(2);

export function formatCdamPage(d) {
  return [
    '### Graph lab (CDAM) in the page (lab worker, ring P = 30, N = 1000)',
    '',
    '| run | page time | per step | long tasks |',
    '|---|---|---|---|',
    ...d.runs.map(
      (r) =>
        `| 100 steps, ${r.speed} per call | ${Math.round(r.ms)} ms | ${f2(r.perStepMs)} ms | ${r.longTasks.count} (max ${Math.round(r.longTasks.maxMs)} ms) |`,
    ),
    '',
    `Phase map 32 × 32 (100 steps a cell): ${Math.round(d.phase.ms)} ms on the page (target ≤ 10 s), ${d.phase.longTasks} long tasks; modes ${JSON.stringify(d.phase.counts)}.`,
    `Range of recall (paper's four (a, h), 30 cues each): ${Math.round(d.range.ms)} ms.`,
    ...d.range.rows.map(
      (r) => `- a = ${r.a}, h = ${r.h}: ${r.byDistance.map(f2).join(' ')} (d = 0 … 5)`,
    ),
  ].join('\n');
}
