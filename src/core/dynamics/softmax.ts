/**
 * Numerically stable log-sum-exp and softmax (max subtraction), float64.
 */

/** lse(β, z) = β⁻¹ log Σ_l exp(β z_l). Finite for any finite z and β > 0. */
export function lse(beta: number, z: ArrayLike<number>): number {
  if (z.length === 0) return -Infinity;
  let max = -Infinity;
  for (let l = 0; l < z.length; l++) if (z[l] > max) max = z[l];
  let sum = 0;
  for (let l = 0; l < z.length; l++) sum += Math.exp(beta * (z[l] - max));
  return max + Math.log(sum) / beta;
}

/** softmax(β z) into `out` (allocated when absent). Sums to 1; the largest entry is ≥ 1/K. */
export function softmax(beta: number, z: ArrayLike<number>, out?: Float64Array): Float64Array {
  const p = out ?? new Float64Array(z.length);
  let max = -Infinity;
  for (let l = 0; l < z.length; l++) if (z[l] > max) max = z[l];
  let sum = 0;
  for (let l = 0; l < z.length; l++) {
    p[l] = Math.exp(beta * (z[l] - max));
    sum += p[l];
  }
  for (let l = 0; l < z.length; l++) p[l] /= sum;
  return p;
}
