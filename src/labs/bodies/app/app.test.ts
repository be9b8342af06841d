/**
 * The bodies lab's pure pieces: the link part through its schema (a tampered field named, an
 * older link without a view's part), the energy check in words and the exports.
 */
import { describe, expect, it } from 'vitest';
import type { HiddenRun } from '../../../core/hidden/types';
import { parseInput } from '../../../schema/parse';
import type { HiddenShown } from '../worker/api';
import { installLabSlices, useDamStore } from '../../../store';
import { bodiesCodec, bodiesSchema } from './codec';
import { clampFrame, distanceSummary, energyVerdict, hiddenMatrix } from './hidden-derive';
import { framesCsv, hiddenJson, stepsCsv } from './hidden-export';
import { DEFAULT_HIDDEN } from './hidden-slice';
import { createBodiesSlice } from './slice';

installLabSlices([createBodiesSlice]);

const parse = (w: unknown) => parseInput(bodiesSchema(), w, { maxDepth: 6, at: 'h' });
const f64 = (...x: number[]) => Float64Array.from(x);

function shownWith(run: Partial<HiddenRun>): HiddenShown {
  const frame = (step: number, f: number[]) => ({
    step,
    t: step * 0.05,
    g: f64(0.1, 0.2, 0.3, 0.4),
    f: f64(...f),
    gEff: f64(0.1, 0.2, 0.3, 0.5),
  });
  return {
    setup: DEFAULT_HIDDEN,
    run: {
      spec: { model: 'B', F: 'power', n: 10, beta: 20, tauF: 1, tauH: 0.1, dt: 0.05 },
      energy: f64(1, 0.5, 0.2),
      effective: f64(0.9, 0.4, 0.2),
      distance: f64(0.3, 0.1, 0),
      frames: [frame(0, [0.5, 0.5]), frame(2, [0.1, 0.9])],
      rises: [],
      final: { v: f64(0, 0, 0, 1), h: f64(0, 1) },
      ...run,
    },
    memories: f64(1, 0, 0, 0, 0, 0, 0, 1),
    labels: [0, 1],
    K: 2,
    rows: 2,
    cols: 2,
    cue: f64(0.5, 0.5, 0.5, 0.5),
    masked: new Uint8Array(4),
    ms: 1,
  };
}

describe('the link part', () => {
  const wire = JSON.parse(JSON.stringify(bodiesCodec.save(useDamStore.getState()))) as Record<
    string,
    unknown
  >;
  it('round-trips, and an older link without a part keeps that part as it is', () => {
    const back = parse(wire) as { view: string; hidden: unknown; features: unknown };
    expect(back.view).toBe('hidden');
    expect(back.hidden).toEqual(DEFAULT_HIDDEN);
    expect(back.features).toBeDefined();
    expect(parse({ view: 'features' })).toEqual({ view: 'features' });
  });
  it('refuses a tampered field, naming it', () => {
    expect(() => parse({ ...wire, view: 'moon' })).toThrow(
      /h\.view: must be one of hidden, features/,
    );
    expect(() => parse({ ...wire, hidden: { ...DEFAULT_HIDDEN, tauH: 0 } })).toThrow(
      /h\.hidden\.tauH: must be a number from 0.001 to 1/,
    );
    expect(() => parse({ ...wire, hidden: { ...DEFAULT_HIDDEN, K: 51 } })).toThrow(/hidden\.K/);
    expect(() => parse({ ...wire, hidden: { ...DEFAULT_HIDDEN, model: 'D' } })).toThrow(
      /hidden\.model/,
    );
    expect(() => parse({ ...wire, hidden: { ...DEFAULT_HIDDEN, extra: 1 } })).toThrow(/extra/);
    expect(() => parse({ ...wire, hidden: { ...DEFAULT_HIDDEN, beta: NaN } })).toThrow(/beta/);
  });
});

describe('the energy check', () => {
  it('is green when E never rose', () => {
    const v = energyVerdict(shownWith({}));
    expect(v.ok).toBe(true);
  });
  it('names the first rise and the step that avoids it, or says none was found', () => {
    const rose = shownWith({
      rises: [
        { step: 7, rise: 0.0123 },
        { step: 9, rise: 1 },
      ],
      suggestedDt: 0.0125,
    });
    const v = energyVerdict(rose);
    expect(v.ok).toBe(false);
    expect(v.text).toBe('E rose by 0.0123 at step 7 — try dt ≤ 0.0125.');
    const none = energyVerdict(shownWith({ rises: [{ step: 1, rise: 2 }], suggestedDt: null }));
    expect(none.text).toMatch(/no dt down to .* avoids it/);
  });
});

describe('reading a run', () => {
  const s = shownWith({});
  it('lays the frames’ hidden outputs out frame-major and clamps the frame shown', () => {
    expect(Array.from(hiddenMatrix(s))).toEqual([0.5, 0.5, 0.1, 0.9]);
    expect(clampFrame(s, 9)).toBe(1);
    expect(clampFrame(s, -3)).toBe(0);
    expect(clampFrame(null, 4)).toBe(0);
    expect(distanceSummary(s)).toEqual({ final: 0, max: 0.3 });
  });
  it('exports one CSV row per step and per frame, and JSON with the set-up', () => {
    const steps = stepsCsv(s).trim().split('\n');
    expect(steps[0]).toBe('step,t,energy,effective_energy,distance');
    expect(steps).toHaveLength(4);
    expect(steps[2]).toBe('1,0.05,0.5,0.4,0.1');
    const frames = framesCsv(s).trim().split('\n');
    expect(frames[0]).toBe('step,t,f_0_digit0,f_1_digit1');
    expect(frames[2]).toBe('2,0.1,0.1,0.9');
    const json = JSON.parse(hiddenJson(s));
    expect(json.setup).toEqual(DEFAULT_HIDDEN);
    expect(json.run.energy).toEqual([1, 0.5, 0.2]);
    expect(json.run.frames[1].f).toEqual([0.1, 0.9]);
  });
});
