/**
 * The state of the training lab's runtime, one object per lab (no module state): the worker's
 * train room, the snapshots cache, the live group being trained (its AbortController) and the
 * chain of evaluations. shipped.ts, stats.ts and training.ts work on it.
 */
import { errorMessage } from '../../../core/util/error-message';
import type { Shell } from '../../../shell/shell';
import { useDamStore } from '../../../store';
import type { RoomClient } from '../../../worker-client/connection';
import type { TrainRoomApi } from '../worker/api';
import type { LabRun, LabState } from './slice';
import type { Snapshots } from './snapshots';

export interface TrainContext {
  shell: Shell;
  room: RoomClient<TrainRoomApi>;
  snapshots: Snapshots;
  /** The live group: aborted by Cancel or by the next group. */
  group: { abort: AbortController; cancelled: boolean } | null;
  /** Groups started so far (their runs' keys carry the number). */
  groups: number;
  evalChain: Promise<unknown>;
  /** Keys of the shipped runs asked for so far (each file loads once). */
  shippedLoaded: Set<string>;
  ready: Promise<boolean> | null;
}

export const state = () => useDamStore.getState();
export const lab = (): LabState => state().lab;
export const runByKey = (key: string): LabRun | undefined => lab().runs.find((r) => r.key === key);

/**
 * The worker ready for training: its backend chosen and the MNIST set sent (once; the shell
 * loads the asset once per page). Resolves false, with the reason in the store, when it failed.
 */
export function ensureWorker(ctx: TrainContext): Promise<boolean> {
  ctx.ready ??= (async () => {
    const { setLab } = state();
    setLab({ worker: { status: 'starting' } });
    try {
      await ctx.shell.compute.ensureMnist();
      await ctx.shell.compute.whenReady();
      setLab({ worker: { status: 'ready' } });
      return true;
    } catch (err) {
      ctx.ready = null;
      setLab({
        worker: {
          status: 'error',
          error: `The training worker failed to start: ${errorMessage(err)}`,
        },
      });
      return false;
    }
  })();
  return ctx.ready;
}
