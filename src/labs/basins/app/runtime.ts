/**
 * The basins view's runtime: maps, probes and curves over the worker's basins room, and the
 * store watch that asks for a new map when the bank, the model, the plane or the worker change.
 * Showing the view starts its work; hiding it aborts what is in flight (the maps it finished
 * stay cached, and the results stay on screen when it comes back).
 */
import type { Shell } from '../../../shell/shell';
import { useDamStore, type DamState } from '../../../store';
import { BASINS_ROOM, type BasinsRoomApi } from '../worker/api';
import { createCurves, type Curves } from './curves';
import { createMapRequests } from './maps';
import { createProbes } from './probe';
import { createResults, patchResults, type ResultsCache } from './results';

export interface BasinsRuntime {
  results: ResultsCache;
  startProbe(x: number, y: number): Promise<void>;
  curves: Curves;
  /** Opens the probe's starting point in the studio (the drawing becomes that state). */
  openProbeInStudio(): boolean;
  show(): void;
  hide(): void;
}

function needsMap(s: DamState, prev: DamState): boolean {
  const p = s.params;
  const q = prev.params;
  return (
    s.bank !== prev.bank ||
    s.basin !== prev.basin ||
    p.energy !== q.energy ||
    p.n !== q.n ||
    p.beta !== q.beta ||
    p.mode !== q.mode ||
    p.order !== q.order ||
    p.seed !== q.seed ||
    (s.basin.plane.kind === 'memories-cue' && (s.cue !== prev.cue || s.drawing !== prev.drawing)) ||
    (s.backend.status === 'ready' && prev.backend.status !== 'ready') ||
    (s.dataset.status === 'ready' && prev.dataset.status !== 'ready')
  );
}

export function createBasins(shell: Shell): BasinsRuntime {
  const room = shell.compute.room<BasinsRoomApi>(BASINS_ROOM);
  const results = createResults();
  const maps = createMapRequests(shell, room, results);
  const probes = createProbes(shell, room, results);
  const curves = createCurves(shell, room, results);
  let unsubscribe: (() => void) | null = null;

  return {
    results,
    startProbe: (x, y) => probes.start(x, y),
    curves,
    openProbeInStudio() {
      const p = results.get().probe;
      const s = useDamStore.getState();
      const side = Math.round(Math.sqrt(p?.start.length ?? 0));
      if (!p || side !== s.bank.size) return false;
      const pixels = Uint8Array.from(p.start, (v) =>
        Math.round(Math.max(0, Math.min(255, ((v + 1) / 2) * 255))),
      );
      s.setAutoPreprocess(false);
      s.commitDrawing({ width: side, height: side, pixels });
      s.setCue({ start: { kind: 'drawing' }, flipP: 0, occlude: null, clamp: null });
      shell.navigate('studio');
      return true;
    },
    show() {
      unsubscribe?.();
      unsubscribe = useDamStore.subscribe((s, prev) => {
        if (needsMap(s, prev)) maps.schedule();
        if (s.bank !== prev.bank) patchResults(results, { probe: null, curves: [] });
      });
      maps.schedule();
    },
    hide() {
      unsubscribe?.();
      unsubscribe = null;
      maps.stop();
      probes.stop();
      curves.stop();
      const run = useDamStore.getState().basinRun;
      if (run.curves.status === 'computing')
        useDamStore.getState().setBasinRun({ curves: { ...run.curves, status: 'idle' } });
    },
  };
}
