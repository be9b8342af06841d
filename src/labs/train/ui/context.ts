/** The training lab's runtime for its components (provided by its Controls and Content). */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { TrainRuntime } from '../app/runtime';
import type { Snapshots } from '../app/snapshots';

export const TrainContext = createContext<TrainRuntime | null>(null);

export function useTrain(): TrainRuntime {
  const rt = useContext(TrainContext);
  if (!rt) throw new Error('training lab components need the TrainContext provider');
  return rt;
}

/** The snapshots; the component re-renders whenever memories or statistics change. */
export function useSnapshots(): Snapshots {
  const { snapshots } = useTrain();
  useSyncExternalStore(snapshots.subscribe, snapshots.version, snapshots.version);
  return snapshots;
}
