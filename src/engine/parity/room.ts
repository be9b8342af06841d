/**
 * The parity room of the compute worker: the e2e test hook's way to run the parity table where
 * the engine really runs. The table and its runner load by dynamic import on the first call, so
 * the worker a visitor downloads carries only this stub.
 */
import { PARITY_ROOM, type ParityRoomApi } from '../../worker-api/parity';
import { defineRoom } from '../room';

export const parityRoom = defineRoom<ParityRoomApi>({
  id: PARITY_ROOM,
  create: () => ({
    async run(signal, backends) {
      const { runParityTable } = await import('./run-table');
      return runParityTable(backends, signal);
    },
  }),
});
