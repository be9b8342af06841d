/**
 * The kernel lab's figures in the built app (headless Chromium, the lab's worker room), for
 * `npm run bench` (issue 14, Targets):
 *  - 500 U-Hop+ iterations for M = 100 MNIST memories, D_Φ = 200 (Adam lr 0.1, τ 0.1): the time in
 *    the worker and on the page, and the main-thread long tasks meanwhile (target ≤ 10 s);
 *  - the Tammes presets (M = 4, 6 in D_Φ = 3): the minimum angle before and after;
 *  - the 5-memory basin preset for each normaliser: the converged share before and after;
 *  - the MNIST metastable preset: the share of support-size-1 retrievals, raw and learned Φ.
 * measureKernelPage(context, origin, log) → data; formatKernelPage(data) → markdown.
 */

function observeLongTasks() {
  window.__kernelPerf = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__kernelPerf.push(e.duration);
  }).observe({ type: 'longtask', buffered: false });
}

const MNIST_100 = {
  memories: { source: 'mnist', M: 100, D: 784, sphere: false, seed: 1 },
  uhop: { dPhi: 200, tau: 0.1, lr: 0.1, optimiser: 'adam', iterations: 500, seed: 1, bias: false },
};

/** Runs one job through the page's hook and fails loudly unless it ends done. */
async function runJob(page, name, call) {
  await page.evaluate((c) => window.__dam[c](), call);
  const h = await page.evaluate(() => window.__dam.kernel());
  const job = h.jobs[name];
  if (job.status !== 'done') throw new Error(`${name}: ${job.status} ${job.error ?? ''}`);
  return { h, pageMs: job.elapsedMs };
}

export async function measureKernelPage(context, origin, log) {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[kernel] ${e.message}`));
  try {
    await page.goto(`${origin}/index.html?e2e=1#/kernel`);
    await page.waitForFunction(
      () =>
        document.querySelector('.app')?.getAttribute('data-ready') === 'true' &&
        typeof window.__dam?.kernelTrain === 'function',
      null,
      { timeout: 60_000 },
    );
    page.setDefaultTimeout(600_000);

    log('kernel (page): 500 U-Hop+ iterations, M = 100 MNIST, D_Φ = 200 …');
    await page.evaluate((s) => window.__dam.kernelSetSetup(s), MNIST_100);
    await page.evaluate(observeLongTasks);
    const m = await runJob(page, 'train', 'kernelTrain');
    const tasks = await page.evaluate(() => window.__kernelPerf);
    const mnist = {
      workerMs: m.h.train.ms,
      pageMs: m.pageMs,
      backend: m.h.train.backend,
      angle: [m.h.train.minAngleBefore, m.h.train.minAngleAfter],
      loss: [m.h.train.lossBefore, m.h.train.lossAfter],
      longTasks: { count: tasks.length, maxMs: Math.max(0, ...tasks) },
    };
    log(`kernel (page): ${(mnist.workerMs / 1000).toFixed(2)} s in the worker`);

    const tammes = [];
    for (const M of [4, 6]) {
      await page.evaluate((id) => window.__dam.kernelPreset(id), `tammes-${M}`);
      const t = (await runJob(page, 'train', 'kernelTrain')).h.train;
      tammes.push({ M, before: t.minAngleBefore, after: t.minAngleAfter, tammes: t.tammesDeg });
    }

    const basins = [];
    for (const normaliser of ['softmax', 'entmax15', 'sparsemax']) {
      await page.evaluate((id) => window.__dam.kernelPreset(id), 'basins-5');
      const setup = await page.evaluate(() => window.__dam.kernel().setup);
      await page.evaluate(
        (s) => window.__dam.kernelSetSetup({ khm: { ...s.khm, normaliser: s.normaliser } }),
        { khm: setup.khm, normaliser },
      );
      const { h, pageMs } = await runJob(page, 'basins', 'kernelBasins');
      basins.push({
        normaliser,
        R: h.basins.R,
        before: h.basins.before.converged,
        after: h.basins.after.converged,
        pageMs,
      });
      log(
        `kernel (page): basins ${normaliser} ${h.basins.before.converged} → ${h.basins.after.converged}`,
      );
    }

    log('kernel (page): the MNIST metastable preset …');
    await page.evaluate((id) => window.__dam.kernelPreset(id), 'mnist-metastable');
    const all = await page.evaluate(() => window.__dam.kernel().setup.metastable);
    await page.evaluate(
      (ms) =>
        window.__dam.kernelSetSetup({
          metastable: { ...ms, normalisers: ['softmax', 'entmax15', 'sparsemax'] },
        }),
      all,
    );
    const meta = await runJob(page, 'metastable', 'kernelMetastable');
    const metastable = {
      M: meta.h.metastable.M,
      queries: meta.h.metastable.queries,
      pageMs: meta.pageMs,
      rows: meta.h.metastable.rows.map((r) => ({
        normaliser: r.normaliser,
        phi: r.phi,
        single: r.histogram.single,
        counts: r.histogram.counts,
      })),
    };
    return { mnist, tammes, basins, metastable };
  } finally {
    await page.close();
  }
}

const f2 = (x) => (x === null || x === undefined ? '–' : x.toFixed(2));
const pct = (x) => `${(100 * x).toFixed(1)}%`;

export function formatKernelPage(d) {
  const m = d.mnist;
  return [
    'Kernel lab (U-Hop+) in the built app (headless Chromium, its worker room):',
    '',
    `500 iterations, M = 100 MNIST memories, D_Φ = 200 (Adam lr 0.1, τ 0.1): ` +
      `${(m.workerMs / 1000).toFixed(2)} s in the worker on ${m.backend}, ${(m.pageMs / 1000).toFixed(2)} s on the page ` +
      `${m.workerMs <= 10_000 ? '(target ≤ 10 s: met)' : '(**over the 10 s target**)'}; ` +
      `${m.longTasks.count} main-thread long tasks (longest ${m.longTasks.maxMs.toFixed(0)} ms). ` +
      `Minimum angle ${f2(m.angle[0])}° → ${f2(m.angle[1])}°, loss ${m.loss[0].toPrecision(4)} → ${m.loss[1].toPrecision(4)}.`,
    '',
    '| Tammes preset | min angle before | after 500 | optimum |',
    '|---:|---:|---:|---:|',
    ...d.tammes.map(
      (t) => `| M = ${t.M} | ${f2(t.before)}° | ${f2(t.after)}° | ${f2(t.tammes)}° |`,
    ),
    '',
    '| 5-memory basins | cells | converged before | after |',
    '|---|---:|---:|---:|',
    ...d.basins.map(
      (b) => `| ${b.normaliser} | ${b.R} × ${b.R} | ${pct(b.before)} | ${pct(b.after)} |`,
    ),
    '',
    `MNIST metastable preset (${d.metastable.M} memories, ${d.metastable.queries} test queries, ` +
      `${(d.metastable.pageMs / 1000).toFixed(1)} s on the page): share of support size 1`,
    '',
    '| normaliser | raw Φ | learned Φ |',
    '|---|---:|---:|',
    ...['softmax', 'entmax15', 'sparsemax'].map((n) => {
      const at = (phi) => d.metastable.rows.find((r) => r.normaliser === n && r.phi === phi);
      const raw = at('raw');
      const learned = at('learned');
      return `| ${n} | ${raw ? pct(raw.single) : '–'} | ${learned ? pct(learned.single) : '–'} |`;
    }),
  ].join('\n');
}
