/**
 * The capacity lab's runtime: runs the set-up's grid in the worker's capacity room (points
 * arrive as they finish, the room caches them by set-up), cancels and restarts it, opens a
 * result file (`dam merge` output) and writes the results as JSON and CSV. A run goes on while
 * another lab is shown (a grid takes a while; nothing here draws per frame). Controllers are
 * made here per lab start; nothing lives in module state.
 */
import { expandGrid } from '../../../core/capacity/grid';
import type { GridSpec, PointLine } from '../../../core/capacity/types';
import { isAbortError } from '../../../core/util/abort';
import { errorMessage } from '../../../core/util/error-message';
import { parseResultText } from '../../../schema/capacity';
import type { Shell } from '../../../shell/shell';
import { useDamStore } from '../../../store';
import type { RoomClient } from '../../../worker-client/connection';
import { CAPACITY_ROOM, type CapacityRoomApi, type GridSummary } from '../worker/api';
import { resultCsv, resultJson } from './export';
import { addLine, createResults, type ResultsCache } from './results';
import { setupProblem } from './setup';
import { IDLE_RUN, type CapacityRun } from './slice';
import { viewFor } from './views';

export interface CapacityRuntime {
  results: ResultsCache;
  /** Runs the set-up's grid (a run in flight is cancelled first). Resolves when it ends. */
  run(): Promise<void>;
  /** Stops the run; the points finished stay shown and cached in the worker. */
  cancel(): void;
  /** Loads a preset's grid and runs it. */
  runPreset(id: string, grid: GridSpec, view: 'curve' | 'scaling' | 'separation'): Promise<void>;
  /** Opens a result file's text; false (and a notice, the work kept) when it is not one. */
  openFile(text: string, name: string): boolean;
  /** The results as a result file (JSON); null until every point of the grid is in. */
  json(): string | null;
  csv(): string;
  /** Forgets the worker's cached points. */
  clearCache(): Promise<void>;
}

export const needsMnist = (grid: GridSpec): boolean =>
  expandGrid(grid).some((p) => p.spec.data.kind === 'mnist');

export function createCapacity(
  shell: Shell,
  room: RoomClient<CapacityRoomApi> = shell.compute.room<CapacityRoomApi>(CAPACITY_ROOM),
): CapacityRuntime {
  const results = createResults();
  let abort = new AbortController();
  const setRun = (patch: Partial<CapacityRun>) => useDamStore.getState().setCapacityRun(patch);

  async function run(): Promise<void> {
    abort.abort();
    const mine = new AbortController();
    abort = mine;
    const { signal } = mine;
    const started = performance.now();
    // The store's own grid object: the charts and lessons compare it with the results' grid.
    const grid = useDamStore.getState().capacity.grid;
    const problem = setupProblem(grid);
    if (problem) {
      setRun({ ...IDLE_RUN, status: 'error', error: `The set-up: ${problem}` });
      return;
    }
    const points = expandGrid(grid);
    const count = points.length;
    const total = points.reduce((a, p) => a + p.spec.trials, 0);
    results.set({ grid, lines: [] });
    setRun({ ...IDLE_RUN, status: 'running', total, totalPoints: count, source: 'run' });
    const onPoint = (line: PointLine) => {
      if (signal.aborted) return;
      addLine(results, line);
      setRun({ points: results.get().lines.length, elapsedMs: performance.now() - started });
    };
    const onProgress = (done: number, all: number) => {
      if (!signal.aborted) setRun({ done, total: all });
    };
    try {
      if (needsMnist(grid)) await shell.compute.ensureMnist();
      // The backend chosen first, so the room sees the engine it will keep.
      await shell.compute.whenReady().catch(() => undefined);
      if (signal.aborted) return;
      const summary: GridSummary = await room.call('runGrid', [grid, onPoint, onProgress], {
        signal,
        background: true,
      });
      if (signal.aborted) return;
      setRun({
        status: 'done',
        done: summary.trials,
        total: summary.trials,
        points: results.get().lines.length,
        elapsedMs: performance.now() - started,
        summary,
      });
    } catch (err) {
      if (signal.aborted || isAbortError(err)) return;
      setRun({
        status: 'error',
        elapsedMs: performance.now() - started,
        error: errorMessage(err),
      });
    }
  }

  function cancel(): void {
    if (useDamStore.getState().capacityRun.status !== 'running') return;
    abort.abort();
    setRun({ status: 'cancelled' });
  }

  return {
    results,
    run,
    cancel,
    runPreset(id, grid, view) {
      useDamStore.getState().setCapacity({ grid, preset: id, view });
      return run();
    },
    openFile(text, name) {
      const s = useDamStore.getState();
      try {
        const file = parseResultText(text);
        abort.abort();
        const lines = [...file.points].sort((a, b) => a.index - b.index);
        results.set({ grid: file.grid, lines });
        s.setCapacity({ grid: file.grid, preset: null, view: viewFor(file.grid) });
        setRun({
          ...IDLE_RUN,
          status: 'done',
          done: lines.reduce((a, l) => a + l.spec.trials, 0),
          total: lines.reduce((a, l) => a + l.spec.trials, 0),
          points: lines.length,
          totalPoints: lines.length,
          source: 'file',
          file: name,
        });
        s.notify(`Opened ${name}: ${lines.length} points.`, 'info');
        return true;
      } catch (err) {
        s.notify(`${name} is not a capacity result file: ${errorMessage(err)}`, 'error');
        return false;
      }
    },
    json() {
      const { grid, lines } = results.get();
      if (!grid) return null;
      try {
        return resultJson(grid, lines);
      } catch {
        return null;
      }
    },
    csv: () => resultCsv(results.get().lines),
    async clearCache() {
      await room.call('clearCache', [], {});
    },
  };
}
