#!/usr/bin/env node
/**
 * The bodies lab's hidden-neuron view in the built app, headless Chromium: runs in the lab's
 * worker room for the default set-up (K = 10 MNIST digits, 200 steps), K = 50 with 2,000 steps,
 * and dt = 3 (E rises, so the core searches a smaller dt), each with the worker's own time, the
 * page's time and the main-thread long tasks meanwhile (the playback of the default run
 * included). Target: each run within 1 s in the worker, no long task over 50 ms.
 * In `npm run bench` (BENCH_BODIES=0 skips it), or alone on a build in dist/:
 * `npx vite build && node scripts/bodies-bench.mjs`.
 */
import { fileURLToPath } from 'node:url';

const CASES = [
  { id: 'default', label: 'default: K = 10, 200 steps, model B', patch: {} },
  { id: 'big', label: 'K = 50, 2,000 steps, model B', patch: { K: 50, steps: 2000 } },
  { id: 'rise', label: 'dt = 3, 50 steps (E rises: dt search)', patch: { dt: 3, steps: 50 } },
];

function observeLongTasks() {
  window.__bodiesPerf = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bodiesPerf.push(e.duration);
  }).observe({ type: 'longtask', buffered: false });
}

export async function measureBodies(context, origin, log) {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[bodies] ${e.message}`));
  try {
    await page.goto(`${origin}/index.html?e2e=1#/bodies`);
    await page.waitForFunction(
      () =>
        document.querySelector('.app')?.getAttribute('data-ready') === 'true' &&
        typeof window.__dam?.bodiesHidden === 'function',
      null,
      { timeout: 60_000 },
    );
    const rows = [];
    for (const c of CASES) {
      await page.evaluate(observeLongTasks);
      const setup = await page.evaluate(() => window.__dam.bodiesHidden().setup);
      await page.evaluate(
        ([s, p]) => window.__dam.bodiesHiddenSet({ ...s, ...p }),
        [setup, c.patch],
      );
      const t0 = Date.now();
      await page.evaluate(() => window.__dam.bodiesHiddenRun());
      const wallMs = Date.now() - t0;
      const h = await page.evaluate(() => window.__dam.bodiesHidden());
      if (h.job.status !== 'done') throw new Error(`${c.id}: ${h.job.status} ${h.job.error ?? ''}`);
      // The playback: wait for its last frame (the run plays itself after Run).
      await page.waitForFunction(() => window.__dam.bodiesHidden().playing === false, null, {
        timeout: 60_000,
      });
      const tasks = await page.evaluate(() => window.__bodiesPerf);
      rows.push({
        id: c.id,
        label: c.label,
        workerMs: h.run.ms,
        pageMs: h.job.elapsedMs,
        wallMs,
        rises: h.run.rises,
        suggestedDt: h.run.suggestedDt,
        longTasks: { count: tasks.length, maxMs: Math.max(0, ...tasks) },
      });
      // Back to the defaults for the next case.
      await page.evaluate((s) => window.__dam.bodiesHiddenSet(s), setup);
      log(`bodies: ${c.label}: ${h.run.ms.toFixed(0)} ms (worker), ${tasks.length} long tasks`);
    }
    return rows;
  } finally {
    await page.close();
  }
}

export function formatBodies(rows) {
  const ms = (x) => `${x.toFixed(0)} ms`;
  return [
    'Bodies lab, hidden neurons, in the built app (headless Chromium):',
    '',
    '| run | worker (page) | rises; suggested dt | long tasks (max) |',
    '|---|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${ms(r.workerMs)} (${ms(r.pageMs)}) ${r.workerMs <= 1000 ? 'ok' : '**over 1 s**'} | ` +
        `${r.rises}; ${r.suggestedDt ?? '–'} | ${r.longTasks.count} (${ms(r.longTasks.maxMs)}) ` +
        `${r.longTasks.maxMs <= 50 ? 'ok' : '**over 50 ms**'} |`,
    ),
  ].join('\n');
}

// Alone: serve dist/ with vite preview and drive the system Chromium.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { dirname, join, resolve } = await import('node:path');
  const { chromium } = await import('playwright-core');
  const { preview } = await import('vite');
  const { CHROMIUM_ARGS, CHROMIUM_PATH } = await import('./chromium.mjs');
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const port = Number(process.env.BODIES_BENCH_PORT ?? 4193);
  const server = await preview({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
  const userDataDir = mkdtempSync(join(tmpdir(), 'dam-bodies-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', ...CHROMIUM_ARGS],
  });
  try {
    const rows = await measureBodies(context, `http://127.0.0.1:${port}`, console.log);
    console.log('\n' + formatBodies(rows) + '\n');
  } finally {
    await context.close();
    await new Promise((ok) => server.httpServer.close(ok));
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
