/**
 * The bodies lab's worker room: the hidden-neuron view's calls and the random-features view's
 * calls, composed into one room (each part keeps its own state inside its create).
 */
import { defineRoom } from '../../../engine/room';
import { BODIES_ROOM, type BodiesRoomApi } from './api';
import { createFeaturesCalls } from './features-calls';
import { createHiddenCalls } from './hidden-calls';

export default defineRoom<BodiesRoomApi>({
  id: BODIES_ROOM,
  create: (ctx) => ({
    ...createHiddenCalls(ctx),
    ...createFeaturesCalls(ctx),
  }),
});
