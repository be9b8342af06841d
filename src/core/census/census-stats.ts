/**
 * The per-class summary of a census: distinct states, probes and basin share per class, the
 * stability ratio's mean/std/min/max and the energy range over the class's distinct states, and
 * the ROC AUC of SR for spurious states (low SR = positive) against prototypes and against all
 * other classes.
 */
import { roc } from './roc';
import { STATE_CLASSES, type ClassStats, type StateClass } from './types';

const SPURIOUS = STATE_CLASSES.indexOf('spurious');
const PROTOTYPE = STATE_CLASSES.indexOf('prototype');

function classStats(
  c: number,
  cls: Uint8Array,
  hits: Int32Array,
  sr: Float64Array,
  energy: Float64Array,
  catalogued: number,
): ClassStats {
  let states = 0;
  let probes = 0;
  let sum = 0;
  let sq = 0;
  let lo = Infinity;
  let hi = -Infinity;
  let eLo = Infinity;
  let eHi = -Infinity;
  for (let s = 0; s < cls.length; s++) {
    if (cls[s] !== c) continue;
    states++;
    probes += hits[s];
    sum += sr[s];
    sq += sr[s] * sr[s];
    lo = Math.min(lo, sr[s]);
    hi = Math.max(hi, sr[s]);
    eLo = Math.min(eLo, energy[s]);
    eHi = Math.max(eHi, energy[s]);
  }
  const mean = states > 0 ? sum / states : 0;
  return {
    states,
    probes,
    share: catalogued > 0 ? probes / catalogued : 0,
    sr:
      states > 0
        ? { mean, std: Math.sqrt(Math.max(0, sq / states - mean * mean)), min: lo, max: hi }
        : null,
    energy: states > 0 ? { min: eLo, max: eHi } : null,
  };
}

export function summarise(
  cls: Uint8Array,
  hits: Int32Array,
  sr: Float64Array,
  energy: Float64Array,
): { byClass: Record<StateClass, ClassStats>; srAuc: number | null; srAucRest: number | null } {
  let catalogued = 0;
  for (let s = 0; s < hits.length; s++) catalogued += hits[s];
  const byClass = Object.fromEntries(
    STATE_CLASSES.map((name, c) => [name, classStats(c, cls, hits, sr, energy, catalogued)]),
  ) as Record<StateClass, ClassStats>;
  const pick: number[] = [];
  for (let s = 0; s < cls.length; s++)
    if (cls[s] === SPURIOUS || cls[s] === PROTOTYPE) pick.push(s);
  const vsProto = roc(
    pick.map((s) => sr[s]),
    pick.map((s) => (cls[s] === SPURIOUS ? 1 : 0)),
    true,
  );
  const vsRest = roc(
    sr,
    Array.from(cls, (c) => (c === SPURIOUS ? 1 : 0)),
    true,
  );
  return { byClass, srAuc: vsProto?.auc ?? null, srAucRest: vsRest?.auc ?? null };
}
