/**
 * The worker-side implementation of DamWorkerApi over a session. Large results go back with
 * comlink `transfer` (moved, not copied); the worker drops its references to them.
 */
import { releaseProxy, transfer } from 'comlink';
import type { BasinPass } from '../core/basins/basin-types';
import type { DamWorkerApi, TrajectoryFrame } from '../worker-api/dam-api';
import type { Session } from './session';

const frameBuffers = (f: TrajectoryFrame): ArrayBuffer[] =>
  [f.state, f.overlaps, f.weights]
    .filter((a): a is Float32Array => a !== null)
    .map((a) => a.buffer as ArrayBuffer);

const withFrameBuffers = (f: TrajectoryFrame) => transfer(f, frameBuffers(f));

/** A pass's own arrays are moved; the plane's vectors (3·N floats) are copied. */
const withPassBuffers = (p: BasinPass) =>
  transfer(p, [p.outcome.buffer, p.steps.buffer, p.energy.buffer] as ArrayBuffer[]);

/** Releases a comlink-proxied callback once the call is over (a plain function: nothing). */
const release = (cb: unknown) => {
  const r = (cb as { [releaseProxy]?: () => void })[releaseProxy];
  if (typeof r === 'function') r.call(cb);
};

/** Calls a (possibly remote) callback without waiting for it; a failed delivery is dropped. */
const notify = <A extends unknown[]>(cb: (...args: A) => unknown, ...args: A) => {
  try {
    void Promise.resolve(cb(...args)).catch(() => undefined);
  } catch {
    // The UI went away: the computation still finishes for the cache.
  }
};

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
    basinMap: async (req, onPass) => {
      try {
        const final = await session.basinMap(req, (pass) => notify(onPass, withPassBuffers(pass)));
        return withPassBuffers(final);
      } finally {
        release(onPass);
      }
    },
    cancelBasin: async (id) => session.cancelBasin(id),
    basinCurves: async (req, onProgress) => {
      try {
        return await session.basinCurves(req, (done, total) => notify(onProgress, done, total));
      } finally {
        release(onProgress);
      }
    },
    ping: async () => session.ping(),
  };
}
