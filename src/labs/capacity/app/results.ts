/**
 * The capacity lab's results, too big for the store: the grid they were measured (or opened)
 * for and the points reported so far, in grid order. One cache per lab runtime; the charts
 * subscribe to it.
 */
import type { GridSpec, PointLine } from '../../../core/capacity/types';
import { createCache, type Cache } from '../../../shell/cache';

export interface CapacityResults {
  /** The grid the lines belong to (null: nothing measured or opened yet). */
  grid: GridSpec | null;
  /** Points reported so far, sorted by grid index. */
  lines: PointLine[];
}

export type ResultsCache = Cache<CapacityResults>;

export const createResults = (): ResultsCache =>
  createCache<CapacityResults>({ grid: null, lines: [] });

/** Adds (or replaces) one point, keeping grid order. */
export function addLine(cache: ResultsCache, line: PointLine): void {
  const { grid, lines } = cache.get();
  const next = lines.filter((l) => l.index !== line.index);
  next.push(line);
  next.sort((a, b) => a.index - b.index);
  cache.set({ grid, lines: next });
}
