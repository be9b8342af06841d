/** The random-features view's controllers (the DrDAM view fills it). */
import type { Shell } from '../../../shell/shell';
import type { RoomClient } from '../../../worker-client/connection';
import type { BodiesRoomApi } from '../worker/api';

export interface FeaturesRuntime {
  /** Stops what the view runs (the lab was hidden). */
  hide(): void;
}

export function createFeaturesRuntime(
  _shell: Shell,
  _room: RoomClient<BodiesRoomApi>,
): FeaturesRuntime {
  return { hide: () => undefined };
}
