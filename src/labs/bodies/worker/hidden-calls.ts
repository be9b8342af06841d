/** The hidden-neuron view's part of the bodies room: builds the set-up's task and runs it. */
import type { HostContext } from '../../../engine/room';
import type { RoomImpl } from '../../../worker-api/host-api';
import type { HiddenRoomApi } from './hidden-api';

export function createHiddenCalls(_ctx: HostContext): RoomImpl<HiddenRoomApi> {
  return {
    hiddenRun() {
      return Promise.reject(new Error('The hidden-neuron core has not landed yet.'));
    },
  };
}
