/**
 * The prototype hand-off's part of window.__dam (?e2e=1 only): open a task given as plain arrays,
 * restore the bank it put aside, and read the bank's prototype record.
 */
import { useDamStore } from '../../store';
import type { Shell } from '../shell';
import { hasPreviousBank, openTaskInStudio, restorePreviousBank } from './prototype-task';

export interface PlainTask {
  side: number;
  examples: number[];
  K: number;
  exampleLabels: string[];
  prototypes: number[];
  prototypeLabels: string[];
  cue: number[];
  model?: { kind: 'polynomial' | 'rectified'; n: number };
}

export function prototypeTestApi(shell: Shell) {
  return {
    openTaskInStudio: (t: PlainTask) =>
      openTaskInStudio(shell, {
        ...t,
        examples: Int8Array.from(t.examples),
        prototypes: Int8Array.from(t.prototypes),
        cue: Int8Array.from(t.cue),
      }),
    restorePreviousBank: () => restorePreviousBank(shell),
    hasPreviousBank: () => hasPreviousBank(),
    /** The bank's prototype task (count, dim, labels), or null. */
    bankPrototypes() {
      const p = useDamStore.getState().bank.prototypes;
      return p ? { count: p.count, dim: p.dim, labels: [...p.labels] } : null;
    },
  };
}
