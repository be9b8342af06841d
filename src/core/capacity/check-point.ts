/**
 * Set-ups that cannot run, refused with one sentence naming the field before any work starts:
 * an energy with the wrong criterion, MNIST without digits or beyond its digits, memory beyond
 * the budget, and a separation the generator cannot reach (probed with a small budget).
 */
import type { MnistSet } from '../data/mnist-format';
import { createPool, GIVE_UP, patternLength, trialSeed } from './pool';
import { GRAM_MAX } from './gram';
import type { PointSpec } from './types';

/** What one point may allocate at most (the scan's rows, the Gram matrix, the pool). */
export const MEMORY_BUDGET = 128 * 2 ** 20;
/** Patterns the separated generator must reach in the probe (or kCap, if smaller). */
export const PROBE_PATTERNS = 8;

export function pointBytes(spec: PointSpec, N: number): number {
  const K = spec.kCap;
  const rows = K * N * 8 + K * N; // float64 stability rows (or float32 memories) + the pool
  const gram = Math.min(K, GRAM_MAX) ** 2 * 4;
  return rows + gram;
}

const mb = (bytes: number) => `${Math.ceil(bytes / 2 ** 20)} MB`;

/** null when the point can run; else one sentence that starts with the field. */
export function checkPoint(spec: PointSpec, hasMnist: boolean, mnist?: MnistSet): string | null {
  const { data, model, criterion } = spec;
  if (model.energy === 'softmax' && criterion.kind !== 'softmax') {
    return 'criterion.kind: the softmax energy is continuous; measure it with the softmax criterion';
  }
  if (model.energy !== 'softmax' && criterion.kind === 'softmax') {
    return `criterion.kind: the softmax criterion needs the softmax energy (got ${model.energy})`;
  }
  if (data.kind === 'mnist') {
    if (!hasMnist || !mnist) return 'data.kind: the MNIST digits are not loaded';
    if (data.classes.length === 0) return 'data.classes: choose at least one digit class';
    const want = new Set(data.classes);
    let have = 0;
    for (let i = 0; i < mnist.count; i++) if (want.has(mnist.labels[i])) have++;
    if (spec.kCap > have) {
      return `kCap: ${spec.kCap} is more than the ${have} digits of class ${data.classes.join(', ')} (lower kCap)`;
    }
  }
  const N = patternLength(data, mnist);
  const bytes = pointBytes(spec, N);
  if (bytes > MEMORY_BUDGET) {
    return `kCap: ${spec.kCap} patterns of N = ${N} need about ${mb(bytes)}; at most ${mb(MEMORY_BUDGET)} (lower kCap or N)`;
  }
  if (data.kind === 'separated') {
    if (data.dH > N) return `data.dH: ${data.dH} is more than N = ${N}`;
    const want = Math.min(spec.kCap, PROBE_PATTERNS);
    const probe = createPool(data, trialSeed(spec.seed, 0), want, mnist);
    if (probe.grow(want) < want) {
      return (
        `data.dH: ${data.dH} is more than the generator reaches at N = ${N}: it kept ` +
        `${probe.count} patterns, then rejected ${GIVE_UP} candidates in a row ` +
        `(random patterns differ in about N/2 = ${Math.round(N / 2)} bits)`
      );
    }
  }
  return null;
}
