/**
 * The trained model the "use" tools work with: the chosen run (or the first shown run that has
 * memories) at the epoch its grid shows (the scrubbed snapshot, or the newest memories), as a
 * src/core KhModel. Re-evaluated when training delivers new memories.
 */
import { useShallow } from 'zustand/react/shallow';
import type { ShownMemories } from '../app/snapshots';
import type { KhModel } from '../../../core/classifier/kh-model';
import { useDamStore } from '../../../store';
import { selectShownRuns, type LabRun } from '../app/slice';
import { useSnapshots } from './context';

export interface LabModel {
  run: LabRun;
  /** Index of the run among those shown (its colour). */
  index: number;
  model: KhModel;
  shown: ShownMemories;
}

export function useLabModel(): LabModel | null {
  const runs = useDamStore(useShallow((s) => selectShownRuns(s.lab)));
  const useRun = useDamStore((s) => s.lab.useRun);
  const scrub = useDamStore((s) => s.lab.scrub);
  const snaps = useSnapshots();
  const usable = runs.filter((r) => r.config && snaps.shownMemories(r.key, scrub));
  const run = usable.find((r) => r.key === useRun) ?? usable[0];
  if (!run || !run.config) return null;
  const shown = snaps.shownMemories(run.key, scrub);
  if (!shown) return null;
  return { run, index: runs.indexOf(run), model: snaps.modelOf(run.config, shown), shown };
}

/** "n = 20, epoch 3" (or "during epoch 4"). */
export function describeLabModel(m: LabModel): string {
  return m.shown.fraction > 0
    ? `${m.run.name}, during epoch ${m.shown.epoch + 1}`
    : `${m.run.name}, epoch ${m.shown.epoch}`;
}
