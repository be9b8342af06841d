/**
 * Set-up edits keep the grid coherent (softmax energy ⇔ softmax criterion, classical = n = 2
 * everywhere, sweeps the dataset cannot use dropped), and the set-up travels in share links and
 * saved set-ups through the one capacity schema, a bad value named by its field.
 */
import { describe, expect, it } from 'vitest';
import { CAPACITY_PRESETS } from '../../../core/capacity/presets';
import { mnistItem } from '../../../shell/bank/bank-items';
import { decodeShareHash, encodeShareHash, type SharedSetup } from '../../../shell/link/share-link';
import { setupFromRecord, setupToRecord } from '../../../shell/persist/setup-record';
import { parseInput } from '../../../schema/parse';
import { capacityCodec, capacitySchema, capacityToWire } from './codec';
import {
  addSeries,
  familyOf,
  removeSeries,
  seriesModel,
  setData,
  setFamily,
  setSweep,
  setupProblem,
} from './setup';
import type { CapacitySetup } from './slice';

const preset = (id: string) => CAPACITY_PRESETS.find((p) => p.id === id)!;
const scaling = preset('scaling').grid;

describe('set-up edits', () => {
  it('keeps softmax with its own criterion only, and classical at n = 2 everywhere', () => {
    const soft = setFamily(scaling, 'softmax');
    expect(soft.base.criterion.kind).toBe('softmax');
    expect(soft.series.every((s) => s.set?.model?.energy === undefined)).toBe(true);
    expect(setupProblem(soft)).toBeNull();
    const back = setFamily(soft, 'polynomial');
    expect(back.base.criterion.kind).toBe('fixed');
    const classical = setFamily(scaling, 'classical');
    expect(familyOf(classical)).toBe('classical');
    expect(classical.series.map((_, i) => seriesModel(classical, i).n)).toEqual([2, 2, 2]);
    expect(familyOf(scaling)).toBe('polynomial');
    expect(seriesModel(setFamily(classical, 'polynomial'), 0).n).toBe(3);
  });

  it('drops the sweeps a dataset cannot use', () => {
    const sep = preset('separation').grid;
    const uniform = setData(sep, { kind: 'uniform' });
    expect(uniform.series.every((s) => !s.sweep.dH && !s.sweep.rho)).toBe(true);
    expect(setData(scaling, { kind: 'mnist' }).series.every((s) => !s.sweep.N)).toBe(true);
  });

  it('adds a series at the next power and removes one', () => {
    const more = addSeries(scaling);
    expect(more.series).toHaveLength(4);
    expect(more.series[3].label).toBe('n = 5');
    expect(seriesModel(more, 3).n).toBe(5);
    expect(more.series[3].sweep.N).toEqual([32, 45, 64]);
    expect(removeSeries(more, 0).series.map((s) => s.label)).toEqual(['n = 3', 'n = 4', 'n = 5']);
  });

  it('drops an emptied sweep', () => {
    expect(setSweep(scaling, 0, 'N', []).series[0].sweep.N).toBeUndefined();
  });

  it('names an out-of-range set-up by its field', () => {
    expect(setupProblem(setSweep(scaling, 0, 'N', [8]))).toMatch(/^series\[0\]\.sweep\.N\[0\]: /);
  });
});

const size = 28;
function shared(capacity?: CapacitySetup): SharedSetup {
  return {
    size,
    items: [0, 1, 2].map(mnistItem),
    cue: null,
    params: { energy: 'polynomial', n: 3, beta: 1 },
    drawing: null,
    view: 'capacity',
    compare: null,
    labs: capacity ? { q: capacityToWire(capacity) } : {},
  };
}

describe('the set-up in links and saved set-ups', () => {
  const setup: CapacitySetup = {
    grid: preset('separation').grid,
    preset: 'separation',
    view: 'stats',
  };

  it('carries the whole grid, the view and the preset in a share link', async () => {
    const back = await decodeShareHash(await encodeShareHash(shared(setup)), [capacityCodec]);
    expect(back?.labs.q).toEqual(setup);
  });

  it('opens older links without the part', async () => {
    const back = await decodeShareHash(await encodeShareHash(shared()), [capacityCodec]);
    expect(back?.labs.q).toBeUndefined();
  });

  it('keeps the set-up in the saved record', () => {
    const rec = setupToRecord({
      size,
      items: [0, 1, 2].map(mnistItem),
      cue: { start: { kind: 'memory', index: 0 }, flipP: 0, occlude: null, clamp: null },
      params: { energy: 'polynomial', n: 3, beta: 1 },
      drawing: {
        raw: { width: size, height: size, pixels: new Uint8Array(size * size) },
        autoPreprocess: false,
      },
      view: 'capacity',
      compare: [
        { energy: 'polynomial', n: 2, beta: 1 },
        { energy: 'polynomial', n: 3, beta: 1 },
      ],
      labs: { capacity: capacityToWire(setup) },
    });
    const back = setupFromRecord(JSON.parse(JSON.stringify(rec)), [capacityCodec]);
    expect(back.labs.capacity).toEqual(setup);
  });

  it('refuses a tampered part, naming the field', () => {
    const parse = (w: unknown) => parseInput(capacitySchema(), w, { maxDepth: 6, at: 'q' });
    const wire = capacityToWire(setup);
    expect(() => parse({ ...wire, view: 'pie' })).toThrow(/^q\.view: must be one of/);
    expect(() => parse({ ...wire, preset: 'nope' })).toThrow(/^q\.preset: must be one of/);
    expect(() => parse({ ...wire, series: [{ label: 'x', sweep: { N: [4] } }] })).toThrow(
      /series\[0\]\.sweep\.N\[0\]/,
    );
    expect(() => parse({ ...wire, extra: 1 })).toThrow(/extra/);
  });
});
