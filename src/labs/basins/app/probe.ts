/**
 * Probes: a trajectory from a clicked point of the shown map, run in the basins room (its own
 * trajectories, apart from the studio's lanes) and recorded as a path projected onto the plane.
 * A new probe aborts the one before.
 */
import { isBinaryEnergy } from '../../../core/dynamics/model-spec';
import { isAbortError } from '../../../core/util/abort';
import { errorMessage } from '../../../core/util/error-message';
import type { Shell } from '../../../shell/shell';
import { useDamStore } from '../../../store';
import type { TrajectoryFrame } from '../../../worker-api/trajectory';
import type { RoomClient } from '../../../worker-client/connection';
import type { BasinsRoomApi } from '../worker/api';
import { planePoint, projectToPlane } from './basin-math';
import { patchResults, type Probe, type ResultsCache } from './results';

/** The one probe trajectory this room holds. */
const PROBE = 1;

function nearestMemory(frame: TrajectoryFrame): { nearest: number; overlap: number } {
  let nearest = 0;
  for (let k = 1; k < frame.overlaps.length; k++) {
    if (Math.abs(frame.overlaps[k]) > Math.abs(frame.overlaps[nearest])) nearest = k;
  }
  return { nearest, overlap: frame.overlaps[nearest] ?? 0 };
}

export interface Probes {
  /** Runs a probe from plane point (x, y) of the shown map until it settles or runs out. */
  start(x: number, y: number): Promise<void>;
  stop(): void;
}

export function createProbes(
  shell: Shell,
  room: RoomClient<BasinsRoomApi>,
  results: ResultsCache,
): Probes {
  let abort = new AbortController();
  return {
    async start(x, y) {
      const map = results.get().shown;
      if (!map) return;
      abort.abort();
      abort = new AbortController();
      const { signal } = abort;
      const s = useDamStore.getState();
      const { spec, maxSteps } = map;
      const binary = isBinaryEnergy(spec.energy);
      const plane = map.pass.plane;
      const start = planePoint(plane, x, y, binary);
      const dim = start.length;
      const perNeuron = binary && s.params.mode === 'async';
      const opts = { signal };
      try {
        if ((await shell.compute.ensureMemories()) === null) return;
        const config = {
          spec,
          mode: binary ? s.params.mode : 'sync',
          order: s.params.order,
          temperature: 0,
        } as const;
        const first = await room.call(
          'startTrajectory',
          [{ id: PROBE, config, seed: s.params.seed, state: start }],
          opts,
        );
        const probe: Probe = {
          x,
          y,
          path: [{ x, y }],
          start,
          converged: first.converged,
          steps: 0,
          ...nearestMemory(first),
          plane,
        };
        patchResults(results, { probe });
        let last = first;
        // Async binary: about eight points per sweep, so the path shows its turns.
        const every = perNeuron ? Math.max(1, Math.ceil(dim / 8)) : 1;
        while (!last.converged && last.t < maxSteps - 1e-9) {
          const left = maxSteps - last.t;
          const frames = await room.call(
            'advanceTrajectory',
            [
              {
                id: PROBE,
                unit: perNeuron ? 'neuron' : 'step',
                count: perNeuron ? Math.ceil(left * dim) : Math.ceil(left),
                frameEvery: every,
                maxMs: 40,
              },
            ],
            opts,
          );
          if (!frames.length) return;
          for (const f of frames) probe.path.push(projectToPlane(plane, f.state));
          last = frames[frames.length - 1];
          Object.assign(probe, {
            converged: last.converged,
            steps: last.t,
            ...nearestMemory(last),
          });
          results.touch();
        }
      } catch (err) {
        if (!signal.aborted && !isAbortError(err))
          useDamStore.getState().notify(`The probe failed: ${errorMessage(err)}.`, 'error');
      }
    },
    stop: () => abort.abort(),
  };
}
