/**
 * The saved set-up when IndexedDB fails us: a corrupt record, an unknown (old or newer) version,
 * and a database that will not open. The user's current work stays, the saved record is not
 * destroyed, and one clear notice says what happened. IndexedDB is a Map behind a mocked idb.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { sharedSlices, type DamState } from '../../store';
import type { Notice } from '../../store/ui-slice';
import { idbGet, idbPut } from './idb';
import { createPersistence, UNREADABLE_KEY } from './setup-sync';

vi.mock('./idb', () => ({ idbGet: vi.fn(), idbPut: vi.fn() }));

/** A store of its own per session, so an earlier test's persistence does not save into this one. */
const freshStore = () => createStore<DamState>()(sharedSlices);
let useDamStore: StoreApi<DamState>;
const db = new Map<string, unknown>();
let notices: Notice[] = [];
let unsubscribe = () => {};

beforeEach(() => {
  db.clear();
  useDamStore = freshStore();
  vi.mocked(idbPut).mockClear();
  vi.stubGlobal('addEventListener', vi.fn());
  vi.mocked(idbGet).mockImplementation((k) => Promise.resolve(db.get(k)));
  vi.mocked(idbPut).mockImplementation((k, v) => {
    db.set(k, structuredClone(v));
    return Promise.resolve();
  });
  watchNotices();
});

function watchNotices() {
  notices = [];
  unsubscribe = useDamStore.subscribe((s, p) => {
    if (s.ui.notice && s.ui.notice !== p.ui.notice) notices.push(s.ui.notice);
  });
}

afterEach(() => {
  unsubscribe();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const restore = () => createPersistence(useDamStore, []).restore(new URLSearchParams());
const bankOf = () => useDamStore.getState().bank;
const errors = () => notices.filter((n) => n.kind === 'error').map((n) => n.text);

/** A change the user makes, then the debounced save written at once. */
async function editAndSave(p: ReturnType<typeof createPersistence>) {
  useDamStore.getState().setParams({ beta: 7 });
  await p.flushSave();
}

/** A valid saved record, written by a first session. */
async function validRecord(): Promise<Record<string, unknown>> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const p = createPersistence(useDamStore, []);
  await p.restore(new URLSearchParams());
  await editAndSave(p);
  vi.useRealTimers();
  const record = db.get('current') as Record<string, unknown>;
  expect(record).toMatchObject({ format: 'dam-playground-setup', version: 1 });
  unsubscribe();
  useDamStore = freshStore();
  watchNotices();
  return record;
}

describe('a saved record that cannot be read', () => {
  it.each([
    ['wrong JSON shape', { format: 'dam-playground-setup', version: 1, bank: 'oops' }],
    ['garbage bytes', new Uint8Array([0xff, 0x00, 0x13, 0x37, 0xde, 0xad])],
    ['a string, not a record', '\u0000{"format":'],
  ])('%s: current work kept, record kept aside, one clear notice', async (_, garbage) => {
    db.set('current', garbage);
    const before = bankOf();
    await expect(restore()).resolves.toBeNull();
    expect(bankOf()).toBe(before);
    expect(useDamStore.getState().ui.restored).toBe(true);
    expect(errors()).toEqual([
      expect.stringMatching(
        /^Your saved set-up could not be read \(.+\); starting fresh \(it is kept aside, not deleted\)\.$/,
      ),
    ]);
    expect(db.get(UNREADABLE_KEY)).toEqual(garbage);
  });

  it('the next save replaces "current" but the unreadable record survives it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const garbage = { format: 'nope' };
    db.set('current', garbage);
    const p = createPersistence(useDamStore, []);
    await p.restore(new URLSearchParams());
    await editAndSave(p);
    expect(db.get('current')).toMatchObject({ format: 'dam-playground-setup' });
    expect(db.get(UNREADABLE_KEY)).toEqual(garbage);
  });

  it.each([0, 2])('version %i: refused by name, kept aside, work unchanged', async (version) => {
    const record = await validRecord();
    db.set('current', { ...record, version });
    const before = bankOf();
    await restore();
    expect(bankOf()).toBe(before);
    expect(errors()).toEqual([expect.stringMatching(/version: must be 1 \(saved in an unknown/)]);
    expect(db.get(UNREADABLE_KEY)).toMatchObject({ version });
  });

  it('a valid record is applied without a notice (the fixture is sound)', async () => {
    const record = await validRecord();
    db.set('current', record);
    await restore();
    expect(errors()).toEqual([]);
    expect(useDamStore.getState().params.beta).toBe(7);
  });
});

describe('IndexedDB that fails', () => {
  it.each([
    ['blocked', new Error('IndexedDB is blocked by another tab')],
    ['missing', new Error('this browser gives the page no IndexedDB')],
    ['an open error', new DOMException('quota', 'QuotaExceededError')],
  ])('%s: starts with the current work and says so once', async (_, err) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.mocked(idbGet).mockRejectedValue(err);
    vi.mocked(idbPut).mockRejectedValue(err);
    const before = bankOf();
    const p = createPersistence(useDamStore, []);
    await expect(p.restore(new URLSearchParams())).resolves.toBeNull();
    expect(bankOf()).toBe(before);
    expect(useDamStore.getState().ui.restored).toBe(true);
    useDamStore.getState().setParams({ beta: 3 });
    await vi.advanceTimersByTimeAsync(400); // the debounced save runs and fails
    expect(idbPut).toHaveBeenCalledTimes(1);
    expect(useDamStore.getState().params.beta).toBe(3);
    expect(errors()).toEqual([
      `Saved set-ups are unavailable here (${err.message}); changes will not be kept.`,
    ]);
  });
});
