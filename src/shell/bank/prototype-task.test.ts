import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useDamStore } from '../../store';
import type { Shell } from '../shell';
import { glyphItem, mnistItem } from './bank-items';
import {
  hasPreviousBank,
  openTaskInStudio,
  restorePreviousBank,
  type PrototypeTaskHandoff,
} from './prototype-task';

const fakeShell = (hasStudio = true) => {
  const navigate = vi.fn();
  const shell = { lab: (id: string) => (hasStudio && id === 'studio' ? {} : null), navigate };
  return { shell: shell as unknown as Shell, navigate };
};

function task(side = 8, P = 2, E = 3): PrototypeTaskHandoff {
  const N = side * side;
  const prototypes = Int8Array.from({ length: P * N }, (_, i) => ((i * 31) % 7 < 3 ? 1 : -1));
  const examples = new Int8Array(P * E * N);
  for (let k = 0; k < P * E; k++) {
    const g = Math.floor(k / E);
    for (let i = 0; i < N; i++) {
      const flip = (i * 13 + k * 5) % 17 === 0 ? -1 : 1;
      examples[k * N + i] = flip * prototypes[g * N + i];
    }
  }
  return {
    side,
    examples,
    K: P * E,
    exampleLabels: Array.from({ length: P * E }, (_, k) => `P${Math.floor(k / E) + 1}`),
    prototypes,
    prototypeLabels: Array.from({ length: P }, (_, g) => `P${g + 1}`),
    cue: prototypes.slice(0, N),
  };
}

describe('openTaskInStudio', () => {
  beforeEach(() => {
    const s = useDamStore.getState();
    s.setBankAside(null);
    s.replaceBank(28, [mnistItem(0), glyphItem('B')]);
    s.setParams({ energy: 'polynomial', n: 20 });
    s.setCue({ start: { kind: 'memory', index: 1 }, flipP: 0.2 });
  });

  it('puts the bank aside, opens the examples with their prototypes and the cue, and restores', () => {
    const { shell, navigate } = fakeShell();
    const t = task();
    expect(openTaskInStudio(shell, t)).toEqual({ ok: true });
    const s = useDamStore.getState();
    expect(navigate).toHaveBeenCalledWith('studio');
    expect(s.bank.size).toBe(8);
    expect(s.bank.items.map((it) => it.label)).toEqual(t.exampleLabels);
    expect(s.bank.prototypes).toMatchObject({ count: 2, dim: 64, labels: ['P1', 'P2'] });
    expect(Array.from(s.bank.prototypes!.bits)).toEqual(Array.from(t.prototypes));
    const first = s.bank.items[0].source;
    expect(first.kind === 'inline' && Array.from(first.image.pixels.slice(0, 4))).toEqual(
      Array.from(t.examples.slice(0, 4), (b) => (b > 0 ? 255 : 0)),
    );
    expect(s.cue).toMatchObject({
      start: { kind: 'drawing' },
      flipP: 0,
      occlude: null,
      clamp: null,
    });
    expect(Array.from(s.drawing.image.pixels)).toEqual(Array.from(t.cue, (b) => (b > 0 ? 255 : 0)));
    expect(s.params).toMatchObject({ energy: 'polynomial', n: 2 });
    expect(hasPreviousBank()).toBe(true);

    // A second task keeps the user's bank aside, not the first task's.
    expect(
      openTaskInStudio(shell, { ...task(10, 3, 2), model: { kind: 'rectified', n: 5 } }),
    ).toEqual({ ok: true });
    expect(useDamStore.getState().params).toMatchObject({ energy: 'rectified', n: 5 });
    expect(useDamStore.getState().bankAside!.items.map((it) => it.label)).toEqual(['0 (#0)', 'B']);

    expect(restorePreviousBank(shell)).toBe(true);
    const r = useDamStore.getState();
    expect(r.bank.size).toBe(28);
    expect(r.bank.items.map((it) => it.label)).toEqual(['0 (#0)', 'B']);
    expect(r.bank.prototypes).toBeUndefined();
    expect(r.cue).toMatchObject({ start: { kind: 'memory', index: 1 }, flipP: 0.2 });
    expect(r.params).toMatchObject({ energy: 'polynomial', n: 20 });
    expect(hasPreviousBank()).toBe(false);
    expect(restorePreviousBank(shell)).toBe(false);
  });

  it('refuses what the studio cannot show, with a reason, and changes nothing', () => {
    const { shell } = fakeShell();
    const before = useDamStore.getState().bank;
    const bad = (t: PrototypeTaskHandoff, re: RegExp) => {
      const r = openTaskInStudio(shell, t);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.reason).toMatch(re);
    };
    bad(task(5), /8×8 to 64×64 grids, and this task's images are 5×5 \(N = 25\)/);
    bad({ ...task(), K: 5 }, /examples hold 384 values, not 5 × 64/);
    bad({ ...task(), prototypeLabels: ['a'] }, /1 labels for 2 prototypes/);
    bad({ ...task(), cue: new Int8Array(64) }, /must be ±1 states/);
    bad({ ...task(), model: { kind: 'polynomial', n: 99 } }, /n from 2 to 60/);
    expect(useDamStore.getState().bank).toBe(before);
    expect(hasPreviousBank()).toBe(false);
  });

  it('refuses when the app has no studio', () => {
    const r = openTaskInStudio(fakeShell(false).shell, task());
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/no studio/) });
    expect(hasPreviousBank()).toBe(false);
  });
});

describe('the bank keeps its prototype task only while its memories are the task', () => {
  const protos = { count: 1, dim: 64, labels: ['P1'], bits: new Int8Array(64).fill(1) };
  beforeEach(() => useDamStore.getState().replaceBank(8, [glyphItem('A'), glyphItem('C')], protos));

  it('keeps it on reorder, drops it on add, remove and clear', () => {
    const s = () => useDamStore.getState();
    s().moveItem(s().bank.items[0].id, 1);
    expect(s().bank.prototypes).toBe(protos);
    s().addItems([glyphItem('D')]);
    expect(s().bank.prototypes).toBeUndefined();
    s().replaceBank(8, s().bank.items, protos);
    s().removeItem(s().bank.items[0].id);
    expect(s().bank.prototypes).toBeUndefined();
    s().replaceBank(8, s().bank.items, protos);
    s().clearBank();
    expect(s().bank.prototypes).toBeUndefined();
  });

  it('drops a record that does not fit a new grid', () => {
    useDamStore.getState().replaceBank(9, [], protos);
    expect(useDamStore.getState().bank.prototypes).toBeUndefined();
  });
});
