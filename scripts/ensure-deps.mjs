/**
 * Installs node dependencies when they are missing or older than the lockfile: `npm ci` with a
 * lockfile, `npm install` without one. Shared by start.mjs and test.mjs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Runs a command in `cwd`, inheriting stdio; exits the process with its code on failure. */
export function run(cwd, command, args, label = [command, ...args].join(' ')) {
  console.log(`\n▶ ${label}`);
  const res = spawnSync(command, args, {
    cwd,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (res.error) {
    console.error(`✗ ${label}: ${res.error.message}`);
    process.exit(1);
  }
  if (res.status !== 0) {
    console.error(`✗ ${label} failed (exit ${res.status ?? res.signal})`);
    process.exit(res.status || 1);
  }
}

export function ensureNodeDeps(root) {
  const modules = join(root, 'node_modules');
  const lock = join(root, 'package-lock.json');
  const marker = join(modules, '.package-lock.json');
  const hasLock = existsSync(lock);
  const installed = existsSync(modules) && existsSync(marker);
  const stale = installed && hasLock && statSync(marker).mtimeMs < statSync(lock).mtimeMs;
  if (installed && !stale) return;
  console.log(
    installed ? 'node_modules is older than package-lock.json' : 'node_modules is missing',
  );
  run(root, 'npm', hasLock ? ['ci'] : ['install']);
}
