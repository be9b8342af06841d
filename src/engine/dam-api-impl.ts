/**
 * The worker-side implementation of DamWorkerApi over a session. Large results go back with
 * comlink `transfer` (moved, not copied); the worker drops its references to them.
 */
import { transfer } from 'comlink';
import type { DamWorkerApi, TrajectoryFrame } from '../worker-api/dam-api';
import type { Session } from './session';

const frameBuffers = (f: TrajectoryFrame): ArrayBuffer[] =>
  [f.state, f.overlaps, f.weights]
    .filter((a): a is Float32Array => a !== null)
    .map((a) => a.buffer as ArrayBuffer);

const withFrameBuffers = (f: TrajectoryFrame) => transfer(f, frameBuffers(f));

export function createDamApi(session: Session): DamWorkerApi {
  return {
    init: (prefs) => session.init(prefs),
    setMemories: async (memories, version) => session.setMemories(memories, version),
    retrieve: async (req) => {
      const res = session.retrieve(req);
      const buffers = new Set<ArrayBuffer>([res.final.buffer as ArrayBuffer]);
      for (const f of res.frames) buffers.add(f.state.buffer as ArrayBuffer);
      return transfer(res, [...buffers]);
    },
    retrieveBatch: async (req) => {
      const res = await session.retrieveBatch(req);
      const buffers = [res.finals.data, res.steps, res.converged, res.energies].map(
        (a) => a.buffer as ArrayBuffer,
      );
      return transfer(res, buffers);
    },
    startTrajectory: async (req) => withFrameBuffers(session.startTrajectory(req)),
    advanceTrajectory: async (req) => {
      const frames = session.advanceTrajectory(req);
      return transfer(frames, frames.flatMap(frameBuffers));
    },
    configureTrajectory: async (id, config) =>
      withFrameBuffers(session.configureTrajectory(id, config)),
    endTrajectory: async (id) => session.endTrajectory(id),
    ping: async () => session.ping(),
  };
}
