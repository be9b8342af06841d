#!/usr/bin/env node
/**
 * Small files, one concept each: fails when a tracked source file (TypeScript, JavaScript, CSS
 * under src/, workers/, e2e/, scripts/) is over MAX_LINES lines, and names each one.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MAX_LINES = 400;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => /^(src|workers|e2e|scripts)\/.*\.(ts|tsx|mjs|js|css)$/.test(f));
const long = [];
for (const f of files) {
  let text;
  try {
    text = readFileSync(join(root, f), 'utf8');
  } catch {
    continue; // deleted in the work tree
  }
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (lines > MAX_LINES) long.push(`${f}: ${lines} lines`);
}
if (long.length) {
  console.error(`✗ files over ${MAX_LINES} lines (split them by concept):\n  ${long.join('\n  ')}`);
  process.exit(1);
}
console.log(`✓ ${files.length} source files, none over ${MAX_LINES} lines`);
