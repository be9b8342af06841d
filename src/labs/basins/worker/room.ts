/**
 * The basins view's worker room: basin maps and curves (basin-service.ts, cached per memories
 * version) and probe trajectories. Pass arrays go back transferred; a callback that cannot be
 * delivered (the page went away) is dropped and the map still finishes for the cache.
 */
import { transfer } from 'comlink';
import type { BasinPass } from '../../../core/basins/basin-types';
import { defineRoom } from '../../../engine/room';
import { trajectoryMethods } from '../../../engine/trajectory-room';
import { BASINS_ROOM, type BasinsRoomApi } from './api';
import { createBasinService, type BasinServiceOptions } from './basin-service';
import { notify } from '../../../engine/room-calls';

/** A pass's own arrays are moved; the plane's vectors (3·N floats) are copied. */
const withPassBuffers = (p: BasinPass) =>
  transfer(p, [
    p.outcome.buffer,
    p.steps.buffer,
    p.energy.buffer,
    p.attractor.buffer,
  ] as ArrayBuffer[]);

export function basinsRoomWith(opts: BasinServiceOptions = {}) {
  return defineRoom<BasinsRoomApi>({
    id: BASINS_ROOM,
    create(ctx) {
      const service = createBasinService(() => ctx.memories(), opts);
      ctx.onChange((what) => what === 'memories' && service.clear());
      return {
        ...trajectoryMethods(ctx),
        async basinMap(signal, req, onPass) {
          const final = await service.basinMap(
            req,
            (pass) => notify(onPass, withPassBuffers(pass)),
            signal,
          );
          return withPassBuffers(final);
        },
        basinCurves: (signal, req, onProgress) =>
          service.basinCurves(req, (done, total) => notify(onProgress, done, total), signal),
      };
    },
  });
}

export const basinsRoom = basinsRoomWith();

export default basinsRoom;
