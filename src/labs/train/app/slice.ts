/**
 * The training lab (Krotov–Hopfield 2016 classifiers, docs/models.md §2.5–2.7): the run set-up
 * (shared in links), the runs shown (shipped files and live training) with their per-epoch
 * history, the training and worker status, the scrubbed epoch and the run used for drawing.
 *
 * Only small, plain data lives here. The memories (K × 794 floats per snapshot) and contributor
 * statistics stay in the lab's snapshots cache (snapshots.ts).
 */
import type { StateCreator } from 'zustand';
import type { DamState } from '../../../store';
import { KH_LIMITS, type KhConfig } from '../../../core/classifier/kh-model';
import type { KhEpochRecord } from '../../../core/classifier/kh-snapshot';

/** What "Train live" starts: one run per n, all with the same K, seed, data and recipe. */
export interface LabSetup {
  /** Power n of each run (2 … 4 runs). */
  ns: number[];
  /** Temperature override of each run (null: defaultTemperature(n)); same length as ns. */
  temps: (number | null)[];
  K: number;
  seed: number;
  epochs: number;
  batchSize: number;
  /** Training digits (0: the whole 80% training split). */
  subset: number;
}

export const LAB_RUNS_MIN = 2;
export const LAB_RUNS_MAX = 4;
/** The training split of the 10,000-digit asset has 7,996 digits. */
export const LAB_SUBSET_MAX = 7996;
const SEED_MAX = 2 ** 32 - 1;

export const DEFAULT_LAB_SETUP: LabSetup = {
  // The shipped pair: n = 3 (features) and n = 30 (prototypes), far apart in how many decide.
  ns: [3, 30],
  temps: [null, null],
  K: 100,
  seed: 1,
  // All 7,996 training digits (80 minibatches an epoch) by default: with fewer, n = 2 and 3 stay
  // on their starting plateau (every label neuron saturated at −1) for hundreds of epochs.
  epochs: 60,
  batchSize: 100,
  subset: 0,
};

export type LabRunSource = 'shipped' | 'live';

export type LabRunStatus =
  'loading' | 'ready' | 'queued' | 'training' | 'paused' | 'done' | 'cancelled' | 'error';

export interface LabRun {
  /** Stable key ("shipped-n3", "live-4"). */
  key: string;
  /** Run id in the worker's lockstep group (live runs); 0 for shipped runs. */
  id: number;
  source: LabRunSource;
  /** Shown over the run: "n = 3". */
  name: string;
  /** Null while a shipped file is loading or after it failed. */
  config: KhConfig | null;
  /** Epochs completed. */
  epoch: number;
  /** The epoch training stops at (live), or the epochs trained (shipped). */
  target: number;
  /** Share of epoch `epoch + 1` done while it trains, 0 … 1. */
  fraction: number;
  history: KhEpochRecord[];
  /** Epochs whose memories are kept (the scrubber's stops), increasing. */
  saved: number[];
  status: LabRunStatus;
  error?: string;
  /** Where a shipped run came from (its command line and engine). */
  origin?: string;
  /** A shipped run outside the default pair: shown only with "all shipped runs". */
  extra?: boolean;
}

export type LabTraining =
  'idle' | 'starting' | 'running' | 'paused' | 'finished' | 'cancelled' | 'error';

export interface LabState {
  setup: LabSetup;
  /** Which runs are shown: the shipped runs or the live group. */
  group: LabRunSource;
  /** Every shipped run (n = 2, 3, 20, 30), not just the default pair (n = 3, 30). */
  shippedAll: boolean;
  runs: LabRun[];
  training: LabTraining;
  trainingError?: string;
  /** The worker side of training (digits sent, backend chosen: store.backend names it). */
  worker: { status: 'off' | 'starting' | 'ready' | 'error'; error?: string };
  /** Epoch shown by the grids and charts; null follows the latest. */
  scrub: number | null;
  /** Key of the run that classifies drawings, generates and completes (null: the first shown). */
  useRun: string | null;
}

export interface LabSlice {
  lab: LabState;
  /** Changes the set-up; every value is clamped into its range (see normaliseLabSetup). */
  setLabSetup: (patch: Partial<LabSetup>) => void;
  setLabN: (index: number, n: number) => void;
  setLabTemp: (index: number, T: number | null) => void;
  /** Adds a run (n = 30, or the next unused power) up to LAB_RUNS_MAX. */
  addLabN: () => void;
  removeLabN: (index: number) => void;
  setLab: (
    patch: Partial<
      Pick<
        LabState,
        'group' | 'shippedAll' | 'training' | 'trainingError' | 'worker' | 'scrub' | 'useRun'
      >
    >,
  ) => void;
  /** Replaces every run of `source` (the other source's runs stay). */
  replaceLabRuns: (source: LabRunSource, runs: LabRun[]) => void;
  patchLabRun: (key: string, patch: Partial<LabRun>) => void;
  /** Records a finished epoch; `kept` adds it to the scrubber's stops. */
  addLabEpoch: (key: string, record: KhEpochRecord, kept: boolean) => void;
  setLabProgress: (key: string, fraction: number) => void;
}

declare module '../../../store' {
  interface LabSlices extends LabSlice {}
}

const clampInt = (v: unknown, lo: number, hi: number, fallback: number): number => {
  const x = typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : fallback;
  return Math.min(hi, Math.max(lo, x));
};

const clampT = (v: number | null | undefined): number | null =>
  typeof v === 'number' && Number.isFinite(v) && v > 0
    ? Math.min(KH_LIMITS.T[1], Math.max(KH_LIMITS.T[0], v))
    : null;

