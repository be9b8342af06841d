/**
 * The sequential lesson's steps against the real store: each points at a panel of the lab; the
 * first is done by switching the mode; the training steps load a class-sized set-up on their own
 * and wait on the finished sequence's lesson event.
 */
import { describe, expect, it } from 'vitest';
import type { Shell } from '../../../shell/shell';
import { installLabSlices, useDamStore } from '../../../store';
import type { TrainRuntime } from '../app/runtime';
import { createSeqSlice } from '../app/seq-slice';
import { createLabSlice } from '../app/slice';
import { sequenceLesson } from './sequence';

installLabSlices([createLabSlice, createSeqSlice]);
const shell = {} as Shell;
const runtime = {} as TrainRuntime;

describe('the sequential lesson', () => {
  it('has 4 steps, each with a target', () => {
    expect(sequenceLesson.steps).toHaveLength(4);
    for (const s of sequenceLesson.steps) expect(s.target).toMatch(/^section/);
  });

  it('is done as the class switches mode and trains', () => {
    const ctx = () => ({ state: useDamStore.getState(), runtime, shell });
    const [mode, naive, , rehearsal] = sequenceLesson.steps;
    void mode.setup?.(ctx());
    const start = useDamStore.getState();
    expect(mode.done({ ...ctx(), start, events: new Set() })).toBe(false);
    useDamStore.getState().setSeq({ mode: 'sequential' });
    expect(mode.done({ ...ctx(), start, events: new Set() })).toBe(true);
    void naive.setup?.(ctx());
    expect(useDamStore.getState().seq.setup).toMatchObject({
      perClass: 40,
      K: 40,
      runs: [{ n: 3 }, { n: 20 }],
    });
    expect(naive.done({ ...ctx(), start, events: new Set(['train:sequence']) })).toBe(true);
    void rehearsal.setup?.(ctx());
    expect(useDamStore.getState().seq.setup.runs.map((r) => r.method)).toEqual([
      'naive',
      'rehearsal',
    ]);
  });
});
