/**
 * The studio's worker room: its lanes' live trajectories (engine/trajectory-room.ts), whole
 * exact runs of one state, and batches on the tfjs backend. Its calibration workload is one
 * batched softmax step, the kind of work the batch path does.
 */
import { transfer } from 'comlink';
import { validateMaxSteps, validateModel } from '../../../core/dynamics/model-spec';
import { retrieve } from '../../../core/dynamics/retrieve';
import type { Patterns } from '../../../core/dynamics/types';
import { calibrateCurrentBackend } from '../../../engine/calibrate';
import { retrieveBatch } from '../../../engine/retrieve-batch';
import { defineRoom } from '../../../engine/room';
import { tf } from '../../../engine/tf';
import { trajectoryMethods } from '../../../engine/trajectory-room';
import { STUDIO_ROOM, type StudioRoomApi } from './api';

function checkStates(p: Patterns, dim: number): void {
  const ok =
    p &&
    (p.data instanceof Float32Array || p.data instanceof Float64Array) &&
    Number.isInteger(p.count) &&
    Number.isInteger(p.dim) &&
    p.count >= 1 &&
    p.data.length === p.count * p.dim;
  if (!ok) throw new Error('states: count × dim values of a Float32Array or Float64Array');
  if (p.dim !== dim) throw new Error(`states have length ${p.dim}, memories have length ${dim}`);
}

export const studioRoom = defineRoom<StudioRoomApi>({
  id: STUDIO_ROOM,
  calibration: { label: 'softmax step', run: calibrateCurrentBackend },
  create(ctx) {
    return {
      ...trajectoryMethods(ctx),
      async retrieve(_signal, req) {
        const trace = retrieve(req.spec, ctx.memories().patterns, req.state, req.dynamics, {
          framesPerStep: req.framesPerStep,
        });
        const buffers = new Set<ArrayBuffer>([trace.final.buffer as ArrayBuffer]);
        for (const f of trace.frames) buffers.add(f.state.buffer as ArrayBuffer);
        return transfer(trace, [...buffers]);
      },
      async retrieveBatch(_signal, req) {
        const mem = ctx.memories().patterns;
        const bad = validateModel(req.spec) ?? validateMaxSteps(req.maxSteps);
        if (bad) throw new Error(bad);
        checkStates(req.states, mem.dim);
        await tf.ready();
        const r = await retrieveBatch(req.spec, mem, req.states, req.maxSteps);
        const res = {
          finals: r.finals,
          steps: r.steps,
          converged: r.converged,
          energies: r.energies,
        };
        return transfer(
          res,
          [res.finals.data, res.steps, res.converged, res.energies].map(
            (a) => a.buffer as ArrayBuffer,
          ),
        );
      },
    };
  },
});

export default studioRoom;
