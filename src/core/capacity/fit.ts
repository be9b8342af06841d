/** Least-squares straight lines, for the fitted slopes of the capacity views. */

export interface LineFit {
  slope: number;
  intercept: number;
  /** Coefficient of determination; null when every y is equal (nothing to explain). */
  r2: number | null;
}

/** y ≈ slope·x + intercept over finite pairs; null with fewer than two distinct x. */
export function fitLine(xs: readonly number[], ys: readonly number[]): LineFit | null {
  const pts: [number, number][] = [];
  for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
    if (Number.isFinite(xs[i]) && Number.isFinite(ys[i])) pts.push([xs[i], ys[i]]);
  }
  if (new Set(pts.map((p) => p[0])).size < 2) return null;
  const n = pts.length;
  const mx = pts.reduce((a, p) => a + p[0], 0) / n;
  const my = pts.reduce((a, p) => a + p[1], 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const [x, y] of pts) {
    sxx += (x - mx) ** 2;
    sxy += (x - mx) * (y - my);
    syy += (y - my) ** 2;
  }
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const r2 = syy === 0 ? null : (sxy * sxy) / (sxx * syy);
  return { slope, intercept, r2 };
}
