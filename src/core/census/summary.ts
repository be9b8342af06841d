/**
 * The census's summary as plain JSON: what `dam census` prints and the lab's JSON export holds.
 * counts: distinct stable states per class; shares: the class's basin share (probes that ended in
 * the class over the catalogued converged probes); sr: the stability ratio's mean and std over
 * the class's distinct states (null when it has none).
 */
import { srRocs } from './sr-rocs';
import { STATE_CLASSES, type CensusResult, type CensusSpec, type StateClass } from './types';

export interface CensusSummary {
  spec: CensusSpec;
  N: number;
  states: number;
  counts: Record<StateClass, number>;
  shares: Record<StateClass, number>;
  hits: Record<StateClass, number>;
  sr: Record<StateClass, { mean: number; std: number; min: number; max: number } | null>;
  energy: Record<StateClass, { min: number; max: number } | null>;
  srAuc: number | null;
  srAucRest: number | null;
  /** ROC AUC of SR, spurious and mixture states against the rest (the paper's three classes). */
  srAucMixtures: number | null;
  probes: CensusResult['probes'];
  ms: number;
}

const perClass = <T>(f: (c: StateClass) => T): Record<StateClass, T> =>
  Object.fromEntries(STATE_CLASSES.map((c) => [c, f(c)])) as Record<StateClass, T>;

export function censusSummary(result: Omit<CensusResult, 'details'>): CensusSummary {
  const b = result.byClass;
  return {
    spec: result.spec,
    N: result.N,
    states: result.states,
    counts: perClass((c) => b[c].states),
    shares: perClass((c) => b[c].share),
    hits: perClass((c) => b[c].probes),
    sr: perClass((c) => b[c].sr),
    energy: perClass((c) => b[c].energy),
    srAuc: result.srAuc,
    srAucRest: result.srAucRest,
    srAucMixtures: srRocs(result).mixtures?.auc ?? null,
    probes: result.probes,
    ms: result.ms,
  };
}
