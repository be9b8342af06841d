/**
 * The keyboard: ? and Esc (help) everywhere, the lesson keys while a lesson is open, and the
 * shown lab's own shortcuts (its definition
 * lists them, and the help overlay shows them). Ignored while the focus is in a text field or a
 * select (where the keys already mean something), and with a modifier held. A slider keeps its
 * arrow keys; Space and letters still reach the lab (dragging n and pressing Space must work).
 */
import type { MountedLab } from './lab-definition';

export const GLOBAL_SHORTCUTS: readonly { keys: string; action: string }[] = [
  { keys: '?', action: 'Show or hide this help' },
  { keys: 'Esc', action: 'Close this help' },
  { keys: 'Page Down / Page Up', action: 'Next / previous lesson step (while a lesson is open)' },
  { keys: '→ / ←', action: 'Next / previous lesson step, in presenter view' },
];

/** The lesson keys: PageDown / PageUp always, → / ← in presenter view; the step move or null. */
export function lessonKeyMove(key: string, presenter: boolean): 1 | -1 | null {
  if (key === 'PageDown' || (presenter && key === 'ArrowRight')) return 1;
  if (key === 'PageUp' || (presenter && key === 'ArrowLeft')) return -1;
  return null;
}

/**
 * Whether the event target keeps `key` for itself. `pageKeysOnly`: whether it uses Page Up /
 * Page Down (sliders, selects and text areas do; a one-line text field does not).
 */
export function keptByTarget(
  target: EventTarget | null,
  key: string,
  pageKeysOnly = false,
): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  if (pageKeysOnly) return type === 'range';
  if (type === 'range')
    return key.startsWith('Arrow') || key === 'Home' || key === 'End' || key.startsWith('Page');
  return type !== 'checkbox' && type !== 'radio' && type !== 'button';
}

/** Installs the keyboard on `window`; returns the function that removes it. */
export function installShortcuts(
  shownLab: () => MountedLab | null,
  toggleHelp: (open?: boolean) => void,
  /** Takes the key for an open lesson (true when it did). */
  lessonKey: (key: string) => boolean = () => false,
): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    if (e.key === 'Escape') return toggleHelp(false);
    if (e.key === '?') {
      e.preventDefault();
      return toggleHelp();
    }
    // Page keys move lessons from anywhere but a slider, a select or a text area (which scroll
    // with them); the presenter's arrows follow the usual rule below.
    if (e.key.startsWith('Page') && !keptByTarget(e.target, e.key, true) && lessonKey(e.key))
      return e.preventDefault();
    if (keptByTarget(e.target, e.key)) return;
    if (lessonKey(e.key)) return e.preventDefault();
    const lab = shownLab();
    if (lab?.shortcut(e.key, e.target instanceof HTMLButtonElement)) e.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
