/**
 * The only source of randomness in the project: a seeded PRNG, so that a seed in a shared link
 * reproduces a run bit for bit. xoshiro128** (32-bit state words), seeded through splitmix32.
 */

export interface Rng {
  /** Uniform 32-bit unsigned integer. */
  nextUint32(): number;
  /** Uniform float in [0, 1) with 32 random bits. */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** A uniformly random permutation of 0 … n−1 (Fisher–Yates). */
  permutation(n: number): Int32Array;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const rotl = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0;

/**
 * @param seed any finite number; it is reduced to an unsigned 32-bit integer.
 */
export function createRng(seed: number): Rng {
  const init = splitmix32(Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  if ((a | b | c | d) === 0) a = 1;

  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
    const t = (b << 9) >>> 0;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  const next = () => nextUint32() / 4294967296;
  let spare: number | null = null;

  return {
    nextUint32,
    next,
    int: (n) => {
      if (!(n >= 1)) throw new RangeError(`int(n) needs n ≥ 1, got ${n}`);
      // Rejection sampling removes modulo bias.
      const limit = 4294967296 - (4294967296 % n);
      let x = nextUint32();
      while (x >= limit) x = nextUint32();
      return x % n;
    },
    normal: () => {
      if (spare !== null) {
        const s = spare;
        spare = null;
        return s;
      }
      let u = next();
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
    permutation: (n) => {
      const p = new Int32Array(n);
      for (let i = 0; i < n; i++) p[i] = i;
      for (let i = n - 1; i > 0; i--) {
        const limit = 4294967296 - (4294967296 % (i + 1));
        let x = nextUint32();
        while (x >= limit) x = nextUint32();
        const j = x % (i + 1);
        const t = p[i];
        p[i] = p[j];
        p[j] = t;
      }
      return p;
    },
  };
}
