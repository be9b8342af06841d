/**
 * The bodies room's hidden-neuron call on a fake host: a run of the default set-up on small
 * stand-in digits, its stages as progress, at most FRAMES + 1 frames, an energy that never rises,
 * the same run for the same set-up; a missing MNIST set and a cancel.
 */
import { describe, expect, it } from 'vitest';
import { isAbortError } from '../../../core/util/abort';
import type { HostContext } from '../../../engine/room';
import type { RoomImpl } from '../../../worker-api/host-api';
import { DEFAULT_HIDDEN } from '../app/hidden-slice';
import type { BodiesRoomApi } from './api';
import { fakeDigits } from './fake-digits';
import { FRAMES } from './hidden-calls';
import room from './room';

const digits = fakeDigits(8, 8);
const host = (withDigits: boolean): HostContext => ({
  memories: () => {
    throw new Error('no memories');
  },
  mnist: () => {
    if (!withDigits) throw new Error('no digits');
    return digits;
  },
  onChange: () => undefined,
});
const open = (withDigits = true) =>
  room.create(host(withDigits)) as unknown as RoomImpl<BodiesRoomApi>;
const live = () => new AbortController().signal;

describe('bodies room: hidden neurons', () => {
  it('runs both dynamics on the set-up, with progress, frames and a falling energy', async () => {
    const progress: number[] = [];
    const setup = { ...DEFAULT_HIDDEN, steps: 450 };
    const shown = await open().hiddenRun(live(), setup, (d) => progress.push(d));
    expect(progress).toEqual([0, 1, 2]);
    expect(shown.run.energy).toHaveLength(451);
    expect(shown.run.frames.length).toBeLessThanOrEqual(FRAMES + 1);
    expect(shown.run.frames.at(-1)!.step).toBe(450);
    expect(shown.run.rises).toEqual([]);
    expect(shown.run.energy.at(-1)!).toBeLessThan(shown.run.energy[0]);
    expect(shown.K).toBe(10);
    expect(shown.memories).toHaveLength(10 * 64);
    expect(shown.cue).toHaveLength(64);
    const again = await open().hiddenRun(live(), setup, () => undefined);
    expect(Array.from(again.run.energy)).toEqual(Array.from(shown.run.energy));
  });

  it('says so when the digits have not arrived, and stops on a cancel', async () => {
    await expect(open(false).hiddenRun(live(), DEFAULT_HIDDEN, () => undefined)).rejects.toThrow(
      /MNIST digits have not reached the worker/,
    );
    const abort = new AbortController();
    abort.abort();
    const err = await open()
      .hiddenRun(abort.signal, DEFAULT_HIDDEN, () => undefined)
      .catch((e: unknown) => e);
    expect(isAbortError(err)).toBe(true);
  });
});
