/**
 * The training lab's sequential mode (issue 16; McAlister, Robins & Szymanski 2025, docs/models.md
 * §8.2–8.3): its set-up (shared in links), its presets, and the request the worker's
 * trainSequence gets. Each run is a power n and a method; every run trains the same tasks from
 * the same seed in lockstep.
 */
import { defaultTemperature, type KhOptions } from '../../../core/classifier/kh-model';
import type { SeqMethod, SeqRequest, TaskKind } from '../../../core/sequential/types';

export interface SeqLabRun {
  n: number;
  method: SeqMethod;
}

export interface SeqLabSetup {
  kind: TaskKind;
  tasks: number;
  perClass: number;
  /** Epochs per task. */
  epochs: number;
  K: number;
  seed: number;
  batchSize: number;
  /**
   * Loss power 2m and initial learning rate ε₀: short tasks need a gentler loss and larger steps
   * than the one-task lab's m = 30, ε₀ = 0.04 (with those, 100 digits a class and 5 epochs a
   * task stay at chance on every task; measured on the core, README "Sequential learning").
   */
  m: number;
  eps0: number;
  runs: SeqLabRun[];
  /** Rehearsal: examples kept from earlier tasks, and how they are chosen. */
  buffer: number;
  selection: 'balanced' | 'random';
  /** Pseudorehearsal: items the network makes before each new task, and their relaxation steps. */
  pseudoItems: number;
  pseudoSteps: number;
  /** EWC: penalty strength and the digits the Fisher is estimated on. */
  lambda: number;
  fisherSamples: number;
  /** The authors' normalised DAM: T is read in units of 1/794 (F((β/D) ξ·x), β = 1/T). */
  normalised: boolean;
  /** One temperature for every run when set (null: each n's default). */
  T: number | null;
}

export const SEQ_RANGES = {
  tasks: [2, 5],
  perClass: [5, 799],
  epochs: [1, 20],
  m: [1, 30],
  eps0: [0.001, 1],
  K: [10, 400],
  runs: [1, 4],
  buffer: [0, 4000],
  pseudoItems: [0, 2000],
  pseudoSteps: [0, 20],
  lambda: [0, 1e6],
  fisherSamples: [10, 2000],
} as const;

export const METHOD_NAMES: Record<SeqMethod, string> = {
  naive: 'naive fine-tuning',
  rehearsal: 'rehearsal',
  pseudo: 'pseudorehearsal',
  ewc: 'EWC',
};

export const DEFAULT_SEQ_SETUP: SeqLabSetup = {
  kind: 'class',
  tasks: 5,
  perClass: 100,
  epochs: 5,
  K: 100,
  seed: 1,
  batchSize: 10,
  m: 3,
  eps0: 0.2,
  runs: [
    { n: 3, method: 'naive' },
    { n: 20, method: 'naive' },
  ],
  buffer: 200,
  selection: 'balanced',
  pseudoItems: 200,
  pseudoSteps: 5,
  lambda: 1000,
  fisherSamples: 200,
  normalised: false,
  T: null,
};

export interface SeqPreset {
  id: string;
  label: string;
  note: string;
  setup: SeqLabSetup;
}

export const SEQ_PRESETS: readonly SeqPreset[] = [
  {
    id: 'naive-n',
    label: 'Naive, n = 3 and n = 20',
    note: 'Five tasks of two digits each, trained one after another with nothing kept: watch the first tasks’ accuracy collapse.',
    setup: DEFAULT_SEQ_SETUP,
  },
  {
    id: 'rehearsal',
    label: 'Naive against rehearsal (n = 20)',
    note: 'The same tasks; the second run keeps 200 digits from earlier tasks and trains on them again with each new task.',
    setup: {
      ...DEFAULT_SEQ_SETUP,
      runs: [
        { n: 20, method: 'naive' },
        { n: 20, method: 'rehearsal' },
      ],
    },
  },
  {
    id: 'methods',
    label: 'All four methods (n = 20)',
    note: 'Naive, rehearsal, pseudorehearsal and EWC side by side on the class-incremental tasks.',
    setup: {
      ...DEFAULT_SEQ_SETUP,
      runs: (['naive', 'rehearsal', 'pseudo', 'ewc'] as const).map((method) => ({ n: 20, method })),
    },
  },
  {
    id: 'permuted',
    label: 'Permuted pixels, n = 3 and n = 20',
    note: 'Five tasks with all ten digits, each with its pixels shuffled in its own seeded order.',
    setup: { ...DEFAULT_SEQ_SETUP, kind: 'permuted' },
  },
];

/** The temperature a run trains at, in the units of the set-up (normalised: ×1/794). */
export function runTemperature(s: SeqLabSetup, n: number): number {
  if (s.T !== null) return s.T;
  const T = defaultTemperature(n);
  return s.normalised ? Math.round((T / 794) * 1000) / 1000 : T;
}

export function seqRequest(s: SeqLabSetup): SeqRequest {
  return {
    tasks: { kind: s.kind, tasks: s.tasks, perClass: s.perClass, seed: s.seed },
    runs: s.runs.map((r, id) => {
      const T = runTemperature(s, r.n);
      const options: KhOptions = {
        n: r.n,
        K: s.K,
        seed: s.seed,
        batchSize: s.batchSize,
        m: s.m,
        eps0: s.eps0,
        Tin: T,
        Tf: T,
      };
      return {
        id,
        options,
        epochs: s.epochs,
        normalised: s.normalised,
        method: {
          method: r.method,
          buffer: s.buffer,
          selection: s.selection,
          pseudoItems: s.pseudoItems,
          pseudoSteps: s.pseudoSteps,
          lambda: s.lambda,
          fisherSamples: s.fisherSamples,
        },
      };
    }),
  };
}

export const runName = (r: SeqLabRun) => `n = ${r.n}, ${METHOD_NAMES[r.method]}`;
