/**
 * The CDAM lab's worker room (api.ts) over the shared calls (cdam-calls.ts). Every request is
 * validated by src/schema/cdam.ts before anything is allocated; prepared systems on MNIST or the
 * bank are dropped when the page sends other data.
 */
import { transfer } from 'comlink';
import { createPause } from '../../../engine/pause';
import { defineRoom, type HostContext } from '../../../engine/room';
import { mnistOf, notify } from '../../../engine/room-calls';
import {
  parseAutomatonSpec,
  parseCdamAdvance,
  parseCdamCue,
  parseCdamMemoriesSpec,
  parsePhaseRequest,
  parseRangeOfRecallSpec,
  parseSequenceRequest,
} from '../../../schema/cdam';
import { CDAM_ROOM, type CdamRoomApi } from './api';
import { createCdamCalls } from './cdam-calls';
import type { RoomImpl } from '../../../worker-api/host-api';
import type { Patterns } from '../../../core/dynamics/types';

function bankOf(ctx: HostContext): Patterns | undefined {
  try {
    return ctx.memories().patterns;
  } catch {
    return undefined;
  }
}

export function createCdamRoom(ctx: HostContext): RoomImpl<CdamRoomApi> {
  const calls = createCdamCalls({ data: () => ({ mnist: mnistOf(ctx), bank: bankOf(ctx) }) });
  const pause = createPause();
  ctx.onChange((what) => calls.forget(what === 'mnist' ? 'mnist' : 'bank'));
  return {
    async memories(_signal, spec) {
      const m = calls.memories(parseCdamMemoriesSpec(spec));
      return transfer(m, [m.data.buffer]);
    },
    async cue(_signal, setup, cue) {
      const req = parseCdamCue({ setup, cue });
      const out = calls.cue(req.setup, req.cue);
      return transfer(out, [out.x.buffer, out.m.buffer]);
    },
    async advance(_signal, setup, x, params, steps) {
      const req = parseCdamAdvance({ setup, x, params, steps });
      const out = calls.advance(req.setup, req.x, req.params, req.steps);
      return transfer(out, [out.x.buffer, out.m.buffer]);
    },
    async rangeOfRecall(signal, spec, onProgress) {
      const s = parseRangeOfRecallSpec(spec);
      return calls.rangeOfRecall(s, {
        signal,
        pause,
        onRow: (k) => onProgress && notify(onProgress, k, s.pairs.length),
      });
    },
    async sequence(signal, req) {
      const runs = await calls.sequence(parseSequenceRequest(req), { signal, pause });
      return transfer(
        runs,
        runs.map((r) => r.m.buffer),
      );
    },
    async automaton(_signal, spec) {
      const r = calls.automaton(parseAutomatonSpec(spec));
      return transfer(r, [r.m.buffer]);
    },
    async phaseMap(signal, req, onRow) {
      return calls.phaseMap(parsePhaseRequest(req), {
        signal,
        pause,
        onRow: (row, cells) => onRow && notify(onRow, row, cells),
      });
    },
  };
}

export default defineRoom<CdamRoomApi>({ id: CDAM_ROOM, create: createCdamRoom });
