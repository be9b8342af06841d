/**
 * A census's per-state details (why each state got its class) as a few typed arrays, for
 * sending from the worker: 20,000 small objects take ~30 ms to clone on each side of a
 * postMessage, typed arrays next to nothing. `detailAt` rebuilds one state's detail on demand.
 */
import { STATE_CLASSES, type StateClass, type StateDetail } from './types';

export interface PackedDetails {
  /** Class of each state, an index into STATE_CLASSES. */
  cls: Uint8Array;
  /** learned: the example; prototype: the group; inverted / spurious: the named state's index. */
  index: Int32Array;
  /** inverted / spurious: 1 for a prototype, 0 for an example. */
  namedKind: Uint8Array;
  /** The overlap (mixture: the cosine score). */
  overlap: Float64Array;
  /** Mixture components of state s: comps[start[s] … start[s + 1]), ±(group + 1). */
  start: Int32Array;
  comps: Int16Array;
}

const CLASS_OF = new Map<StateClass, number>(STATE_CLASSES.map((c, k) => [c, k]));

export function packDetails(details: readonly StateDetail[]): PackedDetails {
  const S = details.length;
  const p: PackedDetails = {
    cls: new Uint8Array(S),
    index: new Int32Array(S),
    namedKind: new Uint8Array(S),
    overlap: new Float64Array(S),
    start: new Int32Array(S + 1),
    comps: new Int16Array(0),
  };
  const comps: number[] = [];
  details.forEach((d, s) => {
    p.cls[s] = CLASS_OF.get(d.cls)!;
    p.start[s] = comps.length;
    switch (d.cls) {
      case 'learned':
        p.index[s] = d.example;
        p.overlap[s] = d.overlap;
        break;
      case 'prototype':
        p.index[s] = d.group;
        p.overlap[s] = d.overlap;
        break;
      case 'inverted':
      case 'spurious': {
        const named = d.cls === 'inverted' ? d.of : d.nearest;
        p.index[s] = named.index;
        p.namedKind[s] = named.kind === 'prototype' ? 1 : 0;
        p.overlap[s] = d.overlap;
        break;
      }
      case 'mixture':
        p.overlap[s] = d.score;
        for (const c of d.components) comps.push(c.sign * (c.group + 1));
        break;
    }
  });
  p.start[S] = comps.length;
  p.comps = Int16Array.from(comps);
  return p;
}

export function detailAt(p: PackedDetails, s: number): StateDetail {
  const overlap = p.overlap[s];
  const index = p.index[s];
  const named = () => ({
    kind: p.namedKind[s] ? ('prototype' as const) : ('example' as const),
    index,
  });
  switch (STATE_CLASSES[p.cls[s]]) {
    case 'learned':
      return { cls: 'learned', example: index, overlap };
    case 'prototype':
      return { cls: 'prototype', group: index, overlap };
    case 'inverted':
      return { cls: 'inverted', of: named(), overlap };
    case 'spurious':
      return { cls: 'spurious', nearest: named(), overlap };
    case 'mixture': {
      const components = Array.from(p.comps.subarray(p.start[s], p.start[s + 1]), (v) => ({
        group: Math.abs(v) - 1,
        sign: (v < 0 ? -1 : 1) as 1 | -1,
      }));
      return { cls: 'mixture', components, score: overlap };
    }
    default:
      throw new Error(`state ${s} has no class`);
  }
}
