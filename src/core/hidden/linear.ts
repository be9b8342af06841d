/**
 * The two-body synapses ξ_{μi} used both ways (docs/models.md §5): the hidden layer's input
 * Ξ g (K numbers) and the visible layer's input Ξᵀ f (N numbers). Ξ is K×N, row-major.
 */
import type { HiddenMemories } from './types';

/** c = Ξ g into `out` (length K). */
export function project(
  mem: HiddenMemories,
  g: ArrayLike<number>,
  out: Float64Array,
): Float64Array {
  const { K, N, data } = mem;
  for (let mu = 0; mu < K; mu++) {
    const row = mu * N;
    let acc = 0;
    for (let i = 0; i < N; i++) acc += data[row + i] * g[i];
    out[mu] = acc;
  }
  return out;
}

/** b = Ξᵀ f into `out` (length N); rows with f_μ = 0 (rectified, underflowed softmax) are skipped. */
export function backProject(
  mem: HiddenMemories,
  f: ArrayLike<number>,
  out: Float64Array,
): Float64Array {
  const { K, N, data } = mem;
  out.fill(0);
  for (let mu = 0; mu < K; mu++) {
    const w = f[mu];
    if (w === 0) continue;
    const row = mu * N;
    for (let i = 0; i < N; i++) out[i] += w * data[row + i];
  }
  return out;
}
