/**
 * The Krotov–Hopfield training lab's figures for `npm run bench` (issue 5):
 *  - time per training epoch (7,996 MNIST digits, K = 100, minibatch 100) for n = 2, 3, 20, 30
 *    through `dam train` — the same runner as the lab worker — on tfjs-wasm in Node and on the
 *    plain-TypeScript core (median of the epochs after the first);
 *  - the test error on the 2,004 held-out digits of every shipped run file in public/kh, recomputed
 *    here from its final memories with the core (not read from the file), next to the error the
 *    file's own history records, the contributor counts, and the command that produced the file.
 * BENCH_KH_EPOCHS (default 3) sets the timed epochs; BENCH_KH=0 skips all of it.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

function timeEpochs(root, n, engine, epochs) {
  const r = spawnSync(
    'npx',
    [
      'tsx',
      'src/cli/dam.ts',
      'train',
      '--n',
      String(n),
      '--epochs',
      String(epochs),
      '--engine',
      engine,
      // The CLI stops a run after 60 s by default; the core engine takes ~2 s an epoch.
      '--time-limit',
      '3600',
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  if (r.status !== 0) return { error: (r.stderr || r.stdout).trim().split('\n').at(-1) };
  const lines = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const ms = lines.slice(lines.length > 1 ? 1 : 0).map((l) => l.ms);
  return { medianMs: median(ms), runs: ms.length, last: lines.at(-1) };
}

export async function measureKh(root, log) {
  const epochs = Number(process.env.BENCH_KH_EPOCHS ?? 3);
  const timing = [];
  for (const n of [2, 3, 20, 30]) {
    for (const engine of ['wasm', 'core']) {
      log(`kh: n = ${n}, ${engine}, ${epochs} epochs …`);
      timing.push({ n, engine, ...timeEpochs(root, n, engine, epochs) });
    }
  }
  const core = await tsImport('./kh-bench-eval.ts', import.meta.url);
  const dir = join(root, 'public', 'kh');
  const files = readdirSync(dir).filter((f) => /^n\d+\.json$/.test(f));
  const shipped = [];
  for (const f of files) {
    const result = await core.evaluateRunFile(root, readFileSync(join(dir, f), 'utf8'));
    shipped.push({ file: `public/kh/${f}`, ...result });
  }
  shipped.sort((a, b) => a.n - b.n);
  return { epochs, timing, shipped };
}

const pct = (x) => (100 * x).toFixed(2) + '%';

export function formatKh({ epochs, timing, shipped }) {
  const lines = [
    '## Training lab (Krotov–Hopfield classifier, K = 100, minibatch 100, 7,996 training digits)',
    '',
    `Time per training epoch, median of epochs 2–${epochs} of \`dam train --n N --epochs ${epochs} --engine E\` (Node):`,
    '',
    '| n | tfjs-wasm | core (plain TS) | ratio wasm/core |',
    '|---:|---:|---:|---:|',
  ];
  for (const n of [...new Set(timing.map((t) => t.n))]) {
    const w = timing.find((t) => t.n === n && t.engine === 'wasm');
    const c = timing.find((t) => t.n === n && t.engine === 'core');
    const cell = (t) => (t?.error ? `failed: ${t.error}` : `${Math.round(t.medianMs)} ms`);
    const ratio = w?.medianMs && c?.medianMs ? (w.medianMs / c.medianMs).toFixed(2) : '–';
    lines.push(`| ${n} | ${cell(w)} | ${cell(c)} | ${ratio} |`);
  }
  lines.push(
    '',
    'Shipped runs (public/kh): test error on the 2,004 held-out digits recomputed from the final memories with the core; contributors = memories carrying 90% of the evidence for the winning label (median over the test digits), effective number = exp(entropy of the shares):',
    '',
    '| file | n | T | epochs | test error (recomputed) | test error (file history) | train error | contributors, median (mean) | effective number, median (mean) | largest share, mean | command |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  );
  for (const s of shipped) {
    if (s.error) {
      lines.push(`| ${s.file} | failed: ${s.error} |`);
      continue;
    }
    lines.push(
      `| ${s.file} | ${s.n} | ${s.T} | ${s.epoch} | ${pct(s.testError)} | ${pct(s.historyTestError)} | ${pct(s.trainError)} | ${s.contributors.median} (${s.contributors.mean.toFixed(1)}) | ${s.contributors.medianEffective.toFixed(1)} (${s.contributors.meanEffective.toFixed(1)}) | ${pct(s.contributors.meanTopShare)} | \`${s.command}\` |`,
    );
  }
  return lines.join('\n');
}
