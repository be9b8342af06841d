/**
 * Test helpers of the census: hand-built tasks and direct (slow, obvious) computations to check
 * the fast kernels against.
 */
import { centroidsOf } from './task';
import type { Network } from './network';
import type { Task } from './types';

/** A task from explicit rows: groups[k] is the group of example k (−1: a non-example). */
export function handTask(prototypes: number[][], examples: number[][], groups: number[]): Task {
  const N = prototypes[0].length;
  const side = Math.round(Math.sqrt(N));
  const P = prototypes.length;
  const K = examples.length;
  const ex = Int8Array.from(examples.flat());
  const groupOf = Int16Array.from(groups);
  return {
    side,
    N,
    P,
    examples: ex,
    K,
    groupOf,
    prototypes: Int8Array.from(prototypes.flat()),
    centroids: centroidsOf(ex, groupOf, K, P, N),
    labels: prototypes.map((_, g) => `P${g + 1}`),
  };
}

/** Energy of a network straight from its definition (float W, or Σ F over the memories). */
export function directEnergy(net: Network, s: ArrayLike<number>): number {
  const { N, K, xi } = net;
  if (net.kind === 'hebbian') {
    let e = 0;
    for (let i = 0; i < N; i++) {
      for (let j = 0; j < N; j++) {
        if (i === j) continue;
        let w = 0;
        for (let k = 0; k < K; k++) w += xi[k * N + i] * xi[k * N + j];
        e -= 0.5 * (w / N) * s[i] * s[j];
      }
    }
    return e;
  }
  let e = 0;
  for (let k = 0; k < K; k++) {
    let m = 0;
    for (let i = 0; i < N; i++) m += xi[k * N + i] * s[i];
    const x = m / N;
    e -= net.kind === 'rectified' && x <= 0 ? 0 : x ** net.n;
  }
  return e;
}

/** Unit energies from their definition: −σ_i (Wσ)_i, or −σ_i · ½[E(σ_i = −1) − E(σ_i = +1)]. */
export function directUnitEnergies(net: Network, s: Int8Array): Float64Array {
  const { N, K, xi } = net;
  const out = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    let h = 0;
    if (net.kind === 'hebbian') {
      for (let j = 0; j < N; j++) {
        if (j === i) continue;
        let w = 0;
        for (let k = 0; k < K; k++) w += xi[k * N + i] * xi[k * N + j];
        h += (w / N) * s[j];
      }
    } else {
      const up = Array.from(s);
      const down = Array.from(s);
      up[i] = 1;
      down[i] = -1;
      h = 0.5 * (directEnergy(net, down) - directEnergy(net, up));
    }
    out[i] = -s[i] * h;
  }
  return out;
}

/** N^n × energy (dense) or 2N × energy (hebbian), exactly, in BigInt. */
function exactEnergy(net: Network, s: ArrayLike<number>): bigint {
  const { N, K, xi } = net;
  let e = 0n;
  if (net.kind === 'hebbian') {
    for (let i = 0; i < N; i++) {
      for (let j = 0; j < N; j++) {
        if (i === j) continue;
        let w = 0;
        for (let k = 0; k < K; k++) w += xi[k * N + i] * xi[k * N + j];
        e -= BigInt(w * s[i] * s[j]);
      }
    }
    return e;
  }
  for (let k = 0; k < K; k++) {
    let m = 0;
    for (let i = 0; i < N; i++) m += xi[k * N + i] * s[i];
    if (net.kind !== 'rectified' || m > 0) e -= BigInt(m) ** BigInt(net.n);
  }
  return e;
}

/** Whether no single flip lowers the energy strictly (exact integer energies). */
export function directFixed(net: Network, s: Int8Array): boolean {
  const e0 = exactEnergy(net, s);
  for (let i = 0; i < net.N; i++) {
    const t = Array.from(s);
    t[i] = -t[i];
    if (exactEnergy(net, t) < e0) return false;
  }
  return true;
}
