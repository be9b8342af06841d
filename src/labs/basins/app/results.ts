/**
 * The basins view's results, too big for the store: the map shown (a progressive pass and what
 * it was computed for), the last probe's path, and the basin-size curves. One cache per lab
 * runtime; the charts subscribe to it.
 */
import type { BasinPass } from '../../../core/basins/basin-types';
import type { ModelSpec } from '../../../core/dynamics/types';
import { createCache, type Cache } from '../../../shell/cache';
import type { CurveSet } from './basin-math';

/** What the map shows: the pass and what it was computed for. */
export interface ShownMap {
  pass: BasinPass;
  /** Memories in the bank it was computed on. */
  K: number;
  labels: string[];
  maxSteps: number;
  spec: ModelSpec;
}

export interface Probe {
  /** Start, in plane coordinates. */
  x: number;
  y: number;
  /** The trajectory projected onto the plane, start first. */
  path: { x: number; y: number }[];
  /** The starting state (±1 for binary models). */
  start: Float32Array;
  converged: boolean;
  steps: number;
  /** Memory with the largest |overlap| at the end, and that overlap. */
  nearest: number;
  overlap: number;
  plane: BasinPass['plane'];
}

export interface BasinResults {
  shown: ShownMap | null;
  probe: Probe | null;
  curves: CurveSet[];
}

export type ResultsCache = Cache<BasinResults>;

export const createResults = (): ResultsCache =>
  createCache<BasinResults>({ shown: null, probe: null, curves: [] });

/** Changes part of the results and notifies. */
export const patchResults = (cache: ResultsCache, patch: Partial<BasinResults>): void =>
  cache.set({ ...cache.get(), ...patch });
