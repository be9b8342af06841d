/**
 * The state census: seeded probes relax to fixed points; the distinct stable states are
 * catalogued (a hash map on packed bits) with their hits per source, energy, stability ratio and
 * class. Work runs in chunks of CHUNK probes with the hooks' progress, pause and cancel between.
 *
 * Streams: the task from its own seed (task.ts); the probes from subSeed(probe seed, 1) and the
 * relaxation orders from subSeed(probe seed, 2), each drawn in probe order, so one spec gives one
 * result (all but `ms`).
 */
import type { MnistSet } from '../data/mnist-format';
import { throwIfAborted } from '../util/abort';
import { createRng } from '../util/random';
import { subSeed } from '../util/sub-seed';
import { packBits, packedKey, wordsFor } from './bits';
import { summarise } from './census-stats';
import { createClassifier } from './classify';
import { buildNetwork, type Network } from './network';
import { probeDrawer, probeTotal, MAX_PROBES } from './probes';
import { stabilityRatio, stateEnergy, unitEnergies } from './profile';
import { relax, relaxScratch } from './relax';
import { buildTask } from './task';
import {
  STATE_CLASSES,
  type CensusHooks,
  type CensusResult,
  type CensusSpec,
  type Task,
} from './types';

export { MAX_PROBES };
export const MAX_STATES = 20_000;
/** Probes between two progress reports / pauses / cancel checks. */
export const CHUNK = 500;

/** The task and network of a spec (the lab rebuilds them for a result it holds). */
export function rebuild(spec: CensusSpec, mnist?: MnistSet): { task: Task; net: Network } {
  const task = buildTask(spec.task, mnist);
  return { task, net: buildNetwork(task, spec.network) };
}

interface Found {
  bits: Int8Array;
  first: number;
  hits: number;
  bySource: [number, number, number];
}

export async function runCensus(
  spec: CensusSpec,
  hooks: CensusHooks = {},
  mnist?: MnistSet,
  /** The spec's task and network when the caller keeps them (rebuild(spec, mnist)). */
  built?: { task: Task; net: Network },
): Promise<CensusResult> {
  const t0 = Date.now();
  const total = probeTotal(spec.probes);
  if (!(total >= 1 && total <= MAX_PROBES)) {
    throw new Error(`probes: ${total} probes; a census takes 1 to ${MAX_PROBES}`);
  }
  throwIfAborted(hooks.signal);
  const { task, net } = built ?? rebuild(spec, mnist);
  const { N } = task;
  const draw = probeDrawer(task, spec.probes);
  const probeRng = createRng(subSeed(spec.probes.seed, 1));
  const orderRng = createRng(subSeed(spec.probes.seed, 2));
  const scratch = relaxScratch(net);
  const state = new Int8Array(N);
  const packed = new Uint32Array(wordsFor(N));
  const index = new Map<string, number>();
  const found: Found[] = [];
  let unconverged = 0;
  let uncatalogued = 0;
  let sweepSum = 0;
  for (let start = 0; start < total; start += CHUNK) {
    const end = Math.min(total, start + CHUNK);
    for (let k = start; k < end; k++) {
      const source = draw(k, probeRng, state);
      const r = relax(net, state, orderRng, scratch);
      if (!r.converged) {
        unconverged++;
        continue;
      }
      sweepSum += r.sweeps;
      const key = packedKey(packBits(state, N, 0, packed));
      let at = index.get(key);
      if (at === undefined) {
        if (found.length >= MAX_STATES) {
          uncatalogued++;
          continue;
        }
        at = found.length;
        index.set(key, at);
        found.push({ bits: state.slice(), first: k, hits: 0, bySource: [0, 0, 0] });
      }
      found[at].hits++;
      found[at].bySource[source]++;
    }
    hooks.onProgress?.(end, total);
    if (end < total) {
      await hooks.pause?.();
      throwIfAborted(hooks.signal);
    }
  }
  found.sort((a, b) => b.hits - a.hits || a.first - b.first);
  const S = found.length;
  const bits = new Int8Array(S * N);
  const hits = new Int32Array(S);
  const hitsBySource = new Int32Array(S * 3);
  const energy = new Float64Array(S);
  const sr = new Float64Array(S);
  const cls = new Uint8Array(S);
  const classify = createClassifier(task);
  const e = new Float64Array(N);
  const details = found.map((f, s) => {
    bits.set(f.bits, s * N);
    hits[s] = f.hits;
    hitsBySource.set(f.bySource, s * 3);
    energy[s] = stateEnergy(net, f.bits);
    sr[s] = stabilityRatio(unitEnergies(net, f.bits, e));
    const d = classify(f.bits);
    cls[s] = STATE_CLASSES.indexOf(d.cls);
    return d;
  });
  const converged = total - unconverged;
  const { byClass, srAuc, srAucRest } = summarise(cls, hits, sr, energy);
  return {
    spec,
    N,
    side: task.side,
    states: S,
    bits,
    cls,
    hits,
    hitsBySource,
    energy,
    sr,
    details,
    probes: {
      total,
      random: spec.probes.random,
      examples: spec.probes.examples,
      prototypes: spec.probes.prototypes,
      unconverged,
      uncatalogued,
      meanSweeps: converged > 0 ? sweepSum / converged : 0,
    },
    byClass,
    srAuc,
    srAucRest,
    ms: Date.now() - t0,
  };
}
