#!/usr/bin/env node
/**
 * The tfjs DrDAM engine against the float64 core in Node (issue 13), on demand — not part of the
 * test run: `node scripts/features-engine-bench.mjs`.
 *  - building T = Σφ(ξ) for K = 500, D = 100, Y = 2^15, SinCos (target in the worker ≤ 2 s);
 *  - one gradient step (Ẽ and ∇Ẽ) for D = 784, Y = 2^15, B = 1 (target ≤ 50 ms), and B = 64;
 *  - descend's time per step for B = 1 and 2 (20 steps, half clamped, a frame every 10, the final
 *    energies included), as the lab's MNIST inpainting runs it.
 * tfjs runs on the wasm backend (the fastest here, docs/platform.md). Median of RUNS timings after
 * one warm-up; the core's gradient is timed when core DrDam has energyAndGradient.
 * buildT's breakdown: drawMs (S drawn in JS), tfjsColdMs (a build that draws S), tfjsMs (a build
 * that finds S kept from the last draw, as the worker's repeated builds do), matMulMs and
 * readbackMs (one block's Z = X Sᵀ on the device and its dataSync), hostTrigMs (that block's
 * float64 cos/sin column sums), coreMs (createDrDam + add per memory).
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

/** One block of the trig build as buildTfT cuts it: its matMul, readback and host trig. */
function blockBreakdown(spec, mem, K) {
  const { Y, D } = spec;
  const { S } = pr.drawProjection(spec);
  const rows = Math.min(Y, Math.floor(2 ** 22 / D));
  const count = Math.min(K, Math.floor(2 ** 22 / rows));
  const sT = new Float32Array(D * rows);
  for (let y = 0; y < rows; y++) for (let i = 0; i < D; i++) sT[i * rows + y] = S[y * D + i];
  const st = tf.tensor2d(sT, [D, rows]);
  const x = tf.tensor2d(Float32Array.from(mem.subarray(0, count * D)), [count, D]);
  let z = null;
  const matMulMs = time(() => {
    z?.dispose();
    z = tf.matMul(x, st); // wasm kernels run eagerly: the product is done on return
  });
  const readbackMs = time(() => z.dataSync());
  const values = z.dataSync();
  const acc = new Float64Array(2 * rows);
  const r = Math.sqrt(spec.beta);
  const hostTrigMs = time(() => {
    for (let k = 0; k < count; k++)
      for (let y = 0; y < rows; y++) {
        const v = r * values[k * rows + y];
        acc[y] += Math.cos(v);
        acc[rows + y] += Math.sin(v);
      }
  });
  tf.dispose([z, st, x]);
  return { block: `${count}×${rows}`, matMulMs, readbackMs, hostTrigMs };
}

const [{ selectNodeBackend }, { buildTfT }, { createTfDrDam }, fm, dr, { createRng }, pr, { tf }] =
  await Promise.all(
    [
      '../src/engine/tf-node.ts',
      '../src/engine/features-batch.ts',
      '../src/engine/features-drdam.ts',
      '../src/core/features/feature-maps.ts',
      '../src/core/features/drdam.ts',
      '../src/core/util/random.ts',
      '../src/engine/features-projection.ts',
      '../src/engine/tf.ts',
    ].map(load),
  );
await selectNodeBackend('wasm');
const rng = createRng(1);
const out = { node: process.version, backend: 'wasm', runs: RUNS };

{
  const spec = { kind: 'sincos', Y: 2 ** 15, D: 100, beta: 10, seed: 1 };
  const K = 500;
  const mem = patterns(rng, K, spec.D);
  out.buildT = { K, D: spec.D, Y: spec.Y };
  out.buildT.drawMs = time(() => pr.drawProjection(spec, { fresh: true }));
  out.buildT.tfjsColdMs = time(() => {
    pr.forgetProjection();
    buildTfT(spec, mem, K);
  });
  out.buildT.tfjsMs = time(() => buildTfT(spec, mem, K));
  Object.assign(out.buildT, blockBreakdown(spec, mem, K));
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
  // Per step inside descend as the lab runs it: half the coordinates clamped, a frame every 10.
  const clamp = Uint8Array.from({ length: spec.D }, (_, i) => (i < spec.D / 2 ? 1 : 0));
  const x2 = patterns(rng, 2, spec.D);
  const opts = { alpha: 0.1, steps: 20, clamp, recordEvery: 10 };
  out.step.descendMsPerStepB1 = time(() => dam.descend(x1, 1, opts)) / opts.steps;
  out.step.descendMsPerStepB2 = time(() => dam.descend(x2, 2, opts)) / opts.steps;
  const core = dr.createDrDam(fm.createFeatureMap(spec));
  for (let k = 0; k < K; k++) core.add(mem.subarray(k * spec.D, (k + 1) * spec.D));
  if (typeof core.energyAndGradient === 'function')
    out.step.coreMsB1 = time(() => core.energyAndGradient(x1));
  else out.step.coreEnergyOnlyMsB1 = time(() => core.energy(x1));
  dam.dispose();
}

console.log(JSON.stringify(out));
