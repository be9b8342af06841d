/**
 * Exact signs of the energy difference Δ_i when float64 cannot decide (a near-tie).
 *
 * Both fall-backs take the terms grouped by their integer argument: counts c (Σ of ξ^μ_i over
 * memories sharing the same a_μ), so the sum is Σ c·g(a) with integer c.
 *  - Polynomial families: g(a) is an integer, so BigInt gives the exact value.
 *  - Exponential: Σ_d c_d·x^d with x = e^{−β} and integer d ≥ 0 (offsets from the largest term).
 *    x is transcendental for rational β ≠ 0 (Lindemann–Weierstrass), so the sum is 0 only when
 *    every c_d is 0. Interval arithmetic in BigInt fixed point at growing precision finds the sign.
 */

export type Sign = -1 | 0 | 1;

function bigPolyF(rectified: boolean, n: number, x: number): bigint {
  if (rectified && x <= 0) return 0n;
  return BigInt(x) ** BigInt(n);
}

/** Exact sign of Σ_a counts(a)·(F(a+1) − F(a−1)) for the polynomial families. */
export function exactPolySign(rectified: boolean, n: number, counts: Map<number, number>): Sign {
  let total = 0n;
  for (const [a, c] of counts) {
    if (c === 0) continue;
    total += BigInt(c) * (bigPolyF(rectified, n, a + 1) - bigPolyF(rectified, n, a - 1));
  }
  return total > 0n ? 1 : total < 0n ? -1 : 0;
}

/** β as an exact dyadic rational: mantissa · 2^exponent. */
function dyadic(x: number): { mant: bigint; exp: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { mant: frac, exp: -1074 };
  return { mant: frac | (1n << 52n), exp: biased - 1075 };
}

const ceilDiv = (a: bigint, b: bigint) => (a >= 0n ? (a + b - 1n) / b : a / b);

/** An interval [lo, hi] (units of 2^−p) that contains e^{−β}. */
function expNegInterval(beta: number, p: number): { lo: bigint; hi: bigint } {
  const { mant, exp } = dyadic(beta);
  // Range reduction: z = β / 2^s ≤ 1/2, then e^{−β} = (e^{−z})^(2^s).
  const s = Math.max(0, Math.ceil(Math.log2(beta)) + 1);
  const one = 1n << BigInt(p);
  const shift = exp - s + p;
  // z in fixed point; when shift < 0 it is floored, an error below one unit.
  const z = shift >= 0 ? mant << BigInt(shift) : mant >> BigInt(-shift);
  let term = one;
  let sum = one;
  let k = 1n;
  let terms = 0;
  while (term !== 0n) {
    term = (term * z) / (one * k);
    sum += k % 2n === 1n ? -term : term;
    k += 1n;
    terms++;
  }
  const err = BigInt(terms + 4);
  let lo = sum - err;
  let hi = sum + err;
  for (let i = 0; i < s; i++) {
    lo = (lo * lo) >> BigInt(p);
    hi = ceilDiv(hi * hi, one);
  }
  return { lo: lo < 0n ? 0n : lo, hi };
}

/**
 * Exact sign of Σ_d counts(d)·e^{−β d} for integer offsets d ≥ 0.
 * Returns 0 only if every count is 0 (or, in theory, if 4096 bits cannot separate it from 0).
 */
export function exactExpSign(beta: number, counts: Map<number, number>): Sign {
  const entries = [...counts].filter(([, c]) => c !== 0).sort((a, b) => a[0] - b[0]);
  if (entries.length === 0) return 0;
  const base = entries[0][0];
  const maxD = entries[entries.length - 1][0] - base;
  for (let p = 256; p <= 4096; p *= 2) {
    const { lo, hi } = expNegInterval(beta, p);
    const one = 1n << BigInt(p);
    let powLo = one;
    let powHi = one;
    let d = 0;
    let sumLo = 0n;
    let sumHi = 0n;
    for (const [dRaw, c] of entries) {
      const target = dRaw - base;
      while (d < target) {
        powLo = (powLo * lo) >> BigInt(p);
        powHi = ceilDiv(powHi * hi, one);
        d++;
      }
      const cb = BigInt(c);
      if (c > 0) {
        sumLo += cb * powLo;
        sumHi += cb * powHi;
      } else {
        sumLo += cb * powHi;
        sumHi += cb * powLo;
      }
    }
    if (sumLo > 0n) return 1;
    if (sumHi < 0n) return -1;
    if (maxD === 0) return 0;
  }
  return 0;
}
