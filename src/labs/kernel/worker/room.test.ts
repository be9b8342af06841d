/**
 * The kernel room through the worker's real host (tfjs-cpu in Node): a training with a report per
 * iteration, kept by set-up for the basin map, the contours and the metastable table (on small
 * stand-in digits); a held training that continues exactly on resume; a cancel, also while held;
 * bad requests refused naming the field, and the digits missing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MnistSet } from '../../../core/data/mnist-format';
import { isAbortError } from '../../../core/util/abort';
import { createRng } from '../../../core/util/random';
import { tf } from '../../../engine/tf';
import { createTestHost } from '../../../test-utils/test-host';
import type { KernelRoomApi, KernelTrainingSpec, KernelTrainProgress } from './api';
import { TF_WORK_MIN } from './kernel-train';
import room from './room';

/** 30 stand-in digits per class on a 28 × 28 grid: a bar per class with seeded ink around it. */
function digits(per = 30): MnistSet {
  const rng = createRng(5);
  const count = 10 * per;
  const N = 784;
  const pixels = new Uint8Array(count * N);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    labels[i] = i % 10;
    for (let p = 0; p < N; p++)
      pixels[i * N + p] = (p * 7 + (i % 10) * 5) % 10 < 3 ? 200 + rng.int(56) : rng.int(60);
  }
  return { count, rows: 28, cols: 28, labels, pixels };
}

const uhop = {
  dPhi: 3,
  tau: 0.5,
  lr: 0.1,
  optimiser: 'adam',
  iterations: 20,
  seed: 2,
  bias: false,
};
const toy: KernelTrainingSpec = {
  memories: { source: 'circle', M: 5, D: 2, sphere: true, seed: 4 },
  uhop: { ...uhop, optimiser: 'adam' },
};
/** Large enough for the tfjs path (M·D·D_Φ ≥ TF_WORK_MIN). */
const big: KernelTrainingSpec = {
  memories: { source: 'gaussian', M: 16, D: 32, sphere: true, seed: 1 },
  uhop: { ...toy.uhop, dPhi: 32, iterations: 30 },
};
const mnist: KernelTrainingSpec = {
  memories: { source: 'mnist', M: 20, D: 784, sphere: false, seed: 1 },
  uhop: { ...toy.uhop, dPhi: 16, iterations: 5, tau: 0.1 },
};

