/**
 * Opens a prototype task (models.md §8.1: P prototypes, noisy examples of each) in the studio: the
 * examples become the bank's memories and the prototypes ride along with the bank, so the studio
 * can name a final state "prototype". The user's own bank, cue and model are put aside first
 * (persisted with the set-up, never lost) and come back with restorePreviousBank. Opening a second
 * task while one is open keeps the first bank aside: the user's memories are the ones kept.
 */
import { GRID_MAX, GRID_MIN, type CueSpec } from '../../core/data/contracts';
import type { GreyImage } from '../../core/data/images';
import { LIMITS } from '../../core/dynamics/model-spec';
import { BANK_MAX, PROTOTYPES_MAX, type BankAside } from '../../store/bank-slice';
import { useDamStore } from '../../store';
import { LABEL_MAX } from '../persist/wire';
import type { Shell } from '../shell';
import { inlineItem } from './bank-items';

export interface PrototypeTaskHandoff {
  /** Image side, N = side * side. */
  side: number;
  /** K × N ±1 training states: they become the bank's memories. */
  examples: Int8Array;
  K: number;
  /** One label per memory (e.g. 'P3' or a digit). */
  exampleLabels: string[];
  /** P × N ±1. */
  prototypes: Int8Array;
  prototypeLabels: string[];
  /** N ±1, the state the studio starts from. */
  cue: Int8Array;
  /** Model to select; default polynomial n = 2 (≈ the Hebbian network). */
  model?: { kind: 'polynomial' | 'rectified'; n: number };
}

export type OpenTaskResult = { ok: true } | { ok: false; reason: string };

const STUDIO = 'studio';

const allSigns = (a: Int8Array) => a.every((x) => x === 1 || x === -1);

/** Why the studio cannot show the task, or null when it can. */
export function taskProblem(shell: Shell, task: PrototypeTaskHandoff): string | null {
  const { side, K } = task;
  if (!shell.lab(STUDIO)) return 'there is no studio in this app';
  if (!Number.isInteger(side) || side < GRID_MIN || side > GRID_MAX) {
    return `the studio shows ${GRID_MIN}×${GRID_MIN} to ${GRID_MAX}×${GRID_MAX} grids, and this task's images are ${side}×${side} (N = ${side * side})`;
  }
  const N = side * side;
  if (!Number.isInteger(K) || K < 1 || K > BANK_MAX) {
    return `the studio holds 1 to ${BANK_MAX} memories, and this task has ${K} examples`;
  }
  if (task.examples.length !== K * N)
    return `the examples hold ${task.examples.length} values, not ${K} × ${N}`;
  if (task.exampleLabels.length !== K)
    return `there are ${task.exampleLabels.length} labels for ${K} examples`;
  const P = task.prototypes.length / N;
  if (!Number.isInteger(P) || P < 1 || P > PROTOTYPES_MAX) {
    return `the prototypes hold ${task.prototypes.length} values: not 1 to ${PROTOTYPES_MAX} states of ${N}`;
  }
  if (task.prototypeLabels.length !== P)
    return `there are ${task.prototypeLabels.length} labels for ${P} prototypes`;
  if (task.cue.length !== N) return `the cue has ${task.cue.length} values, not ${N}`;
  if (!allSigns(task.examples) || !allSigns(task.prototypes) || !allSigns(task.cue)) {
    return 'the examples, prototypes and cue must be ±1 states';
  }
  const m = task.model;
  if (
    m &&
    (!['polynomial', 'rectified'].includes(m.kind) ||
      !Number.isInteger(m.n) ||
      m.n < LIMITS.nMin ||
      m.n > LIMITS.nMax)
  ) {
    return `the model must be polynomial or rectified with n from ${LIMITS.nMin} to ${LIMITS.nMax}`;
  }
  return null;
}

/** A ±1 state as a grey image: +1 is ink (255), −1 paper (0). */
function signImage(bits: Int8Array, side: number): GreyImage {
  return { width: side, height: side, pixels: Uint8Array.from(bits, (b) => (b > 0 ? 255 : 0)) };
}

const label = (s: string) => String(s).slice(0, LABEL_MAX);

export function openTaskInStudio(shell: Shell, task: PrototypeTaskHandoff): OpenTaskResult {
  const problem = taskProblem(shell, task);
  if (problem) return { ok: false, reason: `This task cannot open in the studio: ${problem}.` };
  const s = useDamStore.getState();
  const { side, K } = task;
  const N = side * side;
  if (!s.bankAside) {
    const aside: BankAside = {
      size: s.bank.size,
      items: s.bank.items,
      prototypes: s.bank.prototypes ?? null,
      cue: s.cue,
      model: { energy: s.params.energy, n: s.params.n, beta: s.params.beta },
    };
    s.setBankAside(aside);
  }
  const items = Array.from({ length: K }, (_, k) =>
    inlineItem(
      signImage(task.examples.subarray(k * N, (k + 1) * N), side),
      label(task.exampleLabels[k]),
    ),
  );
  const P = task.prototypes.length / N;
  s.replaceBank(side, items, {
    count: P,
    dim: N,
    labels: task.prototypeLabels.map(label),
    bits: Int8Array.from(task.prototypes),
  });
  s.resizeDrawing(side);
  s.setAutoPreprocess(false);
  s.commitDrawing(signImage(task.cue, side));
  const cue: Partial<CueSpec> = {
    start: { kind: 'drawing' },
    flipP: 0,
    occlude: null,
    clamp: null,
  };
  s.setCue(cue);
  const model = task.model ?? { kind: 'polynomial', n: 2 };
  s.setParams({ energy: model.kind, n: model.n });
  shell.navigate(STUDIO);
  s.notify(
    `Opened a prototype task: ${K} examples of ${P} prototypes on a ${side}×${side} grid. Your memories are kept aside until you restore them.`,
  );
  return { ok: true };
}

/** Whether a bank is held aside (a prototype task replaced it). */
export const hasPreviousBank = (): boolean => useDamStore.getState().bankAside !== null;

/** Puts back the bank, cue and model a prototype task replaced; false when none is held. */
export function restorePreviousBank(_shell: Shell): boolean {
  const s = useDamStore.getState();
  const aside = s.bankAside;
  if (!aside) return false;
  s.replaceBank(aside.size, aside.items, aside.prototypes);
  s.resizeDrawing(aside.size);
  s.setCue(aside.cue);
  s.setParams(aside.model);
  s.setBankAside(null);
  s.notify(`Restored your ${aside.items.length} memories.`);
  return true;
}
