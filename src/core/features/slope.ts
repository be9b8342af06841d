/**
 * Least-squares line through (log x, log y): y ≈ e^intercept · x^slope. Points with x or y not
 * finite and > 0 are left out; null with fewer than two usable points or when all usable x are
 * equal (no slope), so the result is never NaN.
 */
export function logLogFit(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
): { slope: number; intercept: number } | null {
  if (xs.length !== ys.length) throw new Error(`logLogFit: ${xs.length} xs but ${ys.length} ys`);
  const lx: number[] = [];
  const ly: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const y = ys[i];
    if (Number.isFinite(x) && x > 0 && Number.isFinite(y) && y > 0) {
      lx.push(Math.log(x));
      ly.push(Math.log(y));
    }
  }
  const n = lx.length;
  if (n < 2) return null;
  const mx = lx.reduce((s, v) => s + v, 0) / n;
  const my = ly.reduce((s, v) => s + v, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (lx[i] - mx) ** 2;
    sxy += (lx[i] - mx) * (ly[i] - my);
  }
  if (!(sxx > 1e-12 * Math.max(1, mx * mx))) return null;
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}
