import { describe, expect, it } from 'vitest';
import { computeFields } from '../core/dynamics/binary-kernel';
import { syncStep } from '../core/dynamics/binary-update';
import { polyF } from '../core/dynamics/interaction';
import type { BinaryEnergy, ModelSpec, Patterns } from '../core/dynamics/types';
import { binarySyncStepBatch, isExactInFloat32 } from './binary-batch';
import { createRng } from '../core/util/random';
import { noisyProbes, randomSigns, row } from './fixtures';
import { tf } from './tf';

type BinarySpec = ModelSpec & { energy: BinaryEnergy };

/** |Δ_i| relative to its largest term, in float64 (how close neuron i is to a tie). */
function relativeDelta(
  spec: BinarySpec,
  memories: Patterns,
  state: ArrayLike<number>,
  i: number,
): number {
  const fields = computeFields(memories, state);
  const top = Math.max(...fields);
  let sum = 0;
  let largest = 0;
  for (let mu = 0; mu < memories.count; mu++) {
    const x = memories.data[mu * memories.dim + i];
    const a = fields[mu] - x * state[i];
    const g =
      spec.energy === 'exponential'
        ? Math.exp(spec.beta * (a - top))
        : polyF(spec.energy === 'rectified', spec.n, a + 1) -
          polyF(spec.energy === 'rectified', spec.n, a - 1);
    sum += x * g;
    largest = Math.max(largest, Math.abs(g));
  }
  return largest === 0 ? 0 : Math.abs(sum) / largest;
}

async function compare(
  spec: BinarySpec,
  seed: number,
  k: number,
  n: number,
  b: number,
  noise: number,
) {
  await tf.setBackend('cpu');
  const rng = createRng(seed);
  const memories = randomSigns(rng, k, n);
  const states = noisyProbes(rng, memories, b, noise);
  const before = tf.memory().numTensors;
  const out = await binarySyncStepBatch(spec, memories, states);
  expect(tf.memory().numTensors).toBe(before);
  let agree = 0;
  let identicalRows = 0;
  let worstMiss = 0;
  for (let i = 0; i < b; i++) {
    const ref = syncStep(spec, memories, row(states, i)).next;
    const got = row(out, i);
    let same = 0;
    for (let j = 0; j < n; j++) {
      if (got[j] === ref[j]) same++;
      else worstMiss = Math.max(worstMiss, relativeDelta(spec, memories, row(states, i), j));
    }
    agree += same;
    if (same === n) identicalRows++;
  }
  return { agreement: agree / (b * n), identicalRows, worstMiss };
}

describe('binarySyncStepBatch (tfjs-cpu) vs core syncStep', () => {
  const exactCases: [BinarySpec, number, number, number][] = [
    [{ energy: 'polynomial', n: 2, beta: 1 }, 10, 32, 0.3],
    [{ energy: 'polynomial', n: 3, beta: 1 }, 8, 48, 0.25],
    [{ energy: 'polynomial', n: 4, beta: 1 }, 3, 24, 0.3],
    [{ energy: 'rectified', n: 3, beta: 1 }, 8, 40, 0.3],
    [{ energy: 'rectified', n: 4, beta: 1 }, 4, 24, 0.4],
    [{ energy: 'polynomial', n: 2, beta: 1 }, 60, 64, 0.45],
  ];
  it.each(exactCases)('exact in float32: %o K=%i N=%i', async (spec, k, n, noise) => {
    expect(isExactInFloat32(spec, k, n)).toBe(true);
    const { agreement, identicalRows } = await compare(spec, k * 1000 + n, k, n, 12, noise);
    expect(agreement).toBe(1);
    expect(identicalRows).toBe(12);
  });

  const scaledCases: [BinarySpec, number, number, number][] = [
    [{ energy: 'polynomial', n: 3, beta: 1 }, 40, 200, 0.3],
    [{ energy: 'polynomial', n: 20, beta: 1 }, 50, 300, 0.3],
    [{ energy: 'polynomial', n: 60, beta: 1 }, 30, 400, 0.35],
    [{ energy: 'rectified', n: 10, beta: 1 }, 40, 256, 0.3],
    [{ energy: 'exponential', n: 2, beta: 0.1 }, 50, 200, 0.3],
    [{ energy: 'exponential', n: 2, beta: 5 }, 50, 200, 0.45],
  ];
  // Disagreements are allowed only at near-ties: neurons whose exact Δ is below 1e-5 of its
  // largest term (float32 resolves ~1e-7). Large-β exponentials near random states have many
  // such structural near-ties (equal exponents cancel exactly), hence the lower agreement there.
  it.each(scaledCases)(
    'scaled float32: %o K=%i N=%i, misses only at near-ties',
    async (spec, k, n, noise) => {
      const { agreement, worstMiss } = await compare(spec, k * 7 + n, k, n, 8, noise);
      expect(worstMiss).toBeLessThan(1e-5);
      expect(agreement).toBeGreaterThanOrEqual(
        spec.energy === 'exponential' && spec.beta > 1 ? 0.95 : 0.995,
      );
    },
  );

  it('rejects memories that are not ±1', async () => {
    const memories = { count: 1, dim: 2, data: new Float32Array([1, 0.5]) };
    const states = { count: 1, dim: 2, data: new Float32Array([1, 1]) };
    await expect(
      binarySyncStepBatch({ energy: 'polynomial', n: 2, beta: 1 }, memories, states),
    ).rejects.toThrow(/±1 memories/);
  });
});
