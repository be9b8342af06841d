/**
 * The census's probes: where each relaxation starts. Probe k of a spec is a pure function of the
 * probe seed and k's place: random probes first, then example probes (cycling through the
 * examples, each with `noise` flips), then prototype probes (cycling through the generating
 * prototypes, with noise). One generator draws them all, in order.
 */
import type { Rng } from '../util/random';
import { noisyCopy, randomSigns } from './task';
import type { ProbeSpec, Task } from './types';

/** Source index of each kind (the columns of hitsBySource). */
export const SOURCE_RANDOM = 0;
export const SOURCE_EXAMPLE = 1;
export const SOURCE_PROTOTYPE = 2;

export const MAX_PROBES = 100_000;

export const probeTotal = (p: ProbeSpec): number => p.random + p.examples + p.prototypes;

/** The source of probe k. */
export function probeSource(p: ProbeSpec, k: number): number {
  if (k < p.random) return SOURCE_RANDOM;
  return k < p.random + p.examples ? SOURCE_EXAMPLE : SOURCE_PROTOTYPE;
}

/** Training states that belong to a group (the examples, before the non-examples). */
export function countExamples(task: Task): number {
  let n = 0;
  for (let k = 0; k < task.K; k++) if (task.groupOf[k] >= 0) n++;
  return n;
}

/** Draws probe k (in order, from `rng`) into `out` and returns its source. */
export type ProbeDrawer = (k: number, rng: Rng, out: Int8Array) => number;

export function probeDrawer(task: Task, p: ProbeSpec): ProbeDrawer {
  const { N, P, examples, prototypes } = task;
  const count = countExamples(task);
  return (k, rng, out) => {
    const source = probeSource(p, k);
    if (source === SOURCE_RANDOM) randomSigns(rng, out, 0, N);
    else if (source === SOURCE_EXAMPLE) {
      noisyCopy(rng, examples, ((k - p.random) % count) * N, out, 0, N, p.noise);
    } else {
      noisyCopy(rng, prototypes, ((k - p.random - p.examples) % P) * N, out, 0, N, p.noise);
    }
    return source;
  };
}
