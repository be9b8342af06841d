/**
 * The basins view's part of window.__dam (?e2e=1 only, loaded by dynamic import): the pass shown
 * as numbers (resolution, cells per outcome, time), the probe, the curves, and the bench's
 * timings, measured here from the store (the production code keeps no timers for the bench).
 */
import type { Shell } from '../../shell/shell';
import { useDamStore } from '../../store';
import { outcomeCounts, passKinds } from './app/basin-math';
import type { BasinsRuntime } from './app/runtime';
import type { BasinSettings } from './app/slice';

export interface BasinHook {
  status: string;
  error: string | null;
  /** Cells per side of the pass shown (0: none yet). */
  resolution: number;
  progress: number;
  elapsedMs: number;
  K: number;
  /** Cells per outcome code (0 … 2K + 2). */
  counts: number[];
  /** Distinct mixtures and spurious states of the pass shown, and their cells (attractors.ts). */
  kinds: { kind: string; distinct: number; cells: number; largest: number[] }[];
  settings: BasinSettings;
  marks: { label: string; x: number; y: number }[];
  probe: { points: number; converged: boolean; steps: number; nearest: number } | null;
  curves: {
    status: string;
    models: string[];
    memories: number;
    points: number;
    /** Every point lies inside its band and the bands have width somewhere. */
    bandsOk: boolean;
    radii: (number | null)[][];
  };
  /** Since the view last opened: the first pass shown and the first complete map, ms. */
  timings: { openedAt: number; firstPassMs: number | null; firstCompleteMs: number | null };
}

export function install(runtime: () => BasinsRuntime, _shell: Shell) {
  const timings: BasinHook['timings'] = { openedAt: 0, firstPassMs: null, firstCompleteMs: null };
  useDamStore.subscribe((s, prev) => {
    const now = performance.now();
    if (s.ui.route === 'basins' && prev.ui.route !== 'basins') {
      Object.assign(timings, { openedAt: now, firstPassMs: null, firstCompleteMs: null });
      return;
    }
    if (s.ui.route !== 'basins' || timings.openedAt === 0) return;
    const r = s.basinRun;
    if (timings.firstPassMs === null && r.shownResolution > 0 && r !== prev.basinRun)
      timings.firstPassMs = now - timings.openedAt;
    if (timings.firstCompleteMs === null && r.status === 'done' && prev.basinRun.status !== 'done')
      timings.firstCompleteMs = now - timings.openedAt;
  });
  return {
    basin(): BasinHook {
      const s = useDamStore.getState();
      const { shown: map, probe, curves: sets } = runtime().results.get();
      const all = sets.flatMap((set) => set.curves);
      return {
        status: s.basinRun.status,
        error: s.basinRun.error ?? null,
        resolution: map?.pass.resolution ?? 0,
        progress: s.basinRun.progress,
        elapsedMs: map?.pass.elapsedMs ?? 0,
        K: map?.K ?? 0,
        counts: map ? outcomeCounts(map.pass.outcome, map.K) : [],
        kinds: map
          ? passKinds(map.pass).map((k) => ({
              kind: k.kind,
              distinct: k.distinct,
              cells: k.cells,
              largest: k.attractors.map((a) => a.cells),
            }))
          : [],
        settings: s.basin,
        marks: map?.pass.plane.marks.map((m) => ({ ...m })) ?? [],
        probe: probe
          ? {
              points: probe.path.length,
              converged: probe.converged,
              steps: probe.steps,
              nearest: probe.nearest,
            }
          : null,
        curves: {
          status: s.basinRun.curves.status,
          models: sets.map((set) => set.model),
          memories: sets[0]?.curves.length ?? 0,
          points: sets[0]?.flips.length ?? 0,
          bandsOk:
            all.length > 0 &&
            all.every((c) => c.p.every((p, i) => c.lo[i] <= p + 1e-9 && p <= c.hi[i] + 1e-9)) &&
            all.some((c) => c.hi.some((h, i) => h - c.lo[i] > 1e-6)),
          radii: sets.map((set) => set.curves.map((c) => c.radius)),
        },
        timings: { ...timings },
      };
    },
    setBasin(patch: Partial<BasinSettings>): void {
      useDamStore.getState().setBasin(patch);
    },
  };
}
