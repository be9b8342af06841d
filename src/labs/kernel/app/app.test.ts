/**
 * The kernel lab's set-up: the presets (the default is Tammes M = 6; a phone gets a coarser
 * basin grid), the slice, the link codec (round trip, a tampered value names its field, an
 * unknown key is refused) and the set-up's problems and requests.
 */
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../schema/parse';
import { installLabSlices, useDamStore } from '../../../store';
import { kernelSchema, kernelToWire } from './codec';
import { KERNEL_PRESETS, PHONE_CELLS, presetSetup } from './presets';
import {
  basinProblem,
  basinRequest,
  contourIterations,
  contourProblem,
  metastableProblem,
  trainingSpec,
  trainProblem,
} from './setup';
import { createKernelSlice, DEFAULT_KERNEL_SETUP, type KernelSetup } from './slice';

installLabSlices([createKernelSlice]);

const parse = (w: unknown) =>
  parseInput(kernelSchema(), w, { maxDepth: 8, at: 'u' }) as KernelSetup;
const wireOf = (s: KernelSetup) => JSON.parse(JSON.stringify(kernelToWire(s)));

describe('kernel presets and slice', () => {
  it('starts on the Tammes M = 6 preset', () => {
    expect(presetSetup('tammes-6')).toEqual(DEFAULT_KERNEL_SETUP);
    expect(useDamStore.getState().kernel).toEqual(DEFAULT_KERNEL_SETUP);
    expect(presetSetup('nope')).toBeNull();
  });

  it('cuts the 100 × 100 basin grid on a phone only', () => {
    expect(presetSetup('basins-5')!.basin.R).toBe(100);
    expect(presetSetup('basins-5', true)!.basin.R).toBe(PHONE_CELLS);
    expect(presetSetup('tammes-4', true)!.basin.R).toBe(48);
  });

  it('sets the paper’s values', () => {
    const c2 = presetSetup('contours-2')!;
    expect([c2.memories.source, c2.memories.M, c2.khm.beta, c2.uhop.optimiser]).toEqual([
      'circle',
      2,
      1 / 0.9,
      'sgd',
    ]);
    expect(presetSetup('contours-4')!.khm.beta).toBeCloseTo(20);
    const b5 = presetSetup('basins-5')!;
    expect([b5.memories.M, b5.khm.beta, b5.khm.iterations, b5.uhop.tau, b5.basin.tol]).toEqual([
      5, 20, 5, 1, 0.001,
    ]);
    const m = presetSetup('mnist-metastable')!;
    expect([m.uhop.dPhi, m.khm.beta, m.metastable.threshold, m.memories.source]).toEqual([
      200,
      0.1,
      0.01,
      'mnist',
    ]);
    expect(KERNEL_PRESETS.find((p) => p.id === 'mnist-metastable')!.cut).toMatch(/60,000/);
  });

  it('writes the set-up, the job and the scrubber through the slice', () => {
    const s = useDamStore.getState();
    s.setKernel({ raw: 'identity' });
    s.setKernelJob('basins', { status: 'running', done: 3, total: 9 });
    s.setKernelScrub(7);
    const t = useDamStore.getState();
    expect(t.kernel.raw).toBe('identity');
    expect(t.kernelJobs.basins).toMatchObject({ status: 'running', done: 3, total: 9 });
    expect(t.kernelJobs.train.status).toBe('idle');
    expect(t.kernelScrub).toBe(7);
    s.setKernel(DEFAULT_KERNEL_SETUP);
  });
});

describe('kernel link codec', () => {
  it('round-trips every preset and the default', () => {
    for (const p of KERNEL_PRESETS)
      expect(parse(wireOf(presetSetup(p.id)!))).toEqual(presetSetup(p.id));
    const edited = { ...DEFAULT_KERNEL_SETUP, preset: null };
    expect(parse(wireOf(edited))).toEqual(edited);
    expect(wireOf(edited)).not.toHaveProperty('preset');
  });

  it('names the tampered field', () => {
    const w = wireOf(DEFAULT_KERNEL_SETUP);
    expect(() => parse({ ...w, uhop: { ...w.uhop, tau: -1 } })).toThrow(
      /u\.uhop\.tau: must be a number from 0\.01 to 2/,
    );
    expect(() => parse({ ...w, uhop: { ...w.uhop, iterations: 501 } })).toThrow(
      /u\.uhop\.iterations/,
    );
    expect(() => parse({ ...w, khm: { ...w.khm, normaliser: 'tanh' } })).toThrow(
      /u\.khm\.normaliser: must be one of softmax, entmax15, sparsemax/,
    );
    expect(() => parse({ ...w, basin: { ...w.basin, R: 1e9 } })).toThrow(/u\.basin\.R/);
    expect(() => parse({ ...w, memories: { ...w.memories, source: 'circle', M: 100 } })).toThrow(
      /u\.memories\.M: must fit the source/,
    );
    expect(() =>
      parse({ ...w, metastable: { ...w.metastable, normalisers: ['softmax', 'softmax'] } }),
    ).toThrow(/u\.metastable\.normalisers: must not name a normaliser twice/);
    expect(() => parse({ ...w, preset: 'moon' })).toThrow(/u\.preset/);
  });

  it('refuses an unknown key, at the top and inside', () => {
    const w = wireOf(DEFAULT_KERNEL_SETUP);
    expect(() => parse({ ...w, extra: 1 })).toThrow(/u\.extra: unknown key/);
    expect(() => parse({ ...w, uhop: { ...w.uhop, momentum: 0.9 } })).toThrow(
      /u\.uhop\.momentum: unknown key/,
    );
  });
});

describe('kernel set-up problems and requests', () => {
  const base = DEFAULT_KERNEL_SETUP;
  it('says why a job cannot run', () => {
    expect(trainProblem(base)).toBeNull();
    expect(
      trainProblem({ ...base, memories: { ...base.memories, source: 'circle', M: 20 } }),
    ).toMatch(/circle source takes 2 to 12/);
    expect(basinProblem(base)).toBeNull();
    expect(basinProblem({ ...base, basin: { ...base.basin, plane: 'identity' } })).toMatch(
      /2-D circle/,
    );
    expect(contourProblem(base)).toMatch(/2-D circle/);
    expect(contourProblem(presetSetup('contours-4')!)).toBeNull();
    expect(metastableProblem(base)).toMatch(/MNIST/);
    expect(metastableProblem(presetSetup('mnist-metastable')!)).toBeNull();
  });

  it('builds the room’s requests from the set-up', () => {
    const m = presetSetup('mnist-metastable')!;
    expect(trainingSpec(m).memories.D).toBe(784);
    expect(trainingSpec(presetSetup('basins-5')!).memories.D).toBe(2);
    expect(basinRequest(presetSetup('basins-5')!).plane).toEqual({ kind: 'identity', extent: 1.5 });
    expect(basinRequest(base).plane).toEqual({ kind: 'memories', a: 0, b: 1, c: 2 });
    expect(contourIterations(5)).toEqual([0, 1, 2, 5]);
    expect(contourIterations(3)).toEqual([0, 1, 2, 3]);
    expect(contourIterations(0)).toEqual([0]);
  });
});
