/**
 * Set-up edits as pure functions: a field of the task, the network or the probes changed, the
 * second task the classifiers are tested on (derived from the training task), and the probe
 * total. Every edit keeps the other fields; the schema (src/schema/census.ts) judges the result.
 */
import { MNIST_TASK } from '../../../core/census/presets';
import type { CensusSpec, RandomTaskSpec } from '../../../core/census/types';

export const TEST_CHOICES = ['split', 'P20', 'p20', 'E10', 'mnist'] as const;
export type TestChoice = (typeof TEST_CHOICES)[number];

export const TEST_LABELS: Record<TestChoice, string> = {
  split: 'a held-out 30% of this census',
  P20: 'the same task with P = 20',
  p20: 'the same task with p = 0.2',
  E10: 'the same task with E = 10',
  mnist: 'MNIST digits (14 × 14, the same network)',
};

/** The census the classifiers are tested on (null: a split of the training census). */
export function testSpec(train: CensusSpec, choice: TestChoice): CensusSpec | null {
  if (choice === 'split') return null;
  const seed = train.task.seed + 1000;
  const probes = { ...train.probes, seed: train.probes.seed + 1000 };
  if (choice === 'mnist')
    return {
      ...train,
      task: { ...MNIST_TASK, seed },
      probes,
    };
  const base: RandomTaskSpec =
    train.task.kind === 'random'
      ? train.task
      : { kind: 'random', side: 10, P: 10, E: 20, p: 0.1, nonExamples: 0, seed: train.task.seed };
  const change = choice === 'P20' ? { P: 20 } : choice === 'p20' ? { p: 0.2 } : { E: 10 };
  return { ...train, task: { ...base, ...change, seed }, probes };
}

/** Probes in all. */
export const probeTotal = (spec: CensusSpec): number =>
  spec.probes.random + spec.probes.examples + spec.probes.prototypes;

export const withTask = (spec: CensusSpec, patch: Partial<RandomTaskSpec>): CensusSpec => ({
  ...spec,
  task:
    spec.task.kind === 'random'
      ? { ...spec.task, ...patch }
      : { ...spec.task, ...(patch.E !== undefined ? { E: patch.E } : {}) },
});

/** A random task of the MNIST one's seed and size, or the MNIST one for a random task. */
export function switchTaskKind(spec: CensusSpec, kind: 'random' | 'mnist'): CensusSpec {
  if (spec.task.kind === kind) return spec;
  const { seed, E, nonExamples } = spec.task;
  return {
    ...spec,
    task:
      kind === 'mnist'
        ? { ...MNIST_TASK, E, nonExamples, seed }
        : { kind, side: 10, P: 10, E, p: 0.1, nonExamples, seed },
  };
}
