/**
 * The lab's first screen: the shipped runs (shipped.ts) loaded into the store and the snapshots,
 * each file once per page (the pair first, the others when all are asked for), each in its own task so parsing and the first grid draw are not one long
 * main-thread task; a broken file becomes that run's error, never the lab's.
 */
import { errorMessage } from '../../../core/util/error-message';
import type { KhRunFile } from '../../../core/classifier/kh-snapshot';
import { state, type TrainContext } from './context';
import { loadShippedRun, SHIPPED_RUNS } from './shipped';
import type { LabRun } from './slice';
import { requestShownStats } from './stats';

function shippedRunFrom(key: string, file: KhRunFile, extra: boolean): LabRun {
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
    extra,
  };
}

/**
 * Loads the shipped runs the lab shows (the pair, or all with lab.shippedAll) that were not asked
 * for yet; the runs already there stay as they are.
 */
export async function loadShipped(ctx: TrainContext): Promise<void> {
  const all = state().lab.shippedAll;
  const wanted = SHIPPED_RUNS.filter((s) => (all || s.pair) && !ctx.shippedLoaded.has(s.key));
  if (!wanted.length) return;
  for (const s of wanted) ctx.shippedLoaded.add(s.key);
  const have = new Map(
    state()
      .lab.runs.filter((r) => r.source === 'shipped')
      .map((r) => [r.key, r]),
  );
  for (const s of wanted) {
    have.set(s.key, {
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
      extra: !s.pair,
    });
  }
  // In SHIPPED_RUNS order (by n), whatever loaded first.
  const ordered = SHIPPED_RUNS.flatMap((s) => {
    const run = have.get(s.key);
    return run ? [run] : [];
  });
  state().replaceLabRuns('shipped', ordered);
  await Promise.all(
    wanted.map(async (s) => {
      try {
        const file = await loadShippedRun(s);
        // Parsing a file and drawing its grid each cost tens of ms: two tasks, not one long one.
        await new Promise((resolve) => setTimeout(resolve, 0));
        ctx.snapshots.clearRun(s.key);
        for (const snap of file.saved) ctx.snapshots.keepSnapshot(s.key, snap);
        state().patchLabRun(s.key, shippedRunFrom(s.key, file, !s.pair));
      } catch (err) {
        state().patchLabRun(s.key, { status: 'error', error: errorMessage(err) });
      }
      ctx.snapshots.touch();
    }),
  );
  requestShownStats(ctx);
}
