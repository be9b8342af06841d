/**
 * The studio's "never blocks" measurement for `npm run bench` (scripts/bench.mjs): the built app
 * with K = 1,000 MNIST memories, in headless Chromium.
 *  1. A run animates (temperature 0.02, so it never settles) for 4 s at the default speed and 4 s
 *     as fast as possible, while PerformanceObserver('longtask') records main-thread long tasks.
 *  2. With the run still animating, n is changed 20 times (polynomial) and β 20 times (softmax)
 *     by pressing → on the focused slider: real input events. Latency = the input event's
 *     timeStamp → the animation frame after the stage shows a state computed under the new value
 *     (window.__dam.whenPainted, src/app/test-hook.ts).
 */
import { formatBasins, measureBasins } from './basins-bench.mjs';

const K = 1000;
const SECONDS = 4;
const CHANGES = 20;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};

/** In the page: starts collecting long tasks and animation frames into window.__perf. */
function startObserving() {
  const perf = { longTasks: [], frames: 0, stop: false };
  window.__perf = perf;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) perf.longTasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: false });
  const count = () => {
    perf.frames++;
    if (!perf.stop) requestAnimationFrame(count);
  };
  requestAnimationFrame(count);
}

/** In the page: records input → paint latency for every input event on the focused slider. */
function recordLatency(key) {
  const el = document.activeElement;
  if (!(el instanceof HTMLInputElement) || el.type !== 'range')
    throw new Error('no slider focused');
  window.__lat = [];
  el.addEventListener('input', (e) => {
    const t0 = e.timeStamp;
    const raw = Number(el.value);
    // β sliders hold log10 β, rounded to three significant digits as the app does.
    const value = key === 'beta' ? Number((10 ** raw).toPrecision(3)) : raw;
    void window.__dam.whenPainted({ [key]: value }).then((t1) => window.__lat.push(t1 - t0));
  });
}

function slice(perf, from, to) {
  const tasks = perf.longTasks.filter((t) => t.start >= from && t.start < to);
  return { count: tasks.length, maxMs: tasks.reduce((m, t) => Math.max(m, t.ms), 0) };
}

export async function measureStudio(context, origin, log) {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[studio] ${e.message}`));
  await page.goto(`${origin}/index.html?e2e=1`);
  await page.waitForFunction(
    () =>
      document.querySelector('.app')?.getAttribute('data-ready') === 'true' &&
      window.__dam?.getState().datasetReady,
    null,
    { timeout: 60_000 },
  );
  await page.evaluate((k) => {
    const have = window.__dam.getState().bankCount;
    const ids = Array.from({ length: k - have }, (_, j) => (j * 7919 + 13) % 10_000);
    window.__dam.addMnist(ids);
  }, K);
  await page.waitForFunction(
    (k) => {
      const s = window.__dam.getState();
      return s.bankCount === k && s.memoryLabels.length === k && s.runStatus === 'idle';
    },
    K,
    { timeout: 60_000 },
  );
  const dim = (await page.evaluate(() => window.__dam.final()))?.length ?? 0;
  await page.evaluate(() =>
    window.__dam.setParams({ temperature: 0.02, maxSteps: 100_000, speed: 4 }),
  );
  await page.waitForTimeout(500); // let the bank's one-off work (patterns, regime sample) finish

  await page.evaluate(startObserving);
  const t0 = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: /Play/ }).click();
  await page.waitForTimeout(SECONDS * 1000);
  const t1 = await page.evaluate(() => performance.now());
  await page.evaluate(() => window.__dam.setParams({ speed: 5 }));
  await page.waitForTimeout(SECONDS * 1000);
  const t2 = await page.evaluate(() => performance.now());
  const sweeps = await page.evaluate(() => window.__dam.getState().t);
  const framesAnimated = await page.evaluate(() => window.__perf.frames);
  log(`studio: animated ${sweeps?.toFixed(1)} sweeps in ${((t2 - t0) / 1000).toFixed(1)} s`);

  await page.evaluate(() => window.__dam.setParams({ speed: 4 }));
  const latency = {};
  for (const [key, label, setup] of [
    ['n', 'Interaction power n', { energy: 'polynomial', n: 20 }],
    ['beta', 'Inverse temperature β', { energy: 'softmax', beta: 0.005 }],
  ]) {
    await page.evaluate((p) => window.__dam.setParams(p), setup);
    if (
      key === 'n' &&
      (await page.locator('.studio').getAttribute('data-run-status')) !== 'running'
    ) {
      await page.getByRole('button', { name: /Play/ }).click();
    }
    await page.waitForTimeout(300);
    await page.getByRole('slider', { name: label }).focus();
    await page.evaluate(recordLatency, key);
    for (let i = 0; i < CHANGES; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(150);
    }
    await page.waitForFunction((n) => window.__lat.length >= n, CHANGES, { timeout: 10_000 });
    const samples = await page.evaluate(() => window.__lat);
    latency[key] = { samples, medianMs: median(samples), maxMs: Math.max(...samples) };
  }
  const t3 = await page.evaluate(() => performance.now());
  const perf = await page.evaluate(() => {
    window.__perf.stop = true;
    return window.__perf;
  });
  await page.close();
  let basins = null;
  if (process.env.BENCH_BASINS !== '0') {
    try {
      basins = await measureBasins(context, origin, log);
    } catch (err) {
      log(`basins: failed (${err instanceof Error ? err.message : String(err)})`);
    }
  }
  return {
    basins,
    K,
    dim,
    animation: {
      seconds: (t2 - t0) / 1000,
      sweeps,
      fps: framesAnimated / ((t2 - t0) / 1000),
      defaultSpeed: slice(perf, t0, t1),
      fastest: slice(perf, t1, t2),
    },
    dragging: slice(perf, t2, t3),
    latency,
  };
}

const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–');

export function formatStudio(s) {
  const verdict = (ok) => (ok ? 'ok' : '**over 50 ms**');
  const lt = (x) => `${x.count} (max ${f1(x.maxMs)} ms) ${verdict(x.maxMs <= 50)}`;
  return [
    `Studio, K = ${s.K.toLocaleString('en')} MNIST memories (N = ${s.dim}), built app in headless Chromium:`,
    '',
    '| measurement | value |',
    '|---|---:|',
    `| main-thread long tasks while animating, default speed (4 s) | ${lt(s.animation.defaultSpeed)} |`,
    `| main-thread long tasks while animating, as fast as possible (4 s) | ${lt(s.animation.fastest)} |`,
    `| animation frames per second / sweeps done | ${f1(s.animation.fps)} / ${f1(s.animation.sweeps)} |`,
    `| main-thread long tasks while changing n and β | ${lt(s.dragging)} |`,
    `| n changed → painted (median / max of ${s.latency.n.samples.length}) | ${f1(s.latency.n.medianMs)} / ${f1(s.latency.n.maxMs)} ms ${verdict(s.latency.n.maxMs <= 50)} |`,
    `| β changed → painted (median / max of ${s.latency.beta.samples.length}) | ${f1(s.latency.beta.medianMs)} / ${f1(s.latency.beta.maxMs)} ms ${verdict(s.latency.beta.maxMs <= 50)} |`,
    ...(s.basins ? ['', formatBasins(s.basins)] : []),
  ].join('\n');
}
