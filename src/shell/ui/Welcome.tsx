/**
 * One line for a first visit: what the studio is doing, the first lesson and where the other
 * labs are. Dismissed
 * for good with ×; the choice is kept in localStorage (a blocked storage just shows it again).
 */
import { useState } from 'react';
import { useDamStore } from '../../store';
import { useShell } from '../context';
import { routeHash } from '../routes';

const KEY = 'dam-playground-welcome-dismissed';

const dismissedBefore = () => {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
};

export function Welcome() {
  const shell = useShell();
  const [hidden, setHidden] = useState(dismissedBefore);
  const first = shell.lessons.lessons[0];
  const student = useDamStore((s) => s.ui.student);
  const task = useDamStore((s) => s.bank.prototypes !== undefined);
  if (hidden) return null;
  return (
    <p className="welcome" role="note">
      <span>
        {task ? (
          <>
            Welcome: a prototype task is open and its cue is ready; press <b>Play</b> (or Space) to
            watch where it settles.
          </>
        ) : (
          <>
            Welcome: a corrupted 3 is ready as the cue; press <b>Play</b> (or Space) to watch it
            fall into a stored memory.
          </>
        )}{' '}
        New here?{' '}
        {first && (
          <button type="button" className="link" onClick={() => shell.lessons.open(first.id)}>
            Start the first lesson
          </button>
        )}{' '}
        or explore <a href={routeHash('labs', { student })}>all the labs</a>.
      </span>
      <button
        type="button"
        className="welcome-close"
        aria-label="Dismiss the welcome"
        onClick={() => {
          setHidden(true);
          try {
            localStorage.setItem(KEY, '1');
          } catch {
            // storage blocked: it shows again next time
          }
        }}
      >
        ×
      </button>
    </p>
  );
}
