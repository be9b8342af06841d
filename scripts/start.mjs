#!/usr/bin/env node
/**
 * `npm start`: install what is missing, build, and serve the built app at http://localhost:4173/.
 */
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNodeDeps, run } from './ensure-deps.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = 4173;

ensureNodeDeps(root);
run(root, 'npm', ['run', 'build']);

console.log(`\n▶ serving the built app\n\n    Open http://localhost:${PORT}/ in your browser\n`);
// Run vite's own entry with this node (not through npx) so signals reach the server itself.
const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const server = spawn(process.execPath, [vite, 'preview', '--port', String(PORT), '--strictPort'], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
