#!/usr/bin/env node
/**
 * The tfjs DrDAM engine against the float64 core in Node (issue 13), on demand — not part of the
 * test run: `node scripts/features-engine-bench.mjs`.
 *  - building T = Σφ(ξ) for K = 500, D = 100, Y = 2^15, SinCos (target in the worker ≤ 2 s);
 *  - one gradient step (Ẽ and ∇Ẽ) for D = 784, Y = 2^15, B = 1 (target ≤ 50 ms), and B = 64.
 * tfjs runs on the wasm backend (the fastest here, docs/platform.md). Median of RUNS timings after
 * one warm-up; the core's gradient is timed when core DrDam has energyAndGradient.
 */
import { tsImport } from 'tsx/esm/api';

const RUNS = Number(process.env.BENCH_FEATURES_RUNS ?? 5);
const load = (p) => tsImport(p, import.meta.url);

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
function time(fn, runs = RUNS) {
  fn();
  const ts = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

function patterns(rng, K, D) {
  const x = new Float64Array(K * D);
  for (let i = 0; i < x.length; i++) x[i] = rng.next() < 0.5 ? 0 : 1 / Math.sqrt(D);
  return x;
}

const [{ selectNodeBackend }, { buildTfT }, { createTfDrDam }, fm, dr, { createRng }] =
  await Promise.all(
    [
      '../src/engine/tf-node.ts',
      '../src/engine/features-batch.ts',
      '../src/engine/features-drdam.ts',
      '../src/core/features/feature-maps.ts',
      '../src/core/features/drdam.ts',
      '../src/core/util/random.ts',
    ].map(load),
  );
await selectNodeBackend('wasm');
const rng = createRng(1);
const out = { node: process.version, backend: 'wasm', runs: RUNS };

{
  const spec = { kind: 'sincos', Y: 2 ** 15, D: 100, beta: 10, seed: 1 };
  const K = 500;
  const mem = patterns(rng, K, spec.D);
  out.buildT = { K, D: spec.D, Y: spec.Y, tfjsMs: time(() => buildTfT(spec, mem, K)) };
  const coreBuild = () => {
    const dam = dr.createDrDam(fm.createFeatureMap(spec));
    for (let k = 0; k < K; k++) dam.add(mem.subarray(k * spec.D, (k + 1) * spec.D));
  };
  out.buildT.coreMs = time(coreBuild, 1);
}

{
  const spec = { kind: 'sincos', Y: 2 ** 15, D: 784, beta: 10, seed: 2 };
  const K = 10;
  const mem = patterns(rng, K, spec.D);
  const T = buildTfT(spec, mem, K);
  const dam = createTfDrDam(spec, T);
  const x1 = patterns(rng, 1, spec.D);
  const x64 = patterns(rng, 64, spec.D);
  out.step = {
    D: spec.D,
    Y: spec.Y,
    tfjsMsB1: time(() => dam.energyAndGradient(x1, 1)),
    tfjsMsB64: time(() => dam.energyAndGradient(x64, 64)),
  };
  const core = dr.createDrDam(fm.createFeatureMap(spec));
  for (let k = 0; k < K; k++) core.add(mem.subarray(k * spec.D, (k + 1) * spec.D));
  if (typeof core.energyAndGradient === 'function')
    out.step.coreMsB1 = time(() => core.energyAndGradient(x1));
  else out.step.coreEnergyOnlyMsB1 = time(() => core.energy(x1));
  dam.dispose();
}

console.log(JSON.stringify(out));
