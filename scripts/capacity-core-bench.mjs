#!/usr/bin/env node
/**
 * The capacity lab's figures on the plain core in Node, for `npm run bench` (issue 11, Targets).
 * Every point runs through measurePoint with coreGram, the lab's own code path without the worker:
 *  - the 'scaling' preset (K_max against N, criterion fixed, 20 trials, n = 2, 3 for N = 32…128,
 *    n = 4 for N = 32…64): its time, and the log–log slope of median K_max against N per n;
 *  - how far N reaches in a minute: n = 3, fixed, 20 trials, N doubling (32…128 are the scaling
 *    preset's own points) until a point is still running after BENCH_CAPACITY_REACH_S (60) s;
 *  - K_max at N = 100 for n = 2, 3, 4, criterion fixed ('curves' preset: 20, 20 and 5 trials, the
 *    n = 4 scan runs to K ≈ 4,000 and takes ~7 s a trial), beside eq. 6 of Krotov & Hopfield (2016);
 *  - the classical retrieval transition ('classical' preset: n = 2, N = 500), P(success) against
 *    α = K/N;
 *  - separated data ('separation' preset): log K_max against d_H for two ρ, with fitted slopes.
 * About 3 minutes. measureCapacityCore(log) → data, formatCapacityCore(data) → markdown; the
 * capacity lab in the browser (worker, long tasks) is measured by its own part of bench.mjs.
 * BENCH_CAPACITY_CORE=0 skips this in `npm run bench`; `node scripts/capacity-core-bench.mjs` runs
 * it alone (BENCH_CAPACITY_JSON=file also writes the data).
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const REACH_S = Number(process.env.BENCH_CAPACITY_REACH_S ?? 60);

async function loadCore() {
  const load = (p) => tsImport(p, import.meta.url);
  const mods = await Promise.all(
    ['measure', 'gram', 'presets', 'grid', 'fit', 'theory'].map((m) =>
      load(`../src/core/capacity/${m}.ts`),
    ),
  );
  return Object.assign({}, ...mods, await load('../src/schema/capacity.ts'));
}

/** One point through the lab's code path; `limitS` stops it at the core's next check. */
async function timed(c, spec, limitS = Infinity) {
  const end = performance.now() + limitS * 1000;
  const signal = {
    get aborted() {
      return performance.now() > end;
    },
  };
  const t0 = performance.now();
  try {
    const r = await c.measurePoint(spec, { gram: c.coreGram, signal });
    return { ms: performance.now() - t0, r };
  } catch (e) {
    if (e?.name === 'AbortError') return { ms: performance.now() - t0, r: null };
    throw e;
  }
}

/** Every point of a preset, in the lab's run order (cheapest first), timed. */
async function runPreset(c, id, log) {
  const preset = c.CAPACITY_PRESETS.find((p) => p.id === id);
  const points = c.runOrder(c.expandGrid(preset.grid));
  log(`capacity core: preset '${id}', ${points.length} points …`);
  const t0 = performance.now();
  const rows = [];
  for (const p of points)
    rows.push({ index: p.index, series: p.series, ...(await timed(c, p.spec)) });
  rows.sort((a, b) => a.index - b.index);
  return { preset, totalMs: performance.now() - t0, rows };
}

const fitLog = (c, xs, ys) => c.fitLine(xs, ys.map(Math.log));

