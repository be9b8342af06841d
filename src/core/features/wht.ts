/**
 * The fast Walsh–Hadamard transform, in place and unnormalised: for n a power of 2,
 * a[off … off+n) ← H_n a[off … off+n), with H_1 = [1] and H_2n = [[H_n, H_n], [H_n, −H_n]].
 * H_n is symmetric and H_n H_n = n·I, so H_n/√n is orthogonal and its own inverse.
 * n log₂ n additions, no allocation.
 */

/** Whether n is a power of 2 (1, 2, 4, …). */
export const isPowerOfTwo = (n: number): boolean =>
  Number.isInteger(n) && n >= 1 && (n & (n - 1)) === 0;

/** The least power of 2 that is ≥ n (n ≥ 1, n ≤ 2^30). */
export function nextPowerOfTwo(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > 2 ** 30)
    throw new Error(`nextPowerOfTwo: n must be an integer in [1, 2^30], got ${n}`);
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

export function fwht(a: Float64Array, off = 0, n = a.length - off): void {
  if (!isPowerOfTwo(n)) throw new Error(`fwht: length n must be a power of 2, got ${n}`);
  if (off < 0 || off + n > a.length)
    throw new Error(`fwht: block [${off}, ${off + n}) is outside an array of ${a.length}`);
  for (let h = 1; h < n; h *= 2) {
    for (let i = off; i < off + n; i += 2 * h) {
      for (let j = i; j < i + h; j++) {
        const u = a[j];
        const v = a[j + h];
        a[j] = u + v;
        a[j + h] = u - v;
      }
    }
  }
}
