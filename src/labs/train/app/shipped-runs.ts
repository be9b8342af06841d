/**
 * The lab's first screen: the shipped runs (shipped.ts) loaded into the store and the snapshots,
 * once per page, each file in its own task so parsing and the first grid draw are not one long
 * main-thread task; a broken file becomes that run's error, never the lab's.
 */
import { errorMessage } from '../../../core/util/error-message';
import type { KhRunFile } from '../../../core/classifier/kh-snapshot';
import { state, type TrainContext } from './context';
import { loadShippedRun, SHIPPED_RUNS } from './shipped';
import type { LabRun } from './slice';
import { requestShownStats } from './stats';

function shippedRunFrom(key: string, file: KhRunFile): LabRun {
  const last = file.saved[file.saved.length - 1];
  const trained = Math.max(last.epoch, ...file.history.map((h) => h.epoch));
  return {
    key,
    id: 0,
    source: 'shipped',
    name: `n = ${file.config.n}`,
    config: file.config,
    epoch: trained,
    target: trained,
    fraction: 0,
    history: file.history,
    saved: file.saved.map((s) => s.epoch),
    status: 'ready',
    origin: [file.command, file.engine].filter(Boolean).join(' · '),
  };
}

export async function loadShipped(ctx: TrainContext): Promise<void> {
  if (ctx.shippedLoaded) return;
  ctx.shippedLoaded = true;
  const placeholders: LabRun[] = SHIPPED_RUNS.map((s) => ({
    key: s.key,
    id: 0,
    source: 'shipped',
    name: `n = ${s.n}`,
    config: null,
    epoch: 0,
    target: 0,
    fraction: 0,
    history: [],
    saved: [],
    status: 'loading',
  }));
  state().replaceLabRuns('shipped', placeholders);
  await Promise.all(
    SHIPPED_RUNS.map(async (s) => {
      try {
        const file = await loadShippedRun(s);
        // Parsing a file and drawing its grid each cost tens of ms: two tasks, not one long one.
        await new Promise((resolve) => setTimeout(resolve, 0));
        ctx.snapshots.clearRun(s.key);
        for (const snap of file.saved) ctx.snapshots.keepSnapshot(s.key, snap);
        state().patchLabRun(s.key, shippedRunFrom(s.key, file));
      } catch (err) {
        state().patchLabRun(s.key, { status: 'error', error: errorMessage(err) });
      }
      ctx.snapshots.touch();
    }),
  );
  requestShownStats(ctx);
}
