#!/usr/bin/env node
/**
 * Time of runHidden on the plain core in Node (issue 13): N = 784, K = 20 unit-norm memories,
 * 500 steps, frameEvery 10, model A (power n = 3), model B (β = 4) and model C (power n = 3),
 * dt = 0.05, τ_f = 1, τ_h = 0.1, h0 'zero'. One warm-up run, then the median of REPEATS runs.
 * Two runs where E rises time the dt search too: model B at dt = 2.5 (found at the first
 * halving) and model C (exp F, β = 4) with half the pixels clamped, where E rises at any dt and
 * the search runs until its work budget or its 8 halvings are spent.
 * `node scripts/hidden-core-bench.mjs`.
 */
import { tsImport } from 'tsx/esm/api';

const REPEATS = 5;
const load = (p) => tsImport(p, import.meta.url);
const { runHidden } = await load('../src/core/hidden/run.ts');
const { hiddenSpec, noisyStart, unitMemories } = await load('../src/core/hidden/fixtures.ts');

const N = 784;
const K = 20;
const mem = unitMemories(1, K, N);
const v0 = noisyStart(mem, 0, 0.8, 0.5, 2);
const input = { I: new Float64Array(N) };
const opts = { steps: 500, frameEvery: 10, h0: 'zero' };

const clamp = Uint8Array.from({ length: N }, (_, i) => (i < N / 2 ? 1 : 0));
for (const [over, inp] of [
  [{ model: 'A', F: 'power', n: 3 }, input],
  [{ model: 'B', beta: 4 }, input],
  [{ model: 'C', F: 'power', n: 3 }, input],
  [{ model: 'B', beta: 4, dt: 2.5 }, input],
  [
    { model: 'C', F: 'exp', beta: 4 },
    { ...input, clamp },
  ],
]) {
  const spec = hiddenSpec({ dt: 0.05, tauF: 1, tauH: 0.1, ...over });
  runHidden(spec, mem, v0, inp, opts);
  const times = [];
  let run;
  for (let r = 0; r < REPEATS; r++) {
    const t0 = performance.now();
    run = runHidden(spec, mem, v0, inp, opts);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const label =
    `${spec.model} ${spec.model === 'B' ? `β=${spec.beta}` : `${spec.F} n=${spec.n} β=${spec.beta}`}` +
    ` dt=${spec.dt}${inp.clamp ? ' clamped' : ''}`;
  console.log(
    `${label}: median ${times[REPEATS >> 1].toFixed(1)} ms (min ${times[0].toFixed(1)}, max ${times[REPEATS - 1].toFixed(1)}), ` +
      `${run.frames.length} frames, ${run.rises.length} rises, suggestedDt ${run.suggestedDt}`,
  );
}
