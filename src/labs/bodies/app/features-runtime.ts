/** The random-features view's controllers (rf-controller.ts). */
import type { Shell } from '../../../shell/shell';
import type { RoomClient } from '../../../worker-client/connection';
import type { BodiesRoomApi } from '../worker/api';
import { createRfController, type RfController } from './rf-controller';

export type FeaturesRuntime = RfController;
export type { RfResults } from './rf-controller';

export function createFeaturesRuntime(
  shell: Shell,
  room: RoomClient<BodiesRoomApi>,
): FeaturesRuntime {
  return createRfController(shell, room);
}