function open(withDigits = true) {
  const t = createTestHost([room]);
  if (withDigits) void t.host.setMnist(digits());
  return { ...t, r: t.room<KernelRoomApi>('kernel') };
}
const sink = () => undefined;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('kernel room', () => {
  it('trains with a report per iteration, keeps it, and draws basins and contours on it', async () => {
    const { r } = open();
    const seen: KernelTrainProgress[] = [];
    const a = await r.kernelTrain(toy, (p) => seen.push(p));
    expect(seen.map((p) => p.done)).toEqual(Array.from({ length: 21 }, (_, k) => k));
    expect(seen.every((p) => p.total === 20 && p.points.length === 15)).toBe(true);
    expect(a.backend).toBe('core');
    expect(a.history).toHaveLength(21);
    expect(a.history[20].loss).toBeLessThan(a.history[0].loss);
    expect(a.similarityBefore).toHaveLength(25);
    expect(a.tammesDeg).not.toBeNull();
    expect(a.boundsDeg!.lower).toBeLessThan(a.boundsDeg!.upper);
    const again = await r.kernelTrain(toy, sink);
    expect(again).toBe(a); // kept, not trained again

    const progress: number[] = [];
    const basins = await r.kernelBasins(
      {
        training: toy,
        plane: { kind: 'identity', extent: 1.5 },
        R: 16,
        khm: { beta: 20, normaliser: 'softmax', iterations: 5 },
        tol: 1e-3,
        raw: 'identity',
      },
      (d) => progress.push(d),
    );
    expect(progress.at(-1)).toBe(32);
    for (const side of [basins.before, basins.after]) {
      expect(side.labels).toHaveLength(256);
      expect(side.share).toHaveLength(5);
      expect(side.converged).toBeGreaterThanOrEqual(0);
      expect(side.converged).toBeLessThanOrEqual(1);
    }
    expect(basins.marks).toHaveLength(5);

    const c = await r.kernelContours({
      training: toy,
      at: [0, 1, 2, 5],
      extent: 1.5,
      R: 12,
      beta: 1.1,
    });
    expect(c.grids.map((g) => g.iteration)).toEqual([0, 1, 2, 5]);
    expect(c.grids.every((g) => g.energy.length === 144 && g.energy.every(Number.isFinite))).toBe(
      true,
    );
    expect(Array.from(c.grids[0].energy)).not.toEqual(Array.from(c.grids[3].energy));
  });

  it('builds the metastable table on MNIST digits with the raw and the learned Φ', async () => {
    const { r } = open();
    const t = await r.kernelTrain(mnist, sink);
    expect(t.memories.labels!.slice(0, 12)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1]);
    expect(t.memories.D).toBe(784);
    const progress: number[] = [];
    const table = await r.kernelMetastable(
      {
        training: mnist,
        queries: 30,
        khm: { beta: 0.1, iterations: 3 },
        normalisers: ['softmax', 'sparsemax'],
        threshold: 0.01,
        maxK: 5,
        raw: 'identity',
      },
      (d) => progress.push(d),
    );
    expect(progress.at(-1)).toBe(12);
    expect(table.rows.map((row) => `${row.normaliser}/${row.phi}`)).toEqual([
      'softmax/raw',
      'softmax/learned',
      'sparsemax/raw',
      'sparsemax/learned',
    ]);
    for (const row of table.rows) {
      expect(row.histogram.queries).toBe(30);
      expect(row.histogram.counts.reduce((s, x) => s + x, 0)).toBe(30);
    }
    expect(table.M).toBe(20);
    const plane = await r.kernelBasins(
      {
        training: mnist,
        plane: { kind: 'memories', a: 0, b: 1, c: 2 },
        R: 8,
        khm: { beta: 0.1, iterations: 3, normaliser: 'softmax' },
        tol: 1e-3,
        raw: 'initial',
      },
      sink,
    );
    expect(plane.before.labels).toHaveLength(64);
    expect(plane.marks).toHaveLength(20);
  });

  /** Small enough for the core's loop, which must hold on a pause as the tfjs one does. */
  const small: KernelTrainingSpec = { ...big, uhop: { ...big.uhop, dPhi: 3 } };
  it.each([
    ['tfjs', big, 'cpu'],
    ['the core', small, 'core'],
  ] as const)(
    'holds a training on %s on pause and continues it exactly on resume',
    async (_, spec, backend) => {
      const work = spec.memories.M * spec.memories.D * spec.uhop.dPhi;
      expect(work >= TF_WORK_MIN).toBe(backend !== 'core');
      const straight = await open().r.kernelTrain(spec, sink);
      expect(straight.backend).toBe(backend);
      const { r } = open();
      let last = -1;
      let paused = false;
      const run = r.kernelTrain(spec, (p) => {
        last = p.done;
        if (p.done === 5 && !paused) {
          paused = true;
          void r.kernelPause();
        }
      });
      await new Promise((go) => setTimeout(go, 150));
      expect(last).toBe(5); // held after its current iteration
      await r.kernelResume();
      const held = await run;
      expect(last).toBe(30);
      expect(held.history.map((s) => s.loss)).toEqual(straight.history.map((s) => s.loss));
      // The final map, through what the page gets of it: the learned features' similarities.
      expect(Array.from(held.similarityAfter)).toEqual(Array.from(straight.similarityAfter));
    },
  );

  it('a basin map asked for during the training waits for it instead of training again', async () => {
    const { r } = open();
    let reports = 0;
    const train = r.kernelTrain(big, () => void reports++);
    const basins = r.kernelBasins(
      {
        training: big,
        plane: { kind: 'memories', a: 0, b: 1, c: 2 },
        R: 8,
        khm: { beta: 5, normaliser: 'softmax', iterations: 2 },
        tol: 1e-3,
        raw: 'initial',
      },
      sink,
    );
    const [t, b] = await Promise.all([train, basins]);
    expect(reports).toBe(31);
    expect(b.after.labels).toHaveLength(64);
    expect(await r.kernelTrain(big, sink)).toBe(t);
  });

  it('stops on a cancel, also while held', async () => {
    const t = open();
    const running = t.r.kernelTrain(big, (p) => p.done === 3 && void t.host.abort(id));
    const id = t.lastId();
    expect(isAbortError(await running.catch((e: unknown) => e))).toBe(true);
    const heldRun = t.r.kernelTrain({ ...big, uhop: { ...big.uhop, seed: 9 } }, (p) => {
      if (p.done === 2) void t.r.kernelPause();
    });
    const heldId = t.lastId();
    await new Promise((go) => setTimeout(go, 50));
    await t.host.abort(heldId);
    expect(isAbortError(await heldRun.catch((e: unknown) => e))).toBe(true);
  });

  it('refuses bad requests naming the field, and says when the digits are missing', async () => {
    const { r } = open(false);
    const bad = { ...toy, uhop: { ...toy.uhop, dPhi: 1 } };
    await expect(r.kernelTrain(bad, sink)).rejects.toThrow(/^uhop\.dPhi: must be a whole number/);
    const extra = { ...toy, memories: { ...toy.memories, colour: 'red' } };
    await expect(r.kernelTrain(extra as KernelTrainingSpec, sink)).rejects.toThrow(
      /^memories\.colour: unknown key/,
    );
    await expect(
      r.kernelContours({ training: toy, at: [21], extent: 1, R: 8, beta: 1 }),
    ).rejects.toThrow(/^at\[0\]: the training runs 20 iterations/);
    await expect(r.kernelTrain(mnist, sink)).rejects.toThrow(/MNIST digits have not reached/);
  });
});