export async function measureCapacityCore(log = () => undefined) {
  const c = await loadCore();
  const started = performance.now();
  // The scaling preset: its time, and the log–log slope of the median K_max against N per n.
  const scaling = await runPreset(c, 'scaling', log);
  const byN = (rows) => rows.map((x) => ({ N: x.r.spec.data.N, n: x.r.spec.model.n, ...x }));
  const sRows = byN(scaling.rows);
  const slopes = [...new Set(sRows.map((x) => x.n))].map((n) => {
    const mine = sRows.filter((x) => x.n === n);
    const f = fitLog(
      c,
      mine.map((x) => Math.log(x.N)),
      mine.map((x) => x.r.kMax.median),
    );
    return { n, Ns: mine.map((x) => x.N), slope: f.slope, r2: f.r2 };
  });
  // How far N reaches in a minute: n = 3, fixed, 20 trials (the scaling preset's n = 3 points
  // are exactly these up to N = 128), then N doubling until a point runs past REACH_S.
  const reach = sRows
    .filter((x) => x.n === 3 && [32, 64, 128].includes(x.N))
    .map((x) => ({ N: x.N, ms: x.ms, kMax: x.r.kMax, finished: true }));
  const n3 = sRows.find((x) => x.n === 3 && x.N === 128).r.spec;
  for (let N = 256; N <= c.CAPACITY_LIMITS.NMax; N *= 2) {
    // The last doubling's growth predicts this one; a point predicted past twice the limit is
    // not started (it would only burn the limit), and is reported as predicted.
    const [a, b] = reach.slice(-2);
    const predictedMs = (b.ms * b.ms) / a.ms;
    if (predictedMs > 2 * REACH_S * 1000) {
      reach.push({ N, ms: predictedMs, kMax: null, finished: false, predicted: true });
      break;
    }
    log(`capacity core: n = 3, N = ${N}, stopped after ${REACH_S} s …`);
    const { ms, r } = await timed(c, { ...n3, data: { ...n3.data, N } }, REACH_S);
    reach.push({ N, ms, kMax: r?.kMax ?? null, finished: r !== null, predicted: false });
    if (r === null) break;
  }
  // K_max at N = 100 for n = 2, 3, 4 against eq. 6 (the 'curves' preset: 20, 20 and 5 trials).
  const curves = await runPreset(c, 'curves', log);
  const atN100 = curves.rows.map((x) => ({
    n: x.r.spec.model.n,
    trials: x.r.spec.trials,
    kMax: x.r.kMax,
    k50: x.r.k50,
    censored: x.r.censored,
    eq6: c.theoryFor(x.r.spec.model, x.r.spec.criterion)[0]?.value(100) ?? null,
    ms: x.ms,
  }));
  // The classical retrieval transition at N = 500: P(success) against α = K/N.
  const classical = await runPreset(c, 'classical', log);
  const cl = classical.rows[0].r;
  const transition = {
    spec: cl.spec,
    kMax: cl.kMax,
    alphaMax: cl.kMax.median / cl.spec.data.N,
    alpha50: cl.k50 === null ? null : cl.k50 / cl.spec.data.N,
    curve: cl.curve
      .filter((p) => p.trials > 0 && p.K >= 16)
      .map((p) => ({ alpha: p.K / cl.spec.data.N, pSuccess: p.pSuccess, lo: p.lo, hi: p.hi })),
    ms: classical.totalMs,
  };
  // Separated data: log K_max against d_H per (n, ρ), with the fitted slope.
  const separation = await runPreset(c, 'separation', log);
  const sep = separation.rows.map((x) => ({
    series: x.series,
    n: x.r.spec.model.n,
    rho: x.r.spec.data.rho,
    dH: x.r.spec.data.dH,
    kMax: x.r.kMax,
    gaveUp: x.r.pool.gaveUp,
  }));
  const sepFits = [...new Set(sep.map((x) => `${x.n}|${x.rho}`))].map((key) => {
    const mine = sep.filter((x) => `${x.n}|${x.rho}` === key);
    const f = fitLog(
      c,
      mine.map((x) => x.dH),
      mine.map((x) => x.kMax.median),
    );
    return { n: mine[0].n, rho: mine[0].rho, slope: f.slope, r2: f.r2 };
  });
  return {
    node: process.version,
    totalMs: performance.now() - started,
    reachLimitS: REACH_S,
    scaling: {
      title: scaling.preset.title,
      totalMs: scaling.totalMs,
      rows: sRows.map((x) => ({ n: x.n, N: x.N, kMax: x.r.kMax, ms: x.ms })),
      slopes,
    },
    reach,
    atN100,
    transition,
    separation: {
      totalMs: separation.totalMs,
      spec: separation.rows[0].r.spec,
      rows: sep,
      fits: sepFits,
    },
  };
}

const s1 = (ms) => `${(ms / 1000).toFixed(1)} s`;
const q = (k) => (k ? `${k.median} [${k.q1}–${k.q3}]` : '–');
const f3 = (x) => (x === null || x === undefined ? '–' : Number(x.toPrecision(3)));

