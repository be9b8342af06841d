#!/usr/bin/env node
/**
 * The kernel lab's figures in Node, for `npm run bench` (issue 14, Targets), on the room's own
 * code path (src/labs/kernel/worker/kernel-train.ts) without the worker:
 *  - the time of 500 U-Hop+ iterations for M = 100 MNIST memories, D_Φ = 200 (Adam lr 0.1, τ 0.1)
 *    on tfjs-wasm (what the lab's worker runs on CPUs; target in the worker ≤ 10 s) and, over
 *    BENCH_KERNEL_CORE_ITERS iterations (default 50, scaled to 500), in the core's float64 loop;
 *  - the minimum angle after 500 iterations against the Tammes optimum for M = 4 and 6 in D_Φ = 3.
 * measureKernel(log) → data, formatKernel(data) → markdown. BENCH_KERNEL=0 skips it in
 * `npm run bench`; `node scripts/kernel-bench.mjs` runs it alone. The lab page's own figures
 * (the worker in Chromium) are in kernel-page-bench.mjs.
 */
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const CORE_ITERS = Number(process.env.BENCH_KERNEL_CORE_ITERS ?? 50);

async function load() {
  const at = (p) => tsImport(p, import.meta.url);
  const [train, memories, tfNode, mnist] = await Promise.all([
    at('../src/labs/kernel/worker/kernel-train.ts'),
    at('../src/labs/kernel/worker/kernel-memories.ts'),
    at('../src/engine/tf-node.ts'),
    at('../src/cli/mnist-file.ts'),
  ]);
  return { ...train, ...memories, ...tfNode, ...mnist };
}

const uhop = (dPhi, iterations, lr = 0.1) => ({
  dPhi,
  tau: 0.1,
  lr,
  optimiser: 'adam',
  iterations,
  seed: 1,
  bias: false,
});

export async function measureKernel(log = () => undefined) {
  const k = await load();
  await k.selectNodeBackend('wasm');
  const set = await k.loadMnistFile();
  const mnistSpec = { source: 'mnist', M: 100, D: 784, sphere: false, seed: 1 };
  const mem = k.kernelMemories(mnistSpec, set);
  log('kernel: 500 U-Hop+ iterations, M = 100 MNIST memories, D_Φ = 200, tfjs-wasm …');
  const wasm = await k.runKernelTraining({ memories: mnistSpec, uhop: uhop(200, 500) }, mem);
  log(`kernel: ${CORE_ITERS} iterations of the same in the core …`);
  const core = await k.runKernelTraining(
    { memories: mnistSpec, uhop: uhop(200, CORE_ITERS) },
    mem,
    {
      engine: 'core',
    },
  );
  const at = (t, i) => t.result.history[i];
  const tammes = [];
  for (const M of [4, 6]) {
    const spec = {
      memories: { source: 'gaussian', M, D: 10, sphere: true, seed: 1 },
      uhop: uhop(3, 500, 0.05), // the Tammes presets' Adam lr
    };
    const t = await k.runKernelTraining(spec, k.kernelMemories(spec.memories));
    const h = t.result.history;
    tammes.push({
      M,
      before: h[0].minAngleDeg,
      after: h[500].minAngleDeg,
      tammes: t.result.tammesDeg,
    });
  }
  return {
    node: process.version,
    wasmMs: wasm.result.ms,
    wasmBackend: wasm.result.backend,
    coreMs: core.result.ms,
    coreIters: CORE_ITERS,
    mnistAngle: { before: at(wasm, 0).minAngleDeg, after: at(wasm, 500).minAngleDeg },
    mnistLoss: { before: at(wasm, 0).loss, after: at(wasm, 500).loss },
    tammes,
  };
}

const f2 = (x) => (x === null ? '–' : x.toFixed(2));

export function formatKernel(d) {
  const core500 = (d.coreMs * 500) / d.coreIters;
  return [
    `## Kernel lab (U-Hop+): Node ${d.node}`,
    '',
    `500 iterations, M = 100 MNIST memories, D_Φ = 200 (Adam lr 0.1, τ 0.1): ` +
      `${(d.wasmMs / 1000).toFixed(2)} s on tfjs-${d.wasmBackend} (target in the worker ≤ 10 s); ` +
      `the core's float64 loop ${(d.coreMs / 1000).toFixed(2)} s for ${d.coreIters} iterations ` +
      `(≈ ${(core500 / 1000).toFixed(1)} s for 500). Minimum angle ${f2(d.mnistAngle.before)}° → ` +
      `${f2(d.mnistAngle.after)}°, loss ${d.mnistLoss.before.toPrecision(4)} → ${d.mnistLoss.after.toPrecision(4)}.`,
    '',
    '| M (D = 10 → D_Φ = 3) | min angle before | after 500 | Tammes |',
    '|---:|---:|---:|---:|',
    ...d.tammes.map((t) => `| ${t.M} | ${f2(t.before)}° | ${f2(t.after)}° | ${f2(t.tammes)}° |`),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const data = await measureKernel((m) => console.log(`[bench] ${m}`));
  console.log('\n' + formatKernel(data) + '\n');
}
