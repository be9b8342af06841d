/**
 * The contributor statistics of the runs shown, at the scrubbed epoch, one row per run (with a
 * note while they are missing), and the lab's claim in words from them (app/verdict.ts). Shared by
 * the set-up's headline and the contributors panel, so both say the same thing.
 */
import { useShallow } from 'zustand/react/shallow';
import type { ContributorStats } from '../../../core/classifier/kh-explain';
import { useDamStore } from '../../../store';
import type { Snapshots } from '../app/snapshots';
import { selectShownRuns, type LabRun } from '../app/slice';
import { contributorVerdict, type Verdict } from '../app/verdict';
import { runColour } from './charts/kh-colors';
import { useSnapshots } from './context';

export interface ShownStatsRow {
  key: string;
  name: string;
  n: number | null;
  colour: string;
  stats: ContributorStats | null;
  epoch: number | null;
  note?: string;
}

export function shownStatsRows(
  snaps: Snapshots,
  runs: readonly LabRun[],
  scrub: number | null,
): ShownStatsRow[] {
  return runs.map((run, i) => {
    const base = { key: run.key, name: run.name, n: run.config?.n ?? null, colour: runColour(i) };
    if (run.status === 'error') return { ...base, stats: null, epoch: null, note: 'not loaded' };
    const shown = run.config ? snaps.shownMemories(run.key, scrub) : null;
    if (!shown) return { ...base, stats: null, epoch: null, note: 'waiting for memories…' };
    if (shown.epoch === 0) {
      return { ...base, stats: null, epoch: 0, note: 'measured after the first epoch…' };
    }
    const entry = snaps.statsFor(run.key, shown.epoch);
    if (entry?.kind === 'ready') return { ...base, stats: entry.stats, epoch: shown.epoch };
    const note = entry?.kind === 'error' ? `failed: ${entry.message}` : 'computing…';
    return { ...base, stats: null, epoch: shown.epoch, note };
  });
}

/** Whether a shown run that can be measured is still waiting for its statistics. */
export const measuring = (rows: readonly ShownStatsRow[]): boolean =>
  rows.some((r) => !r.stats && r.note !== 'not loaded' && !r.note?.startsWith('failed'));

/** The verdict once every shown run that can be measured has its statistics (null before). */
export function verdictOf(rows: readonly ShownStatsRow[]): Verdict | null {
  if (measuring(rows)) return null;
  return contributorVerdict(
    rows.flatMap((r) => (r.stats && r.n !== null ? [{ n: r.n, median: r.stats.median }] : [])),
  );
}

export function useShownStats(): {
  runs: LabRun[];
  rows: ShownStatsRow[];
  verdict: Verdict | null;
  /** No verdict yet because statistics are still coming (false: too few runs measured). */
  pending: boolean;
  K: number;
} {
  const runs = useDamStore(useShallow((s) => selectShownRuns(s.lab)));
  const scrub = useDamStore((s) => s.lab.scrub);
  // Re-renders when statistics arrive (they live in the snapshots).
  const snaps = useSnapshots();
  const rows = shownStatsRows(snaps, runs, scrub);
  const K = Math.max(2, ...runs.map((r) => r.config?.K ?? 0));
  return { runs, rows, verdict: verdictOf(rows), pending: measuring(rows), K };
}
