/**
 * The kernel lab's results as files: the U-Hop+ history (loss and minimum angle per iteration),
 * the pairwise-similarity matrices before and after, the basin maps' converged shares per memory
 * and the metastable table, as CSV each, and everything at once as JSON (with the set-up each
 * result answers). Only what was computed; null when there is nothing.
 */
import { sizeLabels } from './support-sizes';
import type { KernelResults } from './results';

const row = (xs: readonly (string | number)[]) => xs.join(',');

export function historyCsv(r: KernelResults): string | null {
  const t = r.train;
  if (!t) return null;
  return [
    row(['iteration', 'loss', 'min_angle_deg']),
    ...t.history.map((s) => row([s.iteration, s.loss, s.minAngleDeg])),
  ].join('\n');
}

export function similarityCsv(r: KernelResults): string | null {
  const t = r.train;
  if (!t) return null;
  const M = t.memories.M;
  const lines = [row(['when', 'a', 'b', 'cosine'])];
  for (const [when, s] of [
    ['before', t.similarityBefore],
    ['after', t.similarityAfter],
  ] as const)
    for (let a = 0; a < M; a++)
      for (let b = 0; b < M; b++) lines.push(row([when, a + 1, b + 1, s[a * M + b]]));
  return lines.join('\n');
}

export function basinSharesCsv(r: KernelResults): string | null {
  const b = r.basins?.result;
  if (!b) return null;
  const M = b.before.share.length;
  return [
    row(['memory', 'share_before', 'share_after']),
    ...Array.from({ length: M }, (_, k) => row([k + 1, b.before.share[k], b.after.share[k]])),
    row(['any', b.before.converged, b.after.converged]),
  ].join('\n');
}

export function metastableCsv(r: KernelResults): string | null {
  const m = r.metastable?.result;
  if (!m || !m.rows.length) return null;
  const sizes = sizeLabels(m.rows[0].histogram.counts.length);
  return [
    row([
      'normaliser',
      'phi',
      ...sizes.map((s) => `size_${s.replace('≥', 'ge')}`),
      'queries',
      'mean',
    ]),
    ...m.rows.map((x) =>
      row([
        x.normaliser,
        x.phi,
        ...x.histogram.counts.map((c) => c / Math.max(1, x.histogram.queries)),
        x.histogram.queries,
        x.histogram.mean,
      ]),
    ),
  ].join('\n');
}

export function kernelJson(r: KernelResults): string | null {
  const t = r.train;
  if (!t && !r.basins && !r.metastable && !r.contours) return null;
  const arr = (a: ArrayLike<number>) => Array.from(a);
  return JSON.stringify(
    {
      training: t && {
        spec: t.spec,
        history: t.history,
        tammesDeg: t.tammesDeg,
        boundsDeg: t.boundsDeg,
        similarityBefore: arr(t.similarityBefore),
        similarityAfter: arr(t.similarityAfter),
        backend: t.backend,
        ms: t.ms,
      },
      basins: r.basins && {
        request: r.basins.req,
        before: {
          converged: r.basins.result.before.converged,
          share: arr(r.basins.result.before.share),
        },
        after: {
          converged: r.basins.result.after.converged,
          share: arr(r.basins.result.after.share),
        },
      },
      contours: r.contours && {
        request: r.contours.req,
        grids: r.contours.result.grids.map((g) => ({
          iteration: g.iteration,
          energy: arr(g.energy),
        })),
      },
      metastable: r.metastable && { request: r.metastable.req, ...r.metastable.result },
    },
    null,
    1,
  );
}
