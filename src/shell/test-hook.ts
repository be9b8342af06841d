/**
 * With ?e2e=1, main.tsx loads this module (dynamic import: it is never part of the production
 * bundle a visitor downloads) and exposes `window.__dam`, so end-to-end tests and the bench read
 * numbers instead of pixels. The shell's part is here (set-up, input, bank, worker); each lab
 * adds its own part (its definition's testHook) when it starts. Everything returned is plain
 * JSON (arrays, not typed arrays).
 */
import type { CueSpec } from '../core/data/contracts';
import { useDamStore } from '../store';
import { mnistItem } from './bank/bank-items';
import { resolveImage } from './bank/bank';
import { currentCue } from './cue/current-cue';
import { decodesStarted } from './files/upload';
import type { Shell } from './shell';

declare global {
  interface Window {
    __dam?: Record<string, unknown>;
  }
}

function shellApi(shell: Shell) {
  return {
    /** Appends MNIST digits (asset indices) to the bank; returns how many were added. */
    addMnist: (indices: number[]) => useDamStore.getState().addItems(indices.map(mnistItem)),
    /** The MNIST download: bytes fetched and decoded, decode ms in its worker (null before). */
    mnistInfo: () => shell.mnist.info(),
    /** Terminates the worker as if it had died; the connection respawns it and replays. */
    killWorker: () => shell.compute.restart('killed by the e2e test'),
    /** A round trip to the worker: what it sent before has arrived once this resolves. */
    pingWorker: () => shell.compute.ping(),
    /** The set-up as plain JSON (bank labels, cue, params, route, flags). */
    setup() {
      const s = useDamStore.getState();
      const c = s.cue;
      return {
        restored: s.ui.restored,
        student: s.ui.student,
        view: s.ui.route,
        compare: s.studio.compare,
        size: s.bank.size,
        labels: s.bank.items.map((it) => it.label),
        cue: { ...c, clamp: c.clamp ? Array.from(c.clamp) : null },
        params: s.params,
      };
    },
    /** Writes the pending IndexedDB save now. */
    flushSave: () => shell.persistence.flushSave(),
    /** Sets part of the cue (clamp as a plain 0/1 array). */
    /** Moves to a lesson step as the lesson engine would (0-based step; null closes it). */
    setLesson(lesson: { id: string; step: number } | null) {
      useDamStore.getState().setUi({ lesson });
    },
    setCue(partial: Record<string, unknown>) {
      const { clamp, ...rest } = partial;
      const patch = { ...rest } as Partial<CueSpec>;
      if (Array.isArray(clamp)) patch.clamp = Uint8Array.from(clamp as number[]);
      else if (clamp === null) patch.clamp = null;
      useDamStore.getState().setCue(patch);
    },
    /** The cue the next run starts from, as plain arrays; null while its memory is not loaded. */
    cue() {
      const s = useDamStore.getState();
      const built = currentCue({
        cue: s.cue,
        items: s.bank.items,
        size: s.bank.size,
        drawing: s.drawing.image,
        seed: s.params.seed,
        mnist: shell.mnist.set(),
      });
      if (!built) return null;
      return {
        state: Array.from(built.state),
        clamp: built.clamp ? Array.from(built.clamp) : null,
      };
    },
    /** The CueSpec as plain JSON (clamp as an array). */
    cueSpec() {
      const { cue } = useDamStore.getState();
      return { ...cue, clamp: cue.clamp ? Array.from(cue.clamp) : null };
    },
    /** The drawing: raw strokes, the image as used, its grid size and undo depth. */
    drawing() {
      const { drawing, drawingHistory } = useDamStore.getState();
      return {
        size: drawing.raw.width,
        raw: Array.from(drawing.raw.pixels),
        image: Array.from(drawing.image.pixels),
        undo: drawingHistory.past.length,
        redo: drawingHistory.future.length,
      };
    },
    bankCount: () => useDamStore.getState().bank.items.length,
    /** Images handed to the browser's decoder so far (a file refused from its header adds none). */
    decodesStarted: () => decodesStarted(),
    /** Grey pixels (0–255) of memory `index` on the bank's grid; null while it cannot be resolved. */
    memoryGrey(index: number) {
      const { bank } = useDamStore.getState();
      const item = bank.items[index];
      if (!item) return null;
      try {
        return Array.from(resolveImage(item.source, bank.size, shell.mnist.set()).pixels);
      } catch {
        return null;
      }
    },
    /** Goes to a lab (as a click on its tab would). */
    navigate: (route: string) => shell.navigate(route),
  };
}

/**
 * Adds one part's handles to the hook. Every part shares window.__dam, so a key two parts both
 * define would silently replace the first one's (a lab's `cancel` running another lab's): refuse it.
 */
export function mergeHookPart(
  api: Record<string, unknown>,
  part: object,
  from: string,
): Record<string, unknown> {
  for (const key of Object.keys(part)) {
    if (key in api) throw new Error(`test hook: "${key}" of ${from} is already taken`);
    api[key] = (part as Record<string, unknown>)[key];
  }
  return api;
}

export async function installTestHook(shell: Shell): Promise<void> {
  const api: Record<string, unknown> = shellApi(shell);
  for (const lab of shell.labs) mergeHookPart(api, await lab.testApi(shell), `lab ${lab.id}`);
  mergeHookPart(api, (await import('./parity/test-hook')).parityTestApi(shell), 'parity');
  mergeHookPart(
    api,
    (await import('./bank/prototype-test-hook')).prototypeTestApi(shell),
    'the prototype task',
  );
  window.__dam = Object.assign(window.__dam ?? {}, api);
}
