/**
 * Basin-map bench cases (issue 4, item 5): a 128×128 map with K = 10 MNIST memories (the first
 * image of each digit, grey·2 − 1 in [−1, 1], N = 784) on the plane through memories 0, 1 and 2,
 * at most 20 updates per probe, timed end to end through the worker's runner (plane, Gram
 * matrix, every pass, and the setTimeout(0) yields between slices included).
 *  - softmax β = 0.05: on each tfjs backend (batched states) and on the plain core (Gram form);
 *  - polynomial n = 20, asynchronous sequential sweeps: the core (exact per-neuron dynamics).
 * Plus a 64² softmax map with K = 256 (the first 256 images), where the two engines meet.
 * The MNIST asset is handed in by the host (provideMnist): fetched in the browser, read in Node.
 */
import { createBasinJob } from '../core/basins/basin-map';
import type { BasinRequest } from '../core/basins/basin-types';
import {
  digitGrey,
  indicesOfClass,
  parseMnistAsset,
  type MnistSet,
} from '../core/data/mnist-format';
import type { ModelSpec, Patterns } from '../core/dynamics/types';
import { runBasinJob } from '../labs/basins/worker/basin-runner';
import { releaseMemoryTensor } from '../labs/basins/worker/basin-tfjs';
import type { BenchCase } from './cases';

let mnist: MnistSet | null = null;

export function provideMnist(asset: ArrayBuffer): void {
  mnist = parseMnistAsset(asset);
}

/** K = 10: the first image of each digit; larger K: the first K images of the asset. */
function memoriesOf(K: number): Patterns {
  const set = mnist;
  if (!set) throw new Error('MNIST asset not provided (provideMnist): run `npm run data`');
  const N = set.rows * set.cols;
  const data = new Float32Array(K * N);
  for (let k = 0; k < K; k++) {
    const grey = digitGrey(set, K === 10 ? indicesOfClass(set, k)[0] : k);
    for (let i = 0; i < N; i++) data[k * N + i] = grey[i] * 2 - 1;
  }
  return { count: K, dim: N, data };
}

function mapCase(
  id: string,
  label: string,
  spec: ModelSpec,
  engines: BenchCase['engines'],
  K = 10,
  resolution = 128,
): BenchCase {
  return {
    id,
    label,
    engines,
    maxReps: 5,
    // A whole map on software WebGPU or tfjs-cpu takes 10 s to minutes (measured: ×140–×1300
    // the core); they are left out of the default run to keep `npm run bench` in a few minutes.
    skipTargets: ['webgpu', 'cpu'],
    prepare(engine) {
      const memories = memoriesOf(K);
      const req: BasinRequest = {
        spec,
        plane: { kind: 'memories', a: 0, b: 1, c: 2 },
        resolution,
        maxSteps: 20,
        mode: 'async',
        order: 'sequential',
        seed: 1,
      };
      return {
        async run() {
          const job = createBasinJob(req, memories);
          return runBasinJob(job, memories, { engine, signal: { aborted: false } });
        },
        dispose: () => releaseMemoryTensor(memories),
      };
    },
  };
}

export const BASIN_CASES: readonly BenchCase[] = [
  mapCase(
    'basin-softmax-128',
    'basin map 128², softmax β=0.05, K=10 MNIST N=784, ≤20 updates',
    { energy: 'softmax', n: 2, beta: 0.05 },
    ['tfjs', 'core'],
  ),
  mapCase(
    'basin-poly20-128',
    'basin map 128², polynomial n=20 async, K=10 MNIST N=784, ≤20 sweeps',
    { energy: 'polynomial', n: 20, beta: 1 },
    ['core'],
  ),
  // Where the Gram path (O(K²) per update) meets the batched tfjs path (O(KN)).
  mapCase(
    'basin-softmax-k256-64',
    'basin map 64², softmax β=0.05, K=256 MNIST N=784, ≤20 updates',
    { energy: 'softmax', n: 2, beta: 0.05 },
    ['tfjs', 'core'],
    256,
    64,
  ),
];
