/**
 * Keyboard shortcuts: space play/pause, → step, ← step back, r reset, ? help. Ignored while the
 * focus is in a text field, a select or a slider (where the keys already mean something) and with
 * a modifier held, and (except ? and Esc) in the training lab, which has no studio run on screen.
 */
import { useDamStore } from '../store';
import { reset, stepBack, stepForward, togglePlay } from '../labs/studio/app/controller';

export const SHORTCUTS: readonly { keys: string; action: string }[] = [
  { keys: 'Space', action: 'Play / pause' },
  { keys: '→', action: 'Step (one neuron, one sweep or one update)' },
  { keys: '←', action: 'Step back through the recorded trajectory' },
  { keys: 'R', action: 'Reset to the cue' },
  { keys: '?', action: 'Show or hide this help' },
  { keys: 'Esc', action: 'Close this help' },
];

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return type !== 'checkbox' && type !== 'radio' && type !== 'button';
}

/** Installs the shortcuts on `window`; returns the function that removes them. */
export function installShortcuts(toggleHelp: (open?: boolean) => void): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    if (e.key === 'Escape') return toggleHelp(false);
    if (e.key === '?') {
      e.preventDefault();
      return toggleHelp();
    }
    if (typing(e.target)) return;
    // The studio's run keys would drive a run hidden behind the training lab.
    if (useDamStore.getState().ui.view === 'lab') return;
    const onButton = e.target instanceof HTMLButtonElement;
    if (e.key === ' ' && !onButton) {
      e.preventDefault();
      togglePlay();
    } else if (e.key === 'ArrowRight') {
      e.preventDefault();
      void stepForward();
    } else if (e.key === 'ArrowLeft') {
      e.preventDefault();
      stepBack();
    } else if (e.key === 'r' || e.key === 'R') {
      reset();
    }
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
