/**
 * The trajectory methods of a room (worker-api/trajectory.ts) over its own set of live
 * trajectories, on the host's memories. Frames go back with their arrays transferred.
 */
import { transfer } from 'comlink';
import type { RoomImpl } from '../worker-api/host-api';
import type { TrajectoryApi, TrajectoryFrame } from '../worker-api/trajectory';
import type { HostContext } from './room';
import { createTrajectories } from './trajectories';

const frameBuffers = (f: TrajectoryFrame): ArrayBuffer[] =>
  [f.state, f.overlaps, f.weights]
    .filter((a): a is Float32Array => a !== null)
    .map((a) => a.buffer as ArrayBuffer);

export const withFrameBuffers = (f: TrajectoryFrame): TrajectoryFrame =>
  transfer(f, frameBuffers(f));

export function trajectoryMethods(ctx: HostContext): RoomImpl<TrajectoryApi> {
  const live = createTrajectories();
  return {
    startTrajectory: async (_signal, req) =>
      withFrameBuffers(live.start(ctx.memories().patterns, req)),
    advanceTrajectory: async (_signal, req) => {
      const frames = live.advance(req);
      return transfer(frames, frames.flatMap(frameBuffers));
    },
    configureTrajectory: async (_signal, id, config) =>
      withFrameBuffers(live.configure(id, config)),
    endTrajectory: async (_signal, id) => live.end(id),
  };
}