/**
 * A valid set-up from a partial one: 2 … 4 integer powers in KH_LIMITS.n, temperatures matching
 * them (null or inside KH_LIMITS.T), K, epochs and minibatch inside KH_LIMITS, subset 0 (all) or
 * 10 … 7,996 digits, an unsigned 32-bit seed. Missing values come from `base`.
 */
export function normaliseLabSetup(patch: Partial<LabSetup>, base = DEFAULT_LAB_SETUP): LabSetup {
  const [nLo, nHi] = KH_LIMITS.n;
  let ns = (patch.ns ?? base.ns).map((n) => clampInt(n, nLo, nHi, 3));
  if (ns.length > LAB_RUNS_MAX) ns = ns.slice(0, LAB_RUNS_MAX);
  while (ns.length < LAB_RUNS_MIN) ns.push(ns.length ? 20 : 3);
  const rawTemps = patch.temps ?? (patch.ns ? [] : base.temps);
  const temps = ns.map((_, i) => clampT(rawTemps[i]));
  const subsetRaw = patch.subset ?? base.subset;
  const subset =
    !Number.isFinite(subsetRaw) || subsetRaw <= 0 ? 0 : clampInt(subsetRaw, 10, LAB_SUBSET_MAX, 0);
  return {
    ns,
    temps,
    K: clampInt(patch.K ?? base.K, KH_LIMITS.K[0], KH_LIMITS.K[1], base.K),
    seed: clampInt(patch.seed ?? base.seed, 0, SEED_MAX, base.seed),
    epochs: clampInt(patch.epochs ?? base.epochs, KH_LIMITS.epochs[0], KH_LIMITS.epochs[1], 1),
    batchSize: clampInt(
      patch.batchSize ?? base.batchSize,
      KH_LIMITS.batchSize[0],
      KH_LIMITS.batchSize[1],
      100,
    ),
    subset,
  };
}

/** The next power to offer when a run is added: the first of 30, 2, 10, 40 not yet used. */
export function nextPower(ns: readonly number[]): number {
  return [30, 2, 10, 40, 5, 15].find((n) => !ns.includes(n)) ?? 30;
}

const mapRun = (runs: LabRun[], key: string, f: (r: LabRun) => LabRun): LabRun[] =>
  runs.map((r) => (r.key === key ? f(r) : r));

export const createLabSlice: StateCreator<DamState, [], [], LabSlice> = (set) => {
  const patchLab = (f: (lab: LabState) => Partial<LabState>) =>
    set((s) => ({ lab: { ...s.lab, ...f(s.lab) } }));
  const patchSetup = (f: (setup: LabSetup) => Partial<LabSetup>) =>
    patchLab((lab) => ({ setup: normaliseLabSetup(f(lab.setup), lab.setup) }));
  return {
    lab: {
      setup: DEFAULT_LAB_SETUP,
      group: 'shipped',
      shippedAll: false,
      runs: [],
      training: 'idle',
      worker: { status: 'off' },
      scrub: null,
      useRun: null,
    },
    setLabSetup: (patch) => patchSetup(() => patch),
    setLabN: (index, n) =>
      patchSetup((s) => ({
        ns: s.ns.map((v, i) => (i === index ? n : v)),
        // A new power gets its own default temperature.
        temps: s.temps.map((t, i) => (i === index && s.ns[i] !== n ? null : t)),
      })),
    setLabTemp: (index, T) =>
      patchSetup((s) => ({ temps: s.temps.map((t, i) => (i === index ? T : t)) })),
    addLabN: () =>
      patchSetup((s) =>
        s.ns.length >= LAB_RUNS_MAX
          ? {}
          : { ns: [...s.ns, nextPower(s.ns)], temps: [...s.temps, null] },
      ),
    removeLabN: (index) =>
      patchSetup((s) =>
        s.ns.length <= LAB_RUNS_MIN
          ? {}
          : {
              ns: s.ns.filter((_, i) => i !== index),
              temps: s.temps.filter((_, i) => i !== index),
            },
      ),
    setLab: (patch) => patchLab(() => patch),
    replaceLabRuns: (source, runs) =>
      patchLab((lab) => {
        const all = [...lab.runs.filter((r) => r.source !== source), ...runs];
        return { runs: all, useRun: all.some((r) => r.key === lab.useRun) ? lab.useRun : null };
      }),
    patchLabRun: (key, patch) =>
      patchLab((lab) => ({ runs: mapRun(lab.runs, key, (r) => ({ ...r, ...patch })) })),
    addLabEpoch: (key, record, kept) =>
      patchLab((lab) => ({
        runs: mapRun(lab.runs, key, (r) => ({
          ...r,
          epoch: Math.max(r.epoch, record.epoch),
          fraction: 0,
          history: [...r.history.filter((h) => h.epoch !== record.epoch), record],
          saved: kept && !r.saved.includes(record.epoch) ? [...r.saved, record.epoch] : r.saved,
        })),
      })),
    setLabProgress: (key, fraction) =>
      patchLab((lab) => ({
        runs: mapRun(lab.runs, key, (r) => ({
          ...r,
          fraction: Math.min(1, Math.max(0, fraction)),
        })),
      })),
  };
};

/** The runs currently shown (the chosen group; shipped: the pair, or all of them), in order. */
export const selectShownRuns = (lab: LabState): LabRun[] =>
  lab.runs.filter(
    (r) => r.source === lab.group && (r.source !== 'shipped' || lab.shippedAll || !r.extra),
  );
