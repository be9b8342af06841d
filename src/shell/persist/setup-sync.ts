/**
 * Keeps the set-up across reloads and links, for the shared parts (bank, cue, params, drawing,
 * compared models) and every lab's part (its codec, from the registry):
 *   - at start: the set-up in the link if there is one, else the one saved in IndexedDB, else
 *     the defaults; a broken link or saved record gives a clear notice and the next fallback,
 *     and the user's saved work is never overwritten by a link that failed;
 *   - then every change is saved to IndexedDB, debounced;
 *   - shareQuery() encodes the current set-up for a link.
 */
import type { StoreApi } from 'zustand';
import { errorMessage } from '../../core/util/error-message';
import type { DamState } from '../../store';
import type { Lab } from '../lab-definition';
import { decodeShareHash, encodeShareHash, type SharedSetup } from '../link/share-link';
import { flagsOf, type ViewFlags } from '../link/view-flags';
import { idbGet, idbPut } from './idb';
import type { LabCodec } from './lab-codec';
import { setupFromRecord, setupToRecord, type Setup } from './setup-record';

const KEY = 'current';
/** Where a saved record that could not be read is kept, so the next save does not destroy it. */
export const UNREADABLE_KEY = 'unreadable';
const linkKey = (c: LabCodec) => c.linkKey;
const recordKey = (c: LabCodec) => c.recordKey;
const SAVE_DELAY_MS = 400;

export interface Persistence {
  /**
   * Applies the link in `query` (if any), else the saved set-up; then saves every change.
   * Resolves with the view the opened link was made in (null: no link opened).
   */
  restore(query: URLSearchParams): Promise<string | null>;
  /** Applies a link opened later (a pasted address); resolves with its view, or null. */
  openLink(query: URLSearchParams): Promise<string | null>;
  /** The current set-up as a link's query (v=1[&flags]&c=…&s=…), with the view flags given. */
  shareQuery(flags?: Partial<ViewFlags>): Promise<string>;
  /** Writes a pending save now (tests, page unload). */
  flushSave(): Promise<void>;
}

export function createPersistence(store: StoreApi<DamState>, labs: readonly Lab[]): Persistence {
  const codecs: LabCodec[] = labs.flatMap((l) => (l.codec ? [l.codec] : []));
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  let saveFailed = false;
  let started = false;
  const state = () => store.getState();
  const notify = (text: string, kind: 'info' | 'error' = 'info') => state().notify(text, kind);

  /** The current set-up, each lab's part under `key` (record or link). */
  function currentSetup(key: (c: LabCodec) => string): Setup {
    const s = state();
    return {
      size: s.bank.size,
      items: s.bank.items,
      prototypes: s.bank.prototypes ?? null,
      aside: s.bankAside,
      cue: s.cue,
      params: s.params,
      drawing: { raw: s.drawing.raw, autoPreprocess: s.drawing.autoPreprocess },
      view: s.ui.route,
      compare: s.compare.models,
      labs: Object.fromEntries(codecs.map((c) => [key(c), c.save(s)])),
    };
  }

  /** Replaces the store's set-up wholesale (each slice through its own actions). */
  function apply(setup: SharedSetup, byKey: (c: LabCodec) => string): void {
    const s = state();
    s.replaceBank(setup.size, setup.items, setup.prototypes);
    s.resizeDrawing(setup.size);
    if (setup.drawing) {
      s.setAutoPreprocess(setup.drawing.autoPreprocess);
      s.commitDrawing(setup.drawing.raw);
      store.setState({ drawingHistory: { past: [], future: [] } });
    }
    if (setup.cue) s.setCue(setup.cue);
    if (setup.params) s.setParams(setup.params);
    if (setup.compare) s.setCompare({ models: setup.compare });
    for (const c of codecs) {
      const wire = setup.labs[byKey(c)];
      if (wire !== undefined) c.load(wire, state());
    }
    const legacy = setup.view ? labs.find((l) => setup.view! in l.legacyViews) : undefined;
    legacy?.legacyViews[setup.view!](state());
  }

  async function fromLink(query: URLSearchParams): Promise<{ view: string | null } | string> {
    try {
      const setup = await decodeShareHash(query, codecs);
      if (!setup) return 'none';
      apply(setup, linkKey);
      notify('Opened the set-up from the link.');
      return { view: setup.view };
    } catch (err) {
      return errorMessage(err);
    }
  }

  async function fromDb(): Promise<boolean> {
    let value: unknown;
    try {
      value = await idbGet(KEY);
    } catch (err) {
      saveFailed = true; // said once here, not again at the first failed save
      notify(
        `Saved set-ups are unavailable here (${errorMessage(err)}); changes will not be kept.`,
        'error',
      );
      return false;
    }
    if (value === undefined) return false;
    try {
      const setup = setupFromRecord(value, codecs);
      apply(setup, recordKey);
      state().setBankAside(setup.aside ?? null);
      return true;
    } catch (err) {
      // The next save replaces the record: keep it aside first (a newer version's, say).
      const kept = await idbPut(UNREADABLE_KEY, value).then(
        () => ' (it is kept aside, not deleted)',
        () => '',
      );
      notify(
        `Your saved set-up could not be read (${errorMessage(err)}); starting fresh${kept}.`,
        'error',
      );
      return false;
    }
  }

  function saveSoon(): void {
    if (saveTimer !== null) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      saveTimer = null;
      idbPut(KEY, setupToRecord(currentSetup(recordKey))).then(
        () => {
          saveFailed = false;
        },
        (err: unknown) => {
          if (saveFailed) return;
          saveFailed = true;
          notify(`Could not save the set-up (${errorMessage(err)}).`, 'error');
        },
      );
    }, SAVE_DELAY_MS);
  }

  const sharedChanged = (s: DamState, p: DamState) =>
    s.bank !== p.bank ||
    s.bankAside !== p.bankAside ||
    s.cue !== p.cue ||
    s.params !== p.params ||
    s.drawing !== p.drawing ||
    s.compare !== p.compare ||
    s.ui.route !== p.ui.route;

  const damaged = (why: string, saved: boolean) =>
    notify(
      `This link is damaged or incomplete: ${why}. Showing ${saved ? 'your saved' : 'the default'} set-up instead.`,
      'error',
    );

  return {
    async restore(query) {
      if (started) return null;
      started = true;
      const link = await fromLink(query);
      let view: string | null = null;
      if (typeof link === 'string') {
        const saved = await fromDb();
        if (link !== 'none') damaged(link, saved);
      } else {
        view = link.view;
      }
      state().setUi({ restored: true });
      store.subscribe((s, prev) => {
        if (sharedChanged(s, prev) || codecs.some((c) => c.changed(s, prev))) saveSoon();
      });
      addEventListener('pagehide', () => void this.flushSave());
      return view;
    },

    async openLink(query) {
      const link = await fromLink(query);
      if (typeof link !== 'string') return link.view;
      if (link !== 'none') {
        notify(`This link is damaged or incomplete: ${link}. Your set-up is unchanged.`, 'error');
      }
      return null;
    },

    shareQuery(flags) {
      return encodeShareHash(currentSetup(linkKey), flags ?? flagsOf(state().ui));
    },

    flushSave() {
      if (saveTimer === null) return Promise.resolve();
      clearTimeout(saveTimer);
      saveTimer = null;
      return idbPut(KEY, setupToRecord(currentSetup(recordKey)));
    },
  };
}
