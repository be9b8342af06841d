/**
 * The paper's figures as set-ups (Hu, Wu & Liu 2024; models.md §7.4): the 2-D energy contours
 * after 1, 2 and 5 U-Hop+ iterations (2 or 4 memories), the 5-memory basins, Tammes M = 4 and
 * M = 6 on the sphere, and the MNIST metastable table at a size a browser handles (what is cut
 * is said in `cut`). A phone gets a coarser basin grid.
 */
import type { KernelSetup } from './slice';
import { DEFAULT_KERNEL_SETUP } from './slice';

export interface KernelPreset {
  id: string;
  label: string;
  /** One sentence on what the preset shows. */
  about: string;
  /** What the preset cuts against the paper's run, or null when nothing is cut. */
  cut: string | null;
  setup: Omit<KernelSetup, 'preset'>;
}

/** U-Hop+ iterations at which the 2-D contours are drawn (0: before training). */
export const CONTOUR_AT = [0, 1, 2, 5] as const;

const base = DEFAULT_KERNEL_SETUP;

const circle = (M: number, beta: number, optimiser: 'adam' | 'sgd'): KernelPreset['setup'] => ({
  ...base,
  memories: { source: 'circle', M, D: 2, sphere: true, seed: 3 },
  // The paper's feature map is torch's Linear, bias included: with W alone a 2-D map of the
  // circle lowers the smallest angle here (15.1° → 14.0° on basins-5), with b it opens it (→ 38.6°).
  uhop: { dPhi: 2, tau: 1, lr: 0.1, optimiser, iterations: 5, seed: 1, bias: true },
  khm: { beta, normaliser: 'softmax', iterations: 5 },
  basin: { R: 100, tol: 0.001, plane: 'identity', space: 'memory' },
  raw: 'identity',
});

const tammes = (M: number): KernelPreset['setup'] => ({
  ...base,
  memories: { source: 'gaussian', M, D: 10, sphere: true, seed: 1 },
  uhop: { dPhi: 3, tau: 0.1, lr: 0.05, optimiser: 'adam', iterations: 500, seed: 1, bias: false },
  khm: { beta: 8, normaliser: 'softmax', iterations: 5 },
  basin: { R: 48, tol: 0.001, plane: 'memories', space: 'memory' },
  raw: 'initial',
});

export const KERNEL_PRESETS: readonly KernelPreset[] = [
  {
    id: 'contours-2',
    label: 'Energy contours: 2 memories',
    about:
      'Two random unit memories in the plane, β = 1/0.9, SGD lr 0.1, τ = 1, Φ(x) = Wx + b: the energy after 0, 1, 2 and 5 U-Hop+ iterations.',
    cut: null,
    setup: circle(2, 1 / 0.9, 'sgd'),
  },
  {
    id: 'contours-4',
    label: 'Energy contours: 4 memories',
    about:
      'Four random unit memories in the plane, β = 1/0.05, SGD lr 0.1, τ = 1, Φ(x) = Wx + b: the energy after 0, 1, 2 and 5 U-Hop+ iterations.',
    cut: null,
    setup: circle(4, 1 / 0.05, 'sgd'),
  },
  {
    id: 'basins-5',
    label: '5-memory basins',
    about:
      'Five unit memories in the plane, β = 20, 5 retrieval iterations, Adam lr 0.1, τ = 1, Φ(x) = Wx + b, 5 U-Hop+ iterations, a 100 × 100 grid, converged within 0.001; switch the normaliser for 1.5-entmax and sparsemax.',
    cut: null,
    // The paper's Fig. 2 retrieves among the learned normalised features: feature space.
    setup: {
      ...circle(5, 20, 'adam'),
      basin: { R: 100, tol: 0.001, plane: 'identity', space: 'feature' },
    },
  },
  {
    id: 'tammes-4',
    label: 'Tammes M = 4',
    about:
      'Four Gaussian memories in R¹⁰ mapped to D_Φ = 3, τ = 0.1, Adam lr 0.05, 500 iterations: the best code is a regular tetrahedron, 109.47° apart.',
    cut: null,
    setup: tammes(4),
  },
  {
    id: 'tammes-6',
    label: 'Tammes M = 6',
    about:
      'Six Gaussian memories in R¹⁰ mapped to D_Φ = 3, τ = 0.1, Adam lr 0.05, 500 iterations: the best code is a regular octahedron, 90° apart.',
    cut: null,
    setup: tammes(6),
  },
  {
    id: 'mnist-metastable',
    label: 'MNIST metastable table',
    about:
      '1,000 training digits as memories, 500 test digits as queries, D_Φ = 200, β = 0.1, 5 iterations, threshold 0.01, softmax.',
    cut: 'The paper stores the whole training set (60,000 digits), queries the whole test set and trains Φ for one epoch in minibatches of 16 at lr 0.1; here 1,000 memories, 500 queries and 50 full-batch Adam steps at lr 0.1 (the room caps a training’s work).',
    setup: {
      ...base,
      memories: { source: 'mnist', M: 1000, D: 784, sphere: false, seed: 1 },
      uhop: {
        dPhi: 200,
        tau: 0.1,
        lr: 0.1,
        optimiser: 'adam',
        iterations: 50,
        seed: 1,
        bias: false,
      },
      khm: { beta: 0.1, normaliser: 'softmax', iterations: 5 },
      basin: { R: 40, tol: 0.001, plane: 'memories', space: 'memory' },
      metastable: { queries: 500, threshold: 0.01, maxK: 6, normalisers: ['softmax'] },
      raw: 'identity',
    },
  },
];

/** Cells per side on a phone (the 100 × 100 basin grid is cut to this). */
export const PHONE_CELLS = 60;

/** The preset's set-up, with a coarser basin grid on a phone. */
export function presetSetup(id: string, phone = false): KernelSetup | null {
  const p = KERNEL_PRESETS.find((q) => q.id === id);
  if (!p) return null;
  const R = phone ? Math.min(p.setup.basin.R, PHONE_CELLS) : p.setup.basin.R;
  return { ...p.setup, basin: { ...p.setup.basin, R }, preset: id };
}
