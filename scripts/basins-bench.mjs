/**
 * The basins view's UI figures for `npm run bench` (called from studio-bench.mjs): in the built
 * app with the ten default digits (polynomial n = 20, the default 128² plane of memories 0, 1, 2),
 *  1. time from clicking "Basins" to the first pass shown and to the first complete 128² map;
 *  2. on the plane of memories 0, 1, 3 (nothing cached): main-thread long tasks while n is dragged
 *     from 2 to 20 (ArrowRight on the focused slider every 40 ms, real input events) until the
 *     map for n = 20 is complete, and that settle time.
 */

const basin = () => window.__dam.basin();

async function waitDone(page) {
  await page.waitForFunction(
    () => {
      const b = window.__dam.basin();
      return b.status === 'done' && b.resolution === 128;
    },
    null,
    { timeout: 60_000 },
  );
}

export async function measureBasins(context, origin, log) {
  // A context of its own: the studio bench leaves a 1,000-memory bank in IndexedDB.
  const own = await context.browser().newContext();
  const page = await own.newPage();
  page.on('pageerror', (e) => console.error(`[basins] ${e.message}`));
  await page.goto(`${origin}/index.html?e2e=1&backend=auto`);
  await page.waitForFunction(
    () =>
      document.querySelector('.app')?.getAttribute('data-ready') === 'true' &&
      window.__dam?.getState().datasetReady &&
      window.__dam.frames().length > 0,
    null,
    { timeout: 60_000 },
  );
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    const perf = { longTasks: [] };
    window.__perf = perf;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        perf.longTasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: false });
  });
  await page.getByRole('link', { name: 'Basins', exact: true }).click();
  await waitDone(page);
  const open = await page.evaluate(basin);
  log(
    `basins: first pass ${open.timings.firstPassMs?.toFixed(0)} ms, ` +
      `complete 128² map ${open.timings.firstCompleteMs?.toFixed(0)} ms after opening`,
  );

  // Another plane, so the n = 20 map at the end of the drag is not the cached one from opening.
  await page.evaluate(() =>
    window.__dam.setBasin({ plane: { kind: 'memories', a: 0, b: 1, c: 3 } }),
  );
  const slider = page.getByRole('slider', { name: 'Interaction power n' });
  await slider.fill('2');
  await waitDone(page);
  await slider.focus();
  const t0 = await page.evaluate(() => performance.now());
  for (let n = 3; n <= 20; n++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(40);
  }
  const tDrag = await page.evaluate(() => performance.now());
  await page.waitForFunction(
    () => {
      const b = window.__dam.basin();
      return b.status === 'done' && b.resolution === 128 && window.__dam.setup().params.n === 20;
    },
    null,
    { timeout: 60_000 },
  );
  const t1 = await page.evaluate(() => performance.now());
  const tasks = await page.evaluate(
    ([a, b]) => window.__perf.longTasks.filter((t) => t.start >= a && t.start < b),
    [t0, t1],
  );
  await own.close();
  return {
    firstPassMs: open.timings.firstPassMs,
    firstCompleteMs: open.timings.firstCompleteMs,
    drag: {
      changes: 18,
      longTasks: tasks.length,
      maxMs: tasks.reduce((m, t) => Math.max(m, t.ms), 0),
      settleMs: t1 - tDrag,
    },
  };
}

const f0 = (x) => (Number.isFinite(x) ? x.toFixed(0) : '–');

export function formatBasins(b) {
  const ok = (ms) => (ms <= 50 ? 'ok' : '**over 50 ms**');
  return [
    'Basins view, ten default digits, polynomial n = 20, plane of memories 0, 1, 2 (built app, headless Chromium):',
    '',
    '| measurement | value |',
    '|---|---:|',
    `| "Basins" clicked → first pass shown | ${f0(b.firstPassMs)} ms |`,
    `| "Basins" clicked → first complete 128² map | ${f0(b.firstCompleteMs)} ms |`,
    `| long tasks while dragging n 2 → 20 (${b.drag.changes} changes, plane 0, 1, 3) until the map settles | ${b.drag.longTasks} (max ${f0(b.drag.maxMs)} ms) ${ok(b.drag.maxMs)} |`,
    `| last change of n → complete 128² map | ${f0(b.drag.settleMs)} ms |`,
  ].join('\n');
}
