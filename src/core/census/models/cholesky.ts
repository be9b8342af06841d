/**
 * Solves A x = b for a symmetric positive definite A (d × d, row-major) by Cholesky, in float64.
 * Returns null when A is not numerically positive definite (a pivot ≤ 1e-300), so the caller can
 * fall back (the logistic fit then takes a gradient step instead of a Newton step).
 */
export function solveSpd(A: Float64Array, b: Float64Array, d: number): Float64Array | null {
  if (A.length !== d * d || b.length !== d) throw new Error('solveSpd: sizes do not match');
  const Lo = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i * d + j];
      for (let k = 0; k < j; k++) s -= Lo[i * d + k] * Lo[j * d + k];
      if (i === j) {
        if (!(s > 1e-300)) return null;
        Lo[i * d + i] = Math.sqrt(s);
      } else {
        Lo[i * d + j] = s / Lo[j * d + j];
      }
    }
  }
  const y = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= Lo[i * d + k] * y[k];
    y[i] = s / Lo[i * d + i];
  }
  const x = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < d; k++) s -= Lo[k * d + i] * x[k];
    x[i] = s / Lo[i * d + i];
  }
  return x;
}
