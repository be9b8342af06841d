/**
 * The kernel lab's part of window.__dam (?e2e=1 only, loaded by dynamic import): the jobs'
 * status, the training as numbers (min angle before and after, the Tammes optimum, the loss),
 * the basin maps' converged shares, the metastable rows, and handles to load a preset, set a
 * set-up of one's own (e2e runs small ones), train, pause, compute and read the exports. Every
 * key starts with "kernel": the labs' hooks share one window.__dam.
 */
import type { Shell } from '../../shell/shell';
import { useDamStore } from '../../store';
import { historyCsv, kernelJson } from './app/export';
import { findings } from './app/findings';
import type { KernelRuntime } from './app/runtime';
import type { KernelJobName, KernelSetup } from './app/slice';

export function install(runtime: () => KernelRuntime, _shell: Shell) {
  return {
    kernel() {
      const s = useDamStore.getState();
      const r = runtime().results.get();
      const t = r.train;
      const b = r.basins?.result ?? null;
      return {
        jobs: s.kernelJobs,
        preset: s.kernel.preset,
        setup: s.kernel,
        paused: s.kernelPaused,
        scrub: s.kernelScrub,
        live: r.live && { iterations: r.live.history.length, points: r.live.points?.length ?? 0 },
        train: t && {
          M: t.memories.M,
          dPhi: t.spec.uhop.dPhi,
          iterations: t.history.length - 1,
          minAngleBefore: t.history[0]?.minAngleDeg ?? null,
          minAngleAfter: t.history[t.history.length - 1]?.minAngleDeg ?? null,
          lossBefore: t.history[0]?.loss ?? null,
          lossAfter: t.history[t.history.length - 1]?.loss ?? null,
          tammesDeg: t.tammesDeg,
          boundsDeg: t.boundsDeg,
          backend: t.backend,
          ms: t.ms,
        },
        basins: b && {
          R: b.before.R,
          before: { converged: b.before.converged, share: Array.from(b.before.share) },
          after: { converged: b.after.converged, share: Array.from(b.after.share) },
        },
        contours: r.contours && { iterations: r.contours.result.grids.map((g) => g.iteration) },
        metastable: r.metastable && {
          queries: r.metastable.result.queries,
          M: r.metastable.result.M,
          rows: r.metastable.result.rows,
        },
        findings: findings(r),
      };
    },
    kernelPreset: (id: string, phone = false) => runtime().applyPreset(id, phone),
    kernelSetSetup(patch: Partial<KernelSetup>): void {
      useDamStore.getState().setKernel({ preset: null, ...patch });
    },
    kernelTrain: () => runtime().train(),
    kernelPause: () => runtime().pause(),
    kernelResume: () => runtime().resume(),
    kernelBasins: () => runtime().basins(),
    kernelContours: () => runtime().contours(),
    kernelMetastable: () => runtime().metastable(),
    kernelCancel: (job: KernelJobName) => runtime().cancel(job),
    kernelScrub: (iteration: number | null) => useDamStore.getState().setKernelScrub(iteration),
    kernelJson: () => kernelJson(runtime().results.get()),
    kernelHistoryCsv: () => historyCsv(runtime().results.get()),
  };
}
