/**
 * Keeps the set-up (bank, cue, params, drawing, view, compared models) across reloads and links:
 *   - at start: the set-up in the link's hash if there is one, else the one saved in IndexedDB,
 *     else the defaults; a broken link or saved record gives a clear notice and the next fallback;
 *   - then every change is saved to IndexedDB, debounced;
 *   - shareUrl() encodes the current set-up into a link.
 */
import { useDamStore, type DamState } from '../../store';
import { DEFAULT_COMPARE } from '../../labs/studio/app/slice';
import { decodeShareHash, encodeShareHash, readLinkFlags } from '../link/share-link';
import { setupFromRecord, setupToRecord, type Setup } from './setup-record';
import { SetupError } from './wire';
import { idbGet, idbPut } from './idb';

const KEY = 'current';
const SAVE_DELAY_MS = 400;

const templates = () => ({
  params: useDamStore.getState().params,
  compare: DEFAULT_COMPARE[0],
});

export function currentSetup(s: DamState = useDamStore.getState()): Setup {
  return {
    size: s.bank.size,
    items: s.bank.items,
    cue: s.cue,
    params: s.params,
    drawing: { raw: s.drawing.raw, autoPreprocess: s.drawing.autoPreprocess },
    view: s.ui.view,
    compare: s.compare.models,
    basin: s.basin,
    lab: s.lab.setup,
  };
}

type Partialish = Pick<Setup, 'size' | 'items'> & {
  cue: Setup['cue'] | null;
  params: object | null;
  drawing: Setup['drawing'] | null;
  view: string;
  compare: object[] | null;
  basin?: Setup['basin'] | null;
  lab?: Setup['lab'] | null;
};

/** Replaces the store's set-up wholesale (each slice through its own actions). */
export function applySetup(setup: Partialish): void {
  const s = useDamStore.getState();
  s.replaceBank(setup.size, setup.items);
  if (setup.drawing) {
    s.resizeDrawing(setup.size);
    s.setAutoPreprocess(setup.drawing.autoPreprocess);
    s.commitDrawing(setup.drawing.raw);
    useDamStore.setState({ drawingHistory: { past: [], future: [] } });
  } else {
    s.resizeDrawing(setup.size);
  }
  if (setup.cue) s.setCue(setup.cue);
  if (setup.params) s.setParams(setup.params);
  if (setup.compare) s.setCompare({ models: setup.compare as DamState['compare']['models'] });
  if (setup.basin) s.setBasin(setup.basin);
  if (setup.lab) s.setLabSetup(setup.lab);
  s.setUi({ view: setup.view });
}

const reason = (err: unknown) =>
  err instanceof SetupError ? err.message : err instanceof Error ? err.message : String(err);

/** 'opened', 'none', or why the link's set-up could not be used. */
async function fromLink(): Promise<string> {
  const hash = location.hash;
  try {
    const setup = await decodeShareHash(hash, templates());
    if (!setup) return 'none';
    applySetup(setup);
    useDamStore.getState().notify('Opened the set-up from the link.');
    return 'opened';
  } catch (err) {
    return reason(err);
  } finally {
    // The link has been read; a reload now shows the saved set-up (which includes it).
    const keep = readLinkFlags(hash).student ? '#student=1' : '';
    history.replaceState(null, '', `${location.pathname}${location.search}${keep}`);
  }
}

/** Restores the saved set-up; returns whether there was one. */
async function fromDb(): Promise<boolean> {
  const { notify } = useDamStore.getState();
  let value: unknown;
  try {
    value = await idbGet(KEY);
  } catch (err) {
    notify(
      `Saved set-ups are unavailable here (${reason(err)}); changes will not be kept.`,
      'error',
    );
    return false;
  }
  if (value === undefined) return false;
  try {
    applySetup(setupFromRecord(value, templates()));
    return true;
  } catch (err) {
    notify(`Your saved set-up could not be read (${reason(err)}); starting fresh.`, 'error');
    return false;
  }
}

let saveTimer: ReturnType<typeof setTimeout> | null = null;
let saveFailed = false;

function saveSoon(): void {
  if (saveTimer !== null) clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    saveTimer = null;
    idbPut(KEY, setupToRecord(currentSetup())).then(
      () => {
        saveFailed = false;
      },
      (err: unknown) => {
        if (saveFailed) return;
        saveFailed = true;
        useDamStore.getState().notify(`Could not save the set-up (${reason(err)}).`, 'error');
      },
    );
  }, SAVE_DELAY_MS);
}

/** Resolves once the first pending save has been written (for tests and page unload). */
export function flushSave(): Promise<void> {
  if (saveTimer === null) return Promise.resolve();
  clearTimeout(saveTimer);
  saveTimer = null;
  return idbPut(KEY, setupToRecord(currentSetup()));
}

let started = false;

/** Restores the set-up (link, else IndexedDB), then saves every change. Call once at start. */
export async function restoreSetup(): Promise<void> {
  if (started) return;
  started = true;
  const { setUi } = useDamStore.getState();
  setUi({ student: readLinkFlags(location.hash).student });
  const link = await fromLink();
  if (link !== 'opened') {
    const saved = await fromDb();
    if (link !== 'none') {
      const shown = saved ? 'your saved' : 'the default';
      useDamStore
        .getState()
        .notify(
          `This link is damaged or incomplete: ${link}. Showing ${shown} set-up instead.`,
          'error',
        );
    }
  }
  useDamStore.getState().setUi({ restored: true });
  useDamStore.subscribe((s, prev) => {
    if (
      s.bank !== prev.bank ||
      s.cue !== prev.cue ||
      s.params !== prev.params ||
      s.drawing !== prev.drawing ||
      s.ui.view !== prev.ui.view ||
      s.compare !== prev.compare ||
      s.basin !== prev.basin ||
      s.lab.setup !== prev.lab.setup
    ) {
      saveSoon();
    }
  });
  addEventListener('pagehide', () => void flushSave());
}

/** A link to the current set-up (keeps the query string, e.g. ?backend=…). */
export async function shareUrl(): Promise<string> {
  const s = useDamStore.getState();
  const hash = await encodeShareHash(
    { ...currentSetup(s), params: s.params as unknown as Record<string, unknown> },
    { student: s.ui.student },
  );
  return `${location.origin}${location.pathname}${location.search}#${hash}`;
}
