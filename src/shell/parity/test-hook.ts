/**
 * The parity part of window.__dam (?e2e=1 only, loaded by dynamic import from the shell's test
 * hook): runs the engine's parity table (src/engine/parity) in the compute worker, on each
 * backend asked for, once the worker has chosen its own. Returns plain JSON.
 */
import { PARITY_ROOM, type BackendParity, type ParityRoomApi } from '../../worker-api/parity';
import type { Shell } from '../shell';

export function parityTestApi(shell: Shell) {
  return {
    async parity(backends: string[]): Promise<BackendParity[]> {
      await shell.compute.whenReady();
      const room = shell.compute.room<ParityRoomApi>(PARITY_ROOM);
      return room.call('run', [backends], { background: true });
    },
  };
}
