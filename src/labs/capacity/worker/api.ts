/**
 * The capacity lab's worker room (types only): a grid of capacity points measured in the worker,
 * cheapest first, each point reported as it finishes; finished points are cached by their set-up
 * so a rerun or a restart after a cancel does only the points still missing.
 */
import type { GridSpec, PointLine } from '../../../core/capacity/types';

export const CAPACITY_ROOM = 'capacity';

/** How a grid run went, once it has finished. */
export interface GridSummary {
  /** Points in the grid. */
  points: number;
  /** Of them, taken from the room's cache (measured by an earlier run). */
  cached: number;
  /** Trials over every point of the grid. */
  trials: number;
  /** Worker time of this run, ms (cached points cost nothing). */
  ms: number;
  /** Gram matrices computed on the tfjs backend, and on the typed-array core. */
  gram: { tfjs: number; core: number };
  /** The tfjs backend the room saw ('none' before the worker chose one). */
  backend: string;
}

export interface CapacityRoomApi {
  /**
   * Checks every point first (an impossible set-up rejects with one sentence naming the point
   * and the field, before any work), then measures them in `runOrder` (cheapest first):
   * `onPoint` as each finishes (cached points at once), `onProgress(done, total)` in trials over
   * the whole grid. Rejects with the AbortError when the request is aborted; the points finished
   * by then stay cached.
   */
  runGrid(
    grid: GridSpec,
    onPoint: (line: PointLine) => void,
    onProgress: (done: number, total: number) => void,
  ): Promise<GridSummary>;
  /** Forgets every cached point (the next run measures everything again). */
  clearCache(): Promise<number>;
}
