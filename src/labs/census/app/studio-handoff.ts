/**
 * What the studio gets when a state of the census opens there: the task's training states as
 * the memories (labelled by their group), its prototypes, the state as the cue and the model
 * nearest the census's network (Hebbian: the polynomial energy with n = 2, the same dynamics up
 * to the diagonal term).
 */
import type { CensusResult, Task } from '../../../core/census/types';
import type { PrototypeTaskHandoff } from '../../../shell/bank/prototype-task';

export function handoffOf(
  census: Omit<CensusResult, 'details'>,
  task: Task,
  index: number,
): PrototypeTaskHandoff {
  const { N } = census;
  const net = census.spec.network;
  return {
    side: task.side,
    examples: task.examples,
    K: task.K,
    exampleLabels: Array.from(task.groupOf, (g) => (g < 0 ? 'non-example' : task.labels[g])),
    prototypes: task.prototypes,
    prototypeLabels: task.labels,
    cue: census.bits.slice(index * N, (index + 1) * N),
    model:
      net.kind === 'hebbian'
        ? { kind: 'polynomial', n: 2 }
        : { kind: net.kind === 'rectified' ? 'rectified' : 'polynomial', n: net.n },
  };
}
