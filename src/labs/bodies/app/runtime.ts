/**
 * The bodies lab's runtime: the hidden-neuron view's controllers and the random-features view's,
 * on one client of the lab's worker room. Made per lab start; nothing lives in module state.
 */
import type { Shell } from '../../../shell/shell';
import type { RoomClient } from '../../../worker-client/connection';
import { BODIES_ROOM, type BodiesRoomApi } from '../worker/api';
import { createFeaturesRuntime, type FeaturesRuntime } from './features-runtime';
import { createHiddenRuntime, type HiddenRuntime } from './hidden-runtime';

export interface BodiesRuntime {
  hidden: HiddenRuntime;
  features: FeaturesRuntime;
  show(): void;
  hide(): void;
}

export function createBodies(
  shell: Shell,
  room: RoomClient<BodiesRoomApi> = shell.compute.room<BodiesRoomApi>(BODIES_ROOM),
): BodiesRuntime {
  const hidden = createHiddenRuntime(shell, room);
  const features = createFeaturesRuntime(shell, room);
  return {
    hidden,
    features,
    show() {
      hidden.show();
    },
    hide() {
      hidden.hide();
      features.hide();
    },
  };
}
