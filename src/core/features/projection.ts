/**
 * The linear part of a random feature map: z = S x for S ∈ R^{Y×D}, and its transpose Sᵀ w, which
 * the Jacobian of φ needs. Two kinds share this face: the dense Gaussian matrix (this file) and the
 * structured Hadamard blocks (hadamard.ts).
 */
import type { Rng } from '../util/random';

export interface Projection {
  readonly Y: number;
  readonly D: number;
  /** Bytes held by the projection's parameters and scratch. */
  readonly bytes: number;
  /** out[y] = (S x)_y for y < Y; x has length D, out length Y. */
  apply(x: Float64Array, out: Float64Array): void;
  /** out[i] = (Sᵀ w)_i for i < D (overwritten); w has length Y. */
  applyT(w: Float64Array, out: Float64Array): void;
}

/**
 * Dense S with i.i.d. N(0, 1) entries drawn row-major from `rng` (row y = feature y), stored as
 * float32; arithmetic in float64.
 */
export function createGaussianProjection(Y: number, D: number, rng: Rng): Projection {
  const S = new Float32Array(Y * D);
  for (let j = 0; j < S.length; j++) S[j] = rng.normal();
  return {
    Y,
    D,
    bytes: S.byteLength,
    apply(x, out) {
      for (let y = 0; y < Y; y++) {
        let z = 0;
        const row = y * D;
        for (let i = 0; i < D; i++) z += S[row + i] * x[i];
        out[y] = z;
      }
    },
    applyT(w, out) {
      out.fill(0);
      for (let y = 0; y < Y; y++) {
        const wy = w[y];
        if (wy === 0) continue;
        const row = y * D;
        for (let i = 0; i < D; i++) out[i] += S[row + i] * wy;
      }
    },
  };
}
