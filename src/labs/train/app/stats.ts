/**
 * Contributor statistics for what the lab shows: the worker evaluates memories it has no
 * statistics for (a shipped file, a scrubbed epoch), one evaluation at a time, cached per run
 * and epoch in the snapshots.
 */
import { errorMessage } from '../../../core/util/error-message';
import type { KhConfig, KhOptions } from '../../../core/classifier/kh-model';
import { ensureWorker, lab, type TrainContext } from './context';
import { selectShownRuns } from './slice';

/** KhOptions that rebuild exactly `config`. */
export const optionsOf = (config: KhConfig): KhOptions => ({ ...config });

/** Asks the worker for the statistics of every shown run that has none yet. */
export function requestShownStats(ctx: TrainContext): void {
  const s = lab();
  const snaps = ctx.snapshots;
  for (const run of selectShownRuns(s)) {
    if (!run.config) continue;
    const shown = snaps.shownMemories(run.key, s.scrub);
    // Live epochs come with their statistics; what is missing came from a file.
    if (!shown || shown.fraction > 0 || snaps.statsFor(run.key, shown.epoch)) continue;
    snaps.setStats(run.key, shown.epoch, { kind: 'pending' });
    const { config, key } = run;
    const { memories, T, epoch } = shown;
    ctx.evalChain = ctx.evalChain.then(async () => {
      if (!(await ensureWorker(ctx))) {
        snaps.setStats(key, epoch, {
          kind: 'error',
          message: 'the training worker is not running',
        });
      } else {
        try {
          const copy = memories.slice();
          const r = await ctx.room.call('evaluate', [optionsOf(config), T, copy], {
            background: true,
            transfer: [copy.buffer],
          });
          snaps.setStats(key, epoch, {
            kind: 'ready',
            stats: r.contributors,
            trainError: r.trainError,
            testError: r.testError,
          });
        } catch (err) {
          snaps.setStats(key, epoch, { kind: 'error', message: errorMessage(err) });
        }
      }
      snaps.touch();
    });
  }
}
