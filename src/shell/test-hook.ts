/**
 * With ?e2e=1, exposes `window.__dam` so end-to-end tests and the bench can read numbers instead
 * of pixels. Everything returned is plain JSON (arrays, not typed arrays).
 */
import type { ModelSpec } from '../core/dynamics/types';
import { useDamStore } from '../store';
import type { Params } from '../store/params-slice';
import type { LiveLane } from '../labs/studio/app/slice';
import { mnistItem } from './bank/bank-items';
import type { StudioVerdict } from '../labs/studio/app/verdict';
import { currentMemories, currentSigns } from './bank/bank-cache';
import { inputTestApi } from './test-hook-input';
import { basinTestApi } from '../labs/basins/test-hook';
import { labTestApi } from '../labs/train/test-hook';
import { restartWorker } from '../labs/studio/app/controller';
import { flushSave } from './persist/setup-sync';
import type { CueSpec } from '../core/data/contracts';

export interface HookFrame {
  t: number;
  energy: number;
  updates: number;
  flips: number;
  converged: boolean;
  reconfigured: boolean;
  spec: ModelSpec;
}

export interface DamTestApi {
  getState(): {
    runStatus: string;
    error: string | null;
    backend: string | null;
    ready: boolean;
    datasetReady: boolean;
    bankCount: number;
    /** Lane 0 (the single model, or the first compared one). */
    verdict: StudioVerdict | null;
    hint: string | null;
    t: number | null;
    converged: boolean | null;
    cueMemory: number | null;
    memoryLabels: string[];
    lanes: { verdict: StudioVerdict | null; hint: string | null; t: number }[];
  };
  /** Energy of every recorded frame of a lane, oldest first. */
  energies(lane?: number): number[];
  frames(lane?: number): HookFrame[];
  /** Index of the shown frame. */
  cursor(lane?: number): number;
  /** The state at the shown frame. */
  final(lane?: number): number[] | null;
  /** Memory μ as lane 0's model sees it (signs for the binary families). */
  memory(mu: number): number[];
  /** Appends MNIST digits (asset indices) to the bank; returns how many were added. */
  addMnist(indices: number[]): number;
  setParams(partial: Partial<Params>): void;
  /**
   * Resolves with performance.now() in the animation frame after lane 0 shows a frame computed
   * with a model matching `spec` (the paint that reflects a change of n or β).
   */
  whenPainted(spec: Partial<ModelSpec>): Promise<number>;
  /** Terminates the worker as if it had died; the client respawns it and replays the state. */
  killWorker(): Promise<void>;
  /** Bank area: the set-up as plain JSON (bank labels and sources, cue, params, view, flags). */
  setup(): {
    restored: boolean;
    student: boolean;
    view: string;
    size: number;
    labels: string[];
    cue: unknown;
    params: unknown;
  };
  /** Writes the pending IndexedDB save now. */
  flushSave(): Promise<void>;
  /** Sets part of the cue (clamp as a plain 0/1 array). */
  setCue(partial: Record<string, unknown>): void;
}

declare global {
  interface Window {
    __dam?: DamTestApi;
  }
}

const lane = (i = 0): LiveLane | undefined => useDamStore.getState().live.lanes[i];

const matches = (l: LiveLane | undefined, spec: Partial<ModelSpec>) => {
  if (!l) return false;
  const f = l.history.frames[l.history.cursor];
  return (Object.keys(spec) as (keyof ModelSpec)[]).every((k) => f.spec[k] === spec[k]);
};

export function installTestHook(): void {
  const api: DamTestApi = {
    getState() {
      const s = useDamStore.getState();
      const l0 = lane(0);
      const r0 = s.run.lanes[0];
      return {
        runStatus: s.run.status,
        error: s.run.error ?? null,
        backend: s.backend.info?.name ?? null,
        ready: s.backend.status === 'ready',
        datasetReady: s.dataset.status === 'ready',
        bankCount: s.bank.items.length,
        verdict: r0?.verdict ?? null,
        hint: r0?.hint ?? null,
        t: l0 ? l0.history.frames[l0.history.cursor].t : null,
        converged: l0 ? l0.history.frames[l0.history.cursor].converged : null,
        cueMemory: l0?.cueMemory ?? null,
        memoryLabels: [...(l0?.labels ?? [])],
        lanes: s.run.lanes.map((r) => ({ verdict: r.verdict, hint: r.hint, t: r.t })),
      };
    },
    energies: (i = 0) => lane(i)?.history.frames.map((f) => f.energy) ?? [],
    frames: (i = 0) =>
      lane(i)?.history.frames.map((f) => ({
        t: f.t,
        energy: f.energy,
        updates: f.updates,
        flips: f.flips,
        converged: f.converged,
        reconfigured: !!f.reconfigured,
        spec: f.spec,
      })) ?? [],
    cursor: (i = 0) => lane(i)?.history.cursor ?? -1,
    final(i = 0) {
      const l = lane(i);
      return l ? Array.from(l.history.frames[l.history.cursor].state) : null;
    },
    memory(mu) {
      const binary = lane(0)?.spec.energy !== 'softmax';
      const p = binary ? currentSigns() : (currentMemories()?.patterns ?? null);
      return p ? Array.from(p.data.subarray(mu * p.dim, (mu + 1) * p.dim)) : [];
    },
    addMnist: (indices) => useDamStore.getState().addItems(indices.map(mnistItem)),
    setParams: (partial) => useDamStore.getState().setParams(partial),
    whenPainted(spec) {
      return new Promise((resolve) => {
        const done = () => requestAnimationFrame(() => resolve(performance.now()));
        if (matches(lane(0), spec)) return done();
        const stop = useDamStore.subscribe((s) => {
          if (matches(s.live.lanes[0], spec)) {
            stop();
            done();
          }
        });
      });
    },
    killWorker: () => restartWorker('killed by the e2e test'),
    setup() {
      const s = useDamStore.getState();
      const c = s.cue;
      return {
        restored: s.ui.restored,
        student: s.ui.student,
        view: s.ui.view,
        size: s.bank.size,
        labels: s.bank.items.map((it) => it.label),
        cue: { ...c, clamp: c.clamp ? Array.from(c.clamp) : null },
        params: s.params,
      };
    },
    flushSave,
    setCue(partial) {
      const { clamp, ...rest } = partial;
      const patch = { ...rest } as Partial<CueSpec>;
      if (Array.isArray(clamp)) patch.clamp = Uint8Array.from(clamp as number[]);
      else if (clamp === null) patch.clamp = null;
      useDamStore.getState().setCue(patch);
    },
  };
  // Other areas add their own methods to the same object (e.g. the input area's hook).
  window.__dam = Object.assign(window.__dam ?? {}, api);
  Object.assign(window.__dam, inputTestApi, basinTestApi, labTestApi);
}
