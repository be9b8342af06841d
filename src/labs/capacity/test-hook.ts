/**
 * The capacity lab's part of window.__dam (?e2e=1 only, loaded by dynamic import): the run's
 * status and every point as numbers, the slopes and theory lines the charts show, and handles
 * to run a preset or a grid of one's own (e2e runs smaller grids than the presets), cancel,
 * open a result file and read the exports.
 */
import { CAPACITY_PRESETS } from '../../core/capacity/presets';
import type { GridSpec } from '../../core/capacity/types';
import type { Shell } from '../../shell/shell';
import { useDamStore } from '../../store';
import { agreement } from './app/agreement';
import type { CapacityRuntime } from './app/runtime';
import type { CapacityView } from './app/slice';
import { seriesAgainst, theoryLines } from './app/views';

const slopes = (lines: Parameters<typeof seriesAgainst>[0], x: 'N' | 'dH') =>
  seriesAgainst(lines, x).map((s) => ({
    name: s.name,
    points: s.points.length,
    slope: s.fit?.slope ?? null,
    r2: s.fit?.r2 ?? null,
  }));

export function install(runtime: () => CapacityRuntime, _shell: Shell) {
  return {
    capacity() {
      const s = useDamStore.getState();
      const { grid, lines } = runtime().results.get();
      return {
        status: s.capacityRun.status,
        error: s.capacityRun.error ?? null,
        done: s.capacityRun.done,
        total: s.capacityRun.total,
        points: s.capacityRun.points,
        totalPoints: s.capacityRun.totalPoints,
        elapsedMs: s.capacityRun.elapsedMs,
        summary: s.capacityRun.summary ?? null,
        source: s.capacityRun.source,
        preset: s.capacity.preset,
        view: s.capacity.view,
        shownIsSetup: grid === s.capacity.grid,
        lines: lines.map((l) => ({
          index: l.index,
          series: l.series,
          N: l.spec.data.N,
          n: l.spec.model.n,
          rho: l.spec.data.rho,
          dH: l.spec.data.dH,
          median: l.kMax.median,
          q1: l.kMax.q1,
          q3: l.kMax.q3,
          censored: l.censored,
          k50: l.k50,
          curve: l.curve.length,
          bandsOk:
            l.curve.length > 0 &&
            l.curve.every((c) => c.lo <= c.pSuccess + 1e-9 && c.pSuccess <= c.hi + 1e-9),
        })),
        scaling: slopes(lines, 'N'),
        separation: slopes(lines, 'dH'),
        theory: theoryLines(seriesAgainst(lines, 'N')).map((t) => ({ id: t.id, label: t.label })),
        findings: agreement(lines),
      };
    },
    /** Runs a preset by id (as its button does). */
    runPreset(id: string): Promise<void> {
      const p = CAPACITY_PRESETS.find((x) => x.id === id);
      if (!p) throw new Error(`no capacity preset "${id}"`);
      return runtime().runPreset(p.id, p.grid, p.view);
    },
    presetGrid(id: string): GridSpec | null {
      return CAPACITY_PRESETS.find((x) => x.id === id)?.grid ?? null;
    },
    /** Sets the set-up (and the view) without running it. */
    setGrid(grid: GridSpec, view?: CapacityView): void {
      useDamStore.getState().setCapacity({ grid, preset: null, ...(view ? { view } : {}) });
    },
    run: () => runtime().run(),
    cancel: () => runtime().cancel(),
    clearCache: () => runtime().clearCache(),
    openFile: (text: string, name: string) => runtime().openFile(text, name),
    csv: () => runtime().csv(),
    json: () => runtime().json(),
  };
}
