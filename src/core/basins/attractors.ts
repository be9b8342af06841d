/**
 * Telling apart the attractors of a basin map that are not a stored memory. The rule (the basins
 * view states it under its map) for where a converged probe ends:
 *  - memory k: overlap with ξ^k ≥ 0.99; inverted memory k: ≤ −0.99 (metrics.ts RETRIEVED_OVERLAP);
 *  - a mixture of memories a, b, c (…): binary models, the end state agrees (cosine ≥ 0.95,
 *    MIXTURE_OVERLAP) with sign(±ξ^a ± ξ^b ± ξ^c) of its 3 (else 5) most-overlapping memories;
 *    softmax, with the mean ±ξ of its 2 … 5 most-overlapping memories;
 *  - otherwise another spurious state.
 * Mixtures and spurious states are then told apart by the end state itself: binary states are the
 * same attractor when they agree bit for bit; softmax states x = Ξᵀc when their coefficients c agree
 * to three decimals. Each distinct one gets an id (in the order the map found them), so the map can
 * count and shade them. Pure, no DOM.
 */

export type AttractorKind = 'mixture' | 'spurious';

/** A memory in a mixture, with the sign it enters with. */
export interface MixturePart {
  memory: number;
  sign: 1 | -1;
}

/** What a probe ended in when that was not a memory: enough to tell two end states apart. */
export interface AttractorEnd {
  kind: AttractorKind;
  /** The end state's identity (binaryStateKey / coefficientKey). */
  key: string;
  /** The memories of a mixture (empty for a spurious state). */
  parts: readonly MixturePart[];
  /** The memory with the largest |overlap| with the end state, and that overlap (cosine). */
  nearest: { memory: number; overlap: number };
}

/** One distinct non-memory attractor of a map. */
export interface AttractorInfo {
  kind: AttractorKind;
  parts: MixturePart[];
  /** The memory closest to the end state (largest |overlap|) and that overlap. */
  nearest?: { memory: number; overlap: number };
  /** Stands for every further attractor of its kind once MAX_ATTRACTORS were found. */
  overflow?: boolean;
}

/** Distinct attractors kept per map; later ones share one "others" entry per kind. */
export const MAX_ATTRACTORS = 256;

/** No attractor id: the cell reached a memory, or did not converge. */
export const NO_ATTRACTOR = -1;

/** A ±1 state as a string of 16-bit characters (two states agree iff their keys do). */
export function binaryStateKey(sigma: ArrayLike<number>): string {
  const chars: number[] = [];
  for (let i = 0; i < sigma.length; i += 16) {
    let word = 0;
    for (let b = 0; b < 16 && i + b < sigma.length; b++) if (sigma[i + b] > 0) word |= 1 << b;
    chars.push(word);
  }
  return `${sigma.length}:${String.fromCharCode(...chars)}`;
}

/** Softmax coefficients rounded to `digits` decimals (−0 and 0 agree). */
export function coefficientKey(c: ArrayLike<number>, digits = 3): string {
  const f = 10 ** digits;
  const parts: string[] = [];
  for (let k = 0; k < c.length; k++) {
    const r = Math.round(c[k] * f);
    parts.push(r === 0 ? '0' : String(r));
  }
  return parts.join(',');
}

export interface AttractorRegistry {
  /** The id of an end state: the one it had before, or a new one. */
  idOf(end: AttractorEnd): number;
  /** Every attractor so far, by id (a copy). */
  list(): AttractorInfo[];
  readonly size: number;
}

export function createAttractorRegistry(max = MAX_ATTRACTORS): AttractorRegistry {
  const ids = new Map<string, number>();
  const infos: AttractorInfo[] = [];
  const overflow = new Map<AttractorKind, number>();
  return {
    idOf(end) {
      const key = `${end.kind}/${end.key}`;
      const known = ids.get(key);
      if (known !== undefined) return known;
      if (ids.size >= max) {
        let id = overflow.get(end.kind);
        if (id === undefined) {
          id = infos.length;
          infos.push({ kind: end.kind, parts: [], overflow: true });
          overflow.set(end.kind, id);
        }
        return id;
      }
      const id = infos.length;
      infos.push({
        kind: end.kind,
        parts: end.parts.map((p) => ({ ...p })),
        nearest: { ...end.nearest },
      });
      ids.set(key, id);
      return id;
    },
    list: () =>
      infos.map((a) => ({
        ...a,
        parts: a.parts.map((p) => ({ ...p })),
        ...(a.nearest ? { nearest: { ...a.nearest } } : {}),
      })),
    get size() {
      return infos.length;
    },
  };
}

/** One attractor's share of a map. */
export interface AttractorShare {
  id: number;
  cells: number;
  /** cells / all cells of the map. */
  share: number;
}

export interface KindShares {
  kind: AttractorKind;
  /** Distinct attractors of this kind on the map (an overflow entry counts once). */
  distinct: number;
  cells: number;
  share: number;
  /** Largest first (ties: lower id first). */
  attractors: AttractorShare[];
}

/**
 * Cells per attractor of one pass, grouped by kind: `attractor` is the pass's per-cell id array
 * (NO_ATTRACTOR for memories and unconverged cells), `infos` the ids' attractors.
 */
export function attractorShares(
  attractor: ArrayLike<number>,
  infos: readonly AttractorInfo[],
): KindShares[] {
  const counts = new Array<number>(infos.length).fill(0);
  for (let i = 0; i < attractor.length; i++) {
    const a = attractor[i];
    if (a >= 0 && a < counts.length) counts[a]++;
  }
  const total = Math.max(1, attractor.length);
  const kinds: AttractorKind[] = ['spurious', 'mixture'];
  return kinds.map((kind) => {
    const list = counts
      .map((cells, id) => ({ id, cells, share: cells / total }))
      .filter((a) => a.cells > 0 && infos[a.id].kind === kind)
      .sort((a, b) => b.cells - a.cells || a.id - b.id);
    const cells = list.reduce((s, a) => s + a.cells, 0);
    return { kind, distinct: list.length, cells, share: cells / total, attractors: list };
  });
}

/** "mixture of +0 +1 −2" names; "spurious state" for the others. */
export function mixtureName(parts: readonly MixturePart[], label = (k: number) => String(k)) {
  return parts.map((p) => `${p.sign > 0 ? '+' : '−'}${label(p.memory)}`).join(' ');
}