export function formatCapacityCore(d) {
  const lines = [
    `## Capacity lab: the plain core in Node (${d.node}), ${s1(d.totalMs)} in all`,
    '',
    `Every point through measurePoint with coreGram (the lab's code path, no worker). K_max: median [quartiles] over the trials.`,
    '',
    `**${d.scaling.title}** ('scaling' preset, criterion fixed, 20 trials): ${s1(d.scaling.totalMs)}.`,
    '',
    '| n | N | K_max | time |',
    '|---:|---:|---|---:|',
    ...d.scaling.rows.map((x) => `| ${x.n} | ${x.N} | ${q(x.kMax)} | ${s1(x.ms)} |`),
    '',
    'Log–log slope of median K_max against N (theory: n − 1): ' +
      d.scaling.slopes
        .map((x) => `n = ${x.n}: ${f3(x.slope)} (r² ${f3(x.r2)}, N = ${x.Ns[0]}…${x.Ns.at(-1)})`)
        .join('; ') +
      '.',
    '',
    `**How far N reaches in a minute** (n = 3, fixed, 20 trials; N doubling, a point stopped after ${d.reachLimitS} s): ` +
      d.reach
        .map(
          (x) =>
            `N = ${x.N}: ` +
            (x.finished
              ? `${s1(x.ms)}, K_max ${q(x.kMax)}`
              : x.predicted
                ? `not run, predicted ~${s1(x.ms)} from the last doubling`
                : `not done in ${s1(x.ms)}`),
        )
        .join('; ') +
      `. Largest N within ${d.reachLimitS} s: ${Math.max(...d.reach.filter((x) => x.finished && x.ms <= d.reachLimitS * 1000).map((x) => x.N))}.`,
    '',
    "**K_max at N = 100, criterion fixed** ('curves' preset) against eq. 6 of Krotov & Hopfield (2016), N^(n−1)/(2(2n−3)!! ln N):",
    '',
    '| n | trials | K_max | k50 | eq. 6 | K_max / eq. 6 | time |',
    '|---:|---:|---|---:|---:|---:|---:|',
    ...d.atN100.map(
      (x) =>
        `| ${x.n} | ${x.trials} | ${q(x.kMax)} | ${f3(x.k50)} | ${f3(x.eq6)} | ${f3(x.kMax.median / x.eq6)} | ${s1(x.ms)} |`,
    ),
    '',
    `**Classical retrieval at N = ${d.transition.spec.data.N}** ('classical' preset: n = 2, flip ${d.transition.spec.criterion.flip}, within ${d.transition.spec.criterion.hamming} bits for ≥ ${d.transition.spec.criterion.q} of the patterns, ${d.transition.spec.trials} trials, ${s1(d.transition.ms)}): ` +
      `K_max ${q(d.transition.kMax)}, α = K_max/N = ${f3(d.transition.alphaMax)}; P(success) = 0.5 at α = ${f3(d.transition.alpha50)} (AGS: 0.138).`,
    '',
    '| α = K/N | P(success) | 95% band |',
    '|---:|---:|---|',
    ...d.transition.curve.map(
      (p) => `| ${f3(p.alpha)} | ${f3(p.pSuccess)} | ${f3(p.lo)}–${f3(p.hi)} |`,
    ),
    '',
    `**Separated data** ('separation' preset, N = ${d.separation.spec.data.N}, ${d.separation.spec.data.base} base, block ${d.separation.spec.data.block}, ${d.separation.spec.trials} trials, ${s1(d.separation.totalMs)}): median K_max against d_H, and the fitted slope of ln K_max against d_H.`,
    '',
    `| n | ρ | ${[...new Set(d.separation.rows.map((x) => x.dH))].map((h) => `d_H ${h}`).join(' | ')} | slope of ln K_max | r² |`,
    `|---:|---:|${[...new Set(d.separation.rows.map((x) => x.dH))].map(() => '---:').join('|')}|---:|---:|`,
    ...d.separation.fits.map((f) => {
      const mine = d.separation.rows.filter((x) => x.n === f.n && x.rho === f.rho);
      const cells = mine.map((x) => `${x.kMax.median}${x.gaveUp ? '†' : ''}`);
      return `| ${f.n} | ${f.rho} | ${cells.join(' | ')} | ${f3(f.slope)} | ${f3(f.r2)} |`;
    }),
    '',
    '† the separated generator gave up before kCap in some trial.',
  ];
  return lines.join('\n');
}

// `node scripts/capacity-core-bench.mjs`: this part alone, printed (bench.mjs imports it instead).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const data = await measureCapacityCore((m) => console.log(`[bench] ${m}`));
  console.log('\n' + formatCapacityCore(data) + '\n');
  if (process.env.BENCH_CAPACITY_JSON) {
    writeFileSync(process.env.BENCH_CAPACITY_JSON, JSON.stringify(data, null, 2) + '\n');
  }
}
