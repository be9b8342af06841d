/**
 * The training lab's part of window.__dam (?e2e=1 only, loaded by dynamic import): the runs as
 * plain numbers (status, epochs, errors, kept epochs, what the grid shows and its statistics),
 * the worker and training status, the last generation / completion, and the set-up.
 */
import { useDamStore } from '../../store';
import { selectShownRuns, type LabSetup } from './app/slice';
import type { EvolveSummary } from './app/evolve';
import type { TrainRuntime } from './app/runtime';
import type { SeqLabSetup } from './app/seq-setup';
import type { Shell } from '../../shell/shell';

export interface LabRunHook {
  key: string;
  name: string;
  source: string;
  /** Shown now (the group shown; shipped: the pair or, with shippedAll, every one). */
  shown: boolean;
  status: string;
  error: string | null;
  n: number | null;
  K: number | null;
  epoch: number;
  target: number;
  fraction: number;
  testErrors: number[];
  /** Training time of each finished epoch in the worker, ms (the bench reads it). */
  epochMs: number[];
  saved: number[];
  /** The epoch the grid shows (null: nothing), and whether it is in-epoch progress. */
  shownEpoch: number | null;
  shownLive: boolean;
  /** Sum of |ξ| of what the grid shows (changes when the memories do). */
  shownSum: number | null;
  stats: { median: number; mean: number; medianEffective: number; count: number } | null;
}

export interface LabHook {
  worker: { status: string; backend: string | null; error: string | null };
  training: string;
  trainingError: string | null;
  group: string;
  shippedAll: boolean;
  scrub: number | null;
  setup: LabSetup;
  runs: LabRunHook[];
}

/** Σ|ξ| of a memories array, computed once per array (the bench polls the hook every frame). */
const sums = new WeakMap<Float32Array, number>();
function absSum(m: Float32Array): number {
  let s = sums.get(m);
  if (s === undefined) {
    s = 0;
    for (let i = 0; i < m.length; i++) s += Math.abs(m[i]);
    sums.set(m, s);
  }
  return s;
}

export const install = (runtime: () => TrainRuntime, _shell: Shell) => ({
  lab(): LabHook {
    const { lab, backend } = useDamStore.getState();
    const { shownMemories, statsFor } = runtime().snapshots;
    const shown = new Set(selectShownRuns(lab).map((r) => r.key));
    return {
      worker: {
        status: lab.worker.status,
        backend: lab.worker.status === 'ready' ? (backend.info?.name ?? null) : null,
        error: lab.worker.error ?? null,
      },
      training: lab.training,
      trainingError: lab.trainingError ?? null,
      group: lab.group,
      shippedAll: lab.shippedAll,
      scrub: lab.scrub,
      setup: lab.setup,
      runs: lab.runs.map((r) => {
        const onGrid = r.config ? shownMemories(r.key, lab.scrub) : null;
        const entry = onGrid ? statsFor(r.key, onGrid.epoch) : undefined;
        return {
          key: r.key,
          name: r.name,
          source: r.source,
          shown: shown.has(r.key),
          status: r.status,
          error: r.error ?? null,
          n: r.config?.n ?? null,
          K: r.config?.K ?? null,
          epoch: r.epoch,
          target: r.target,
          fraction: r.fraction,
          testErrors: r.history.map((h) => h.testError),
          epochMs: r.history.map((h) => h.ms),
          saved: [...r.saved],
          shownEpoch: onGrid?.epoch ?? null,
          shownLive: !!onGrid && onGrid.fraction > 0,
          shownSum: onGrid ? absSum(onGrid.memories) : null,
          stats:
            entry?.kind === 'ready'
              ? {
                  median: entry.stats.median,
                  mean: entry.stats.mean,
                  medianEffective: entry.stats.medianEffective,
                  count: entry.stats.count,
                }
              : null,
        };
      }),
    };
  },
  labEvolution(): EvolveSummary | null {
    const s = runtime().evolution.get();
    return s ? { ...s, labels: [...s.labels] } : null;
  },
  /** The sequential mode: status, per-run matrices, summaries and curve lengths. */
  seq() {
    const st = useDamStore.getState().seq;
    const r = runtime().seq.results.get();
    return {
      mode: st.mode,
      status: st.status,
      error: st.error ?? null,
      done: st.done,
      setup: st.setup,
      source: r.source,
      runs: r.runs.map((run) => ({
        name: run.name,
        matrix: run.matrix,
        epochs: run.curve.length,
        finalAccuracy: run.result?.finalAccuracy ?? null,
        forgetting: run.result?.forgetting ?? null,
        ms: run.result?.ms ?? null,
        memories: run.memories?.length ?? 0,
      })),
    };
  },
  seqSetSetup(patch: Partial<SeqLabSetup>): void {
    useDamStore.getState().setSeqSetup(patch);
  },
  seqMode(mode: 'single' | 'sequential'): void {
    useDamStore.getState().setSeq({ mode });
  },
  seqStart: () => runtime().seq.start(),
  seqPause: () => runtime().seq.pause(),
  seqResume: () => runtime().seq.resume(),
  setLabSetup(patch: Partial<LabSetup>): void {
    useDamStore.getState().setLabSetup(patch);
  },
});
