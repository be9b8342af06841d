/**
 * How a state relates to the stored memories: overlaps, Hamming distance, nearest memory, and a
 * verdict (retrieved, inverted, mixture of named memories, or spurious).
 */
import type { Patterns, Verdict } from './types';

/** Cosine overlap m_μ = ξ^μ·x / (‖ξ^μ‖‖x‖) in [−1, 1] (for ±1 patterns: ξ^μ·σ / N). */
export function overlaps(memories: Patterns, state: ArrayLike<number>): Float64Array {
  const { count: K, dim: N, data } = memories;
  let xx = 0;
  for (let i = 0; i < N; i++) xx += state[i] * state[i];
  const out = new Float64Array(K);
  for (let mu = 0; mu < K; mu++) {
    let dot = 0;
    let nn = 0;
    const row = mu * N;
    for (let i = 0; i < N; i++) {
      dot += data[row + i] * state[i];
      nn += data[row + i] * data[row + i];
    }
    const denom = Math.sqrt(nn * xx);
    out[mu] = denom > 0 ? dot / denom : 0;
  }
  return out;
}

/** Number of positions whose signs differ (0 counts as negative). */
export function hamming(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) if (a[i] > 0 !== b[i] > 0) d++;
  return d;
}

/** The memory with the largest |overlap|, with its signed overlap. */
export function nearestMemory(
  memories: Patterns,
  state: ArrayLike<number>,
): { index: number; overlap: number } {
  const m = overlaps(memories, state);
  let index = 0;
  for (let mu = 1; mu < m.length; mu++) if (Math.abs(m[mu]) > Math.abs(m[index])) index = mu;
  return { index, overlap: m[index] ?? 0 };
}

/** Overlap at or above which a state counts as the memory itself (≤ 0.5% of bits wrong). */
export const RETRIEVED_OVERLAP = 0.99;
/** Overlap with the best mixture at or above which a state counts as that mixture. */
export const MIXTURE_OVERLAP = 0.95;

function isBinary(x: ArrayLike<number>): boolean {
  for (let i = 0; i < x.length; i++) if (x[i] !== 1 && x[i] !== -1) return false;
  return true;
}

/** sign(Σ_{μ∈S} ε_μ ξ^μ) (binary) or Σ_{μ∈S} ε_μ ξ^μ / |S| (continuous), ε_μ = sign of overlap. */
function mixtureOf(
  memories: Patterns,
  ids: number[],
  signs: number[],
  binary: boolean,
): Float64Array {
  const N = memories.dim;
  const out = new Float64Array(N);
  ids.forEach((mu, k) => {
    for (let i = 0; i < N; i++) out[i] += signs[k] * memories.data[mu * N + i];
  });
  for (let i = 0; i < N; i++) out[i] = binary ? Math.sign(out[i]) : out[i] / ids.length;
  return out;
}

function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += a[i] * b[i];
    aa += a[i] * a[i];
    bb += b[i] * b[i];
  }
  return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
}

/**
 * Names a final state: the memory it retrieved (overlap ≥ 0.99), an inverted memory
 * (≤ −0.99), a mixture of the top 2–5 memories (the best symmetric mixture matches with cosine
 * ≥ 0.95; for binary states, odd mixtures sign(±ξ¹ ± ξ² ± ξ³ …)), or spurious.
 */
export function verdict(memories: Patterns, state: ArrayLike<number>): Verdict {
  const m = overlaps(memories, state);
  const ranked = Array.from(m.keys()).sort((a, b) => Math.abs(m[b]) - Math.abs(m[a]));
  const best = ranked[0];
  if (m[best] >= RETRIEVED_OVERLAP) return { kind: 'retrieved', memory: best, overlap: m[best] };
  if (m[best] <= -RETRIEVED_OVERLAP) return { kind: 'inverted', memory: best, overlap: m[best] };
  const binary = isBinary(state);
  let bestMix: { ids: number[]; score: number } | null = null;
  for (let size = 2; size <= Math.min(5, ranked.length); size++) {
    if (binary && size % 2 === 0) continue;
    const ids = ranked.slice(0, size);
    const signs = ids.map((mu) => (m[mu] >= 0 ? 1 : -1));
    const score = cosine(mixtureOf(memories, ids, signs, binary), state);
    if (score >= MIXTURE_OVERLAP && (!bestMix || score > bestMix.score)) bestMix = { ids, score };
  }
  if (bestMix) {
    const ids = [...bestMix.ids].sort((a, b) => a - b);
    return { kind: 'mixture', memories: ids, overlaps: ids.map((mu) => m[mu]) };
  }
  return { kind: 'spurious', nearest: best, overlap: m[best] };
}
