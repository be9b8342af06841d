/**
 * The census lab's presets and defaults: the paper's regime (N = 100, P = 10 and 20, E = 20,
 * p = 0.1), dense energies for comparison across n, and MNIST digits.
 */
import type { CensusSpec, MnistTaskSpec, PhaseSpec } from './types';

export const DEFAULT_CENSUS: CensusSpec = {
  task: { kind: 'random', side: 10, P: 10, E: 20, p: 0.1, nonExamples: 0, seed: 1 },
  network: { kind: 'hebbian', n: 2 },
  probes: { random: 10000, examples: 0, prototypes: 200, noise: 0.1, seed: 1 },
};

/** Digits 0–9 at 14 × 14, 20 of each: the MNIST task of the preset and of the classifiers' tests. */
export const MNIST_TASK: MnistTaskSpec = {
  kind: 'mnist',
  side: 14,
  digits: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  E: 20,
  nonExamples: 0,
  seed: 1,
};

export interface CensusPreset {
  id: string;
  label: string;
  description: string;
  spec: CensusSpec;
}

const withTask = (task: Partial<CensusSpec['task']>): CensusSpec['task'] =>
  ({ ...DEFAULT_CENSUS.task, ...task }) as CensusSpec['task'];

export const CENSUS_PRESETS: CensusPreset[] = [
  {
    id: 'default',
    label: 'Hebbian, P = 10',
    description: 'N = 100, 10 prototypes, 20 examples each at p = 0.1: the paper’s smaller task.',
    spec: DEFAULT_CENSUS,
  },
  {
    id: 'p20',
    label: 'Hebbian, P = 20',
    description: 'Twice the prototypes (400 examples on 100 units): more spurious states.',
    spec: { ...DEFAULT_CENSUS, task: withTask({ P: 20 }) },
  },
  {
    id: 'poly3',
    label: 'Polynomial n = 3',
    description: 'The default task on the dense energy −Σ (ξ·σ)³ with the examples as memories.',
    spec: { ...DEFAULT_CENSUS, network: { kind: 'polynomial', n: 3 } },
  },
  {
    id: 'poly20',
    label: 'Polynomial n = 20',
    description: 'A steep dense energy: the examples themselves become the attractors.',
    spec: { ...DEFAULT_CENSUS, network: { kind: 'polynomial', n: 20 } },
  },
  {
    id: 'mnist',
    label: 'MNIST digits, rectified n = 20',
    description:
      'Digits 0–9 at 14 × 14, 20 of each; the prototype is the sign of each class’s mean. On the Hebbian network the digits’ shared background pulls every probe into two states, so this preset uses a steep dense energy.',
    spec: {
      ...DEFAULT_CENSUS,
      network: { kind: 'rectified', n: 20 },
      task: MNIST_TASK,
    },
  },
];

export const DEFAULT_PHASE: PhaseSpec = {
  side: 10,
  P: 10,
  Es: [1, 2, 3, 5, 8, 12, 20, 30],
  ps: [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3],
  trials: 10,
  network: { kind: 'hebbian', n: 2 },
  seed: 1,
};
