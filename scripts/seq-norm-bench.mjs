#!/usr/bin/env node
/**
 * The normalised DAM's claim (docs/models.md §8.3: with F((β/D) ξ·x) the good (lr, T) region
 * hardly moves with n), checked on the sequential mode's recipe: for n = 3 and n = 20, a sweep of
 * the normalised T (T·794 is the classifier's), each a naive class-incremental run of 5 tasks
 * (40 digits a class, K = 40, 5 epochs a task, minibatch 10, m = 3, ε₀ = 0.2) through
 * `dam train --tasks … --normalised` on the core; reported: how well each task is learned (the
 * mean of the accuracy matrix's diagonal). ~1 minute. BENCH_SEQ=0 skips it with seq-bench.mjs;
 * `node scripts/seq-norm-bench.mjs` runs it alone.
 */
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const TS = [0.05, 0.126, 0.3, 0.68, 1.5];
const NS = [3, 20];

export function measureSeqNorm(root, log = () => undefined) {
  const rows = [];
  for (const n of NS) {
    for (const T of TS) {
      log(`seq-norm: n = ${n}, normalised T = ${T} …`);
      const r = spawnSync(
        'npx',
        [
          ...['tsx', 'src/cli/dam.ts', 'train', '--tasks', 'class:5', '--per-class', '40'],
          ...['--K', '40', '--epochs', '5', '--batch', '10', '--m', '3', '--eps0', '0.2'],
          ...['--normalised', '--T', String(T), '--n', String(n), '--method', 'naive'],
          ...['--engine', 'core', '--seed', '1', '--time-limit', '600'],
        ],
        { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 },
      );
      if (r.status !== 0) {
        rows.push({ n, T, error: (r.stderr || r.stdout).trim().split('\n').at(-1) });
        continue;
      }
      const m = JSON.parse(r.stdout).results[0].matrix;
      rows.push({ n, T, learned: m.reduce((s, row, i) => s + row[i], 0) / m.length });
    }
  }
  return { rows };
}

export function formatSeqNorm({ rows }) {
  const cell = (n, T) => {
    const r = rows.find((x) => x.n === n && x.T === T);
    return r?.error ? 'failed' : `${(100 * r.learned).toFixed(1)} %`;
  };
  return [
    '### Normalised DAM: does the good T move with n? (mean accuracy on each task just after it is trained)',
    '',
    `| normalised T | ${NS.map((n) => `n = ${n}`).join(' | ')} |`,
    `|---:|${NS.map(() => '---:').join('|')}|`,
    ...TS.map((T) => `| ${T} | ${NS.map((n) => cell(n, T)).join(' | ')} |`),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const data = measureSeqNorm(root, (m) => console.log(`[bench] ${m}`));
  console.log('\n' + formatSeqNorm(data) + '\n');
}
