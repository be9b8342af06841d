/**
 * The phase map (issue 12, §5): P(a generating prototype is a fixed point) over (E, p). Each cell
 * runs `trials` seeded random tasks without non-examples; trial t's task seed is
 * subSeed(seed, t) in every cell, so the trials share their prototypes across cells. Fixed means
 * relax would not move it (field.ts: no flip lowers the energy strictly).
 */
import { throwIfAborted } from '../util/abort';
import { subSeed } from '../util/sub-seed';
import { buildNetwork } from './network';
import { isFixedPoint } from './profile';
import { buildTask } from './task';
import { prototypeStableTheory } from './theory';
import type { CensusHooks, PhaseCell, PhaseResult, PhaseSpec, Task } from './types';

/**
 * Whether prototype g is a Hebbian fixed point, from the examples without building W (O(K·N)):
 * (Cσ)_i = Σ_k x^k_i (x^k·σ) − K σ_i.
 */
export function hebbianPrototypeFixed(task: Task, g: number, overlaps: Int32Array): boolean {
  const { N, K, examples, prototypes } = task;
  const base = g * N;
  for (let k = 0; k < K; k++) {
    let s = 0;
    for (let i = 0; i < N; i++) s += examples[k * N + i] * prototypes[base + i];
    overlaps[k] = s;
  }
  for (let i = 0; i < N; i++) {
    let h = -K * prototypes[base + i];
    for (let k = 0; k < K; k++) h += examples[k * N + i] * overlaps[k];
    if (h * prototypes[base + i] < 0) return false;
  }
  return true;
}

function stableCount(task: Task, spec: PhaseSpec): number {
  const { N, P } = task;
  let stable = 0;
  if (spec.network.kind === 'hebbian') {
    const overlaps = new Int32Array(task.K);
    for (let g = 0; g < P; g++) if (hebbianPrototypeFixed(task, g, overlaps)) stable++;
    return stable;
  }
  const net = buildNetwork(task, spec.network);
  for (let g = 0; g < P; g++) {
    if (isFixedPoint(net, task.prototypes.subarray(g * N, (g + 1) * N))) stable++;
  }
  return stable;
}

export async function runPhaseMap(spec: PhaseSpec, hooks: CensusHooks = {}): Promise<PhaseResult> {
  const t0 = Date.now();
  const { side, P, Es, ps, trials } = spec;
  const N = side * side;
  const total = Es.length * ps.length * trials;
  const cells: PhaseCell[] = [];
  let done = 0;
  let last = Date.now();
  for (const E of Es) {
    for (const p of ps) {
      let stable = 0;
      for (let t = 0; t < trials; t++) {
        const task = buildTask({
          kind: 'random',
          side,
          P,
          E,
          p,
          nonExamples: 0,
          seed: subSeed(spec.seed, t),
        });
        stable += stableCount(task, spec);
        done++;
        if (Date.now() - last > 20) {
          hooks.onProgress?.(done, total);
          await hooks.pause?.();
          throwIfAborted(hooks.signal);
          last = Date.now();
        }
      }
      const theory = spec.network.kind === 'hebbian' ? prototypeStableTheory(N, P, E, p) : null;
      cells.push({ E, p, stable, total: P * trials, theory });
    }
  }
  hooks.onProgress?.(total, total);
  return { spec, cells, ms: Date.now() - t0 };
}
