/**
 * Structured orthogonal random features (SORF, Yu et al. 2016) for inputs of dimension D:
 * with d = the least power of 2 ≥ D, S is stacked from ⌈Y/d⌉ blocks of d rows, block b being
 *
 *   M_b = √d · H D1_b H D2_b H D3_b     (H = H_d/√d, the orthogonal Walsh–Hadamard matrix,
 *                                        D1..D3 seeded random ±1 diagonals)
 *
 * applied to x padded with zeros to length d; the last block is truncated to the rows left.
 * Every row of M_b has norm exactly √d and the rows of a block are orthogonal. Row y is then
 * rescaled by χ_y/√d with χ_y ~ chi(d) drawn independently (chi.ts), so each row's norm is
 * distributed like that of a N(0, I_d) row; as the direction of a SORF row is close to uniform,
 * each row is close to N(0, I_d) and its first D entries (the ones x meets) close to N(0, I_D),
 * like the dense Gaussian map's rows. Without the rescaling every row has norm √d, which biases
 * the RBF kernel estimate (the spectral density is sampled on one shell only).
 *
 * Memory: 3·d·⌈Y/d⌉ signs (Int8Array) + Y row scales (Float64Array) + a d-float scratch, O(Y).
 * Time: O(⌈Y/d⌉ · d log d) = O(Y log d) per S x or Sᵀ w (three in-place fast WHTs per block).
 * The transpose of a block is the reverse product, M_bᵀ = √d · D3 H D2 H D1 H (H symmetric).
 *
 * Randomness: signs from createRng(subSeed(seed, 1)) block by block (D1, D2, D3, each d signs,
 * one top bit of nextUint32 per sign), scales from createRng(subSeed(seed, 2)) row by row, so
 * the first rows are the same for every Y with the same seed and D.
 */
import { createRng } from '../util/random';
import { subSeed } from '../util/sub-seed';
import { sampleChi } from './chi';
import type { Projection } from './projection';
import { fwht, nextPowerOfTwo } from './wht';

/** The largest Y of a Hadamard map (its memory is O(Y): ≈ 11 bytes per row). */
export const MAX_HADAMARD_Y = 2 ** 22;
/** The largest input dimension of a Hadamard map (its scratch and blocks are d ≥ D long). */
export const MAX_HADAMARD_D = 2 ** 20;

export function createHadamardProjection(Y: number, D: number, seed: number): Projection {
  if (!Number.isInteger(Y) || Y < 1 || Y > MAX_HADAMARD_Y)
    throw new Error(`Y must be an integer in [1, ${MAX_HADAMARD_Y}] for 'hadamard', got ${Y}`);
  if (!Number.isInteger(D) || D < 1 || D > MAX_HADAMARD_D)
    throw new Error(`D must be an integer in [1, ${MAX_HADAMARD_D}] for 'hadamard', got ${D}`);
  const d = nextPowerOfTwo(D);
  const blocks = Math.ceil(Y / d);
  const signs = new Int8Array(3 * d * blocks);
  const signRng = createRng(subSeed(seed, 1));
  for (let j = 0; j < signs.length; j++) signs[j] = signRng.nextUint32() >>> 31 ? 1 : -1;
  // Unnormalised H_d: M_b = d^{-1} H_d D1 H_d D2 H_d D3, so row y of S is (χ_y / d^{3/2}) (H_d…)_y.
  const scale = new Float64Array(Y);
  const chiRng = createRng(subSeed(seed, 2));
  const norm = d ** -1.5;
  for (let y = 0; y < Y; y++) scale[y] = sampleChi(chiRng, d) * norm;
  const buf = new Float64Array(d);

  const times = (sign: number): void => {
    for (let i = 0; i < d; i++) buf[i] *= signs[sign + i];
  };

  return {
    Y,
    D,
    bytes: signs.byteLength + scale.byteLength + buf.byteLength,
    apply(x, out) {
      for (let b = 0; b < blocks; b++) {
        buf.fill(0);
        buf.set(x);
        const s = 3 * d * b;
        times(s + 2 * d);
        fwht(buf);
        times(s + d);
        fwht(buf);
        times(s);
        fwht(buf);
        const y0 = b * d;
        const rows = Math.min(d, Y - y0);
        for (let r = 0; r < rows; r++) out[y0 + r] = buf[r] * scale[y0 + r];
      }
    },
    applyT(w, out) {
      out.fill(0);
      for (let b = 0; b < blocks; b++) {
        buf.fill(0);
        const y0 = b * d;
        const rows = Math.min(d, Y - y0);
        for (let r = 0; r < rows; r++) buf[r] = w[y0 + r] * scale[y0 + r];
        const s = 3 * d * b;
        fwht(buf);
        times(s);
        fwht(buf);
        times(s + d);
        fwht(buf);
        times(s + 2 * d);
        for (let i = 0; i < D; i++) out[i] += buf[i];
      }
    },
  };
}
