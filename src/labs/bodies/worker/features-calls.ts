/** The random-features view's part of the bodies room (the DrDAM view fills it). */
import type { HostContext } from '../../../engine/room';
import type { RoomImpl } from '../../../worker-api/host-api';
import type { FeaturesRoomApi } from './features-api';

export function createFeaturesCalls(_ctx: HostContext): RoomImpl<FeaturesRoomApi> {
  return {};
}
