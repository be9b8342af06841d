/**
 * The stability ratio as a spurious-state detector, three ways: spurious against every other
 * class, against prototype states only, and spurious + mixture states (the paper's three
 * classes) against the rest. Computed once per census where it is run (the worker), so the
 * page never sorts 20,000 ratios three times on its own thread.
 */
import { roc } from './roc';
import { STATE_CLASSES, type CensusResult, type Roc } from './types';

const SPURIOUS = STATE_CLASSES.indexOf('spurious');
const PROTOTYPE = STATE_CLASSES.indexOf('prototype');
const MIXTURE = STATE_CLASSES.indexOf('mixture');

export interface SrRocs {
  rest: Roc | null;
  prototype: Roc | null;
  mixtures: Roc | null;
}

export function srRocs(r: Omit<CensusResult, 'details'>): SrRocs {
  const cls = r.cls;
  const keep: number[] = [];
  for (let s = 0; s < r.states; s++) if (cls[s] === SPURIOUS || cls[s] === PROTOTYPE) keep.push(s);
  return {
    rest: roc(
      r.sr,
      Array.from(cls, (c) => c === SPURIOUS),
      true,
    ),
    prototype: roc(
      keep.map((s) => r.sr[s]),
      keep.map((s) => cls[s] === SPURIOUS),
      true,
    ),
    mixtures: roc(
      r.sr,
      Array.from(cls, (c) => c === SPURIOUS || c === MIXTURE),
      true,
    ),
  };
}
