/**
 * The elementwise part of the four feature maps (feature-maps.ts), given z = √β S x:
 * φ from z, and the weights g with J_φ(x)ᵀ w = √β Sᵀ g − 2βx (φ·w)·[Exp maps only].
 *
 *  - sincos: φ = c[cos z, sin z];         ∂φ_y = −φ_{Y+y} √β S_y, ∂φ_{Y+y} = φ_y √β S_y,
 *            so g_y = φ_y w_{Y+y} − φ_{Y+y} w_y (the sin/cos swap; no trig is re-evaluated)
 *  - cos:    φ = c cos(z + b);            g_y = −c sin(z_y + b_y) w_y
 *  - exp:    φ = c exp(z − β‖x‖²);        ∂φ_y = φ_y (√β S_y − 2βx),  g_y = φ_y w_y
 *  - expexp: φ = c[exp(z − β‖x‖²), exp(−z − β‖x‖²)];  g_y = φ_y w_y − φ_{Y+y} w_{Y+y}
 */
import type { FeatureMapKind } from './feature-maps';

/** exp(t) is finite and nonzero (normal) for |t| below this. */
export const EXP_LIMIT = Math.log(Number.MAX_VALUE); // ≈ 709.78

export interface TermParams {
  kind: FeatureMapKind;
  Y: number;
  /** c above. */
  scale: number;
  beta: number;
  /** The 'cos' phases, else null. */
  b: Float64Array | null;
}

/** φ from z (length Y) and sq = ‖x‖², into out (length outputSize). */
export function featuresFromZ(p: TermParams, z: Float64Array, sq: number, out: Float64Array): void {
  const { kind, Y, scale, beta } = p;
  const shift = beta * sq;
  if ((kind === 'exp' || kind === 'expexp') && shift >= EXP_LIMIT)
    throw new Error(
      `${kind} map: β‖x‖² = ${beta}·${sq.toPrecision(6)} = ${shift.toPrecision(6)} is beyond ` +
        `exp's range (±${EXP_LIMIT.toFixed(2)}); lower beta or the norm of x`,
    );
  for (let y = 0; y < Y; y++) {
    const zy = z[y];
    if (kind === 'sincos') {
      out[y] = scale * Math.cos(zy);
      out[Y + y] = scale * Math.sin(zy);
    } else if (kind === 'cos') {
      out[y] = scale * Math.cos(zy + (p.b as Float64Array)[y]);
    } else {
      const up = zy - shift;
      const down = -zy - shift;
      if (up >= EXP_LIMIT || (kind === 'expexp' && down >= EXP_LIMIT))
        throw new Error(
          `${kind} map: exponent ±√β(Sx)_${y} − β‖x‖² = ${Math.max(up, down).toPrecision(6)} ` +
            `overflows exp (limit ${EXP_LIMIT.toFixed(2)}); lower beta or the norm of x`,
        );
      out[y] = scale * Math.exp(up);
      if (kind === 'expexp') out[Y + y] = scale * Math.exp(down);
    }
  }
}

/** g (length Y) from z, φ and w as above. */
export function jacobianWeights(
  p: TermParams,
  z: Float64Array,
  f: Float64Array,
  w: Float64Array,
  g: Float64Array,
): void {
  const { kind, Y, scale } = p;
  for (let y = 0; y < Y; y++) {
    if (kind === 'sincos') g[y] = f[y] * w[Y + y] - f[Y + y] * w[y];
    else if (kind === 'cos') g[y] = -scale * Math.sin(z[y] + (p.b as Float64Array)[y]) * w[y];
    else if (kind === 'exp') g[y] = f[y] * w[y];
    else g[y] = f[y] * w[y] - f[Y + y] * w[Y + y];
  }
}
