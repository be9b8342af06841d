/**
 * The training lab's run set-up (powers, temperature overrides, K, seed, epochs, minibatch,
 * training digits) as JSON-safe data for share links and the saved set-up, and back, validated
 * strictly (a tampered value is an error, not silently clamped). Absent in older links and
 * records: the defaults apply.
 */
import { KH_LIMITS } from '../../../core/classifier/kh-model';
import {
  LAB_RUNS_MAX,
  LAB_RUNS_MIN,
  LAB_SUBSET_MAX,
  normaliseLabSetup,
  type LabSetup,
} from './slice';
import { int, record, SetupError } from '../../../shell/persist/wire';

export interface WireLab {
  /** Powers n. */
  n: number[];
  /** Temperature overrides (0: the default for that n). */
  t: number[];
  k: number;
  s: number;
  e: number;
  b: number;
  /** Training digits (0: all). */
  u: number;
}

export const labToWire = (l: LabSetup): WireLab => ({
  n: [...l.ns],
  t: l.temps.map((T) => T ?? 0),
  k: l.K,
  s: l.seed,
  e: l.epochs,
  b: l.batchSize,
  u: l.subset,
});

export function labFromWire(v: unknown): LabSetup {
  const o = record(v, 'the lab set-up');
  if (!Array.isArray(o.n) || o.n.length < LAB_RUNS_MIN || o.n.length > LAB_RUNS_MAX) {
    throw new SetupError(`the lab needs ${LAB_RUNS_MIN} to ${LAB_RUNS_MAX} runs`);
  }
  const ns = o.n.map((n) => int(n, 'lab power n', KH_LIMITS.n[0], KH_LIMITS.n[1]));
  const t = o.t === undefined ? [] : o.t;
  if (!Array.isArray(t) || t.length > ns.length) {
    throw new SetupError('the lab temperatures do not match its runs');
  }
  const temps = ns.map((_, i) => {
    const T = t[i] ?? 0;
    if (T === 0) return null;
    if (typeof T !== 'number' || !Number.isFinite(T) || T < KH_LIMITS.T[0] || T > KH_LIMITS.T[1]) {
      throw new SetupError(
        `lab temperature must be 0 (default) or from ${KH_LIMITS.T[0]} to ${KH_LIMITS.T[1]}`,
      );
    }
    return T;
  });
  const subset = int(o.u, 'lab training digits', 0, LAB_SUBSET_MAX);
  if (subset > 0 && subset < 10) throw new SetupError('lab training digits must be 0 or ≥ 10');
  return normaliseLabSetup({
    ns,
    temps,
    K: int(o.k, 'lab memories K', KH_LIMITS.K[0], KH_LIMITS.K[1]),
    seed: int(o.s, 'lab seed', 0, 2 ** 32 - 1),
    epochs: int(o.e, 'lab epochs', KH_LIMITS.epochs[0], KH_LIMITS.epochs[1]),
    batchSize: int(o.b, 'lab minibatch', KH_LIMITS.batchSize[0], KH_LIMITS.batchSize[1]),
    subset,
  });
}
