/** The training lab's runtime for its components (the shell provides it to every part of the lab). */
import { useSyncExternalStore } from 'react';
import { createLabRuntime } from '../../../shell/lab-runtime';
import type { TrainRuntime } from '../app/runtime';
import type { Snapshots } from '../app/snapshots';

export const trainRuntime = createLabRuntime<TrainRuntime>('training lab');
export const useTrain = trainRuntime.use;

/** The snapshots; the component re-renders whenever memories or statistics change. */
export function useSnapshots(): Snapshots {
  const { snapshots } = useTrain();
  useSyncExternalStore(snapshots.subscribe, snapshots.version, snapshots.version);
  return snapshots;
}
