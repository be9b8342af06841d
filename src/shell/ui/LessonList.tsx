/** Every lab's lessons, each with its lab, length, one sentence and a Start button. */
import { useShell } from '../context';

export function LessonList({ onStart }: { onStart?: () => void }) {
  const shell = useShell();
  return (
    <ul className="lesson-list">
      {shell.lessons.lessons.map((l, i) => (
        <li key={l.id}>
          <button
            type="button"
            onClick={() => {
              onStart?.();
              shell.lessons.open(l.id);
            }}
          >
            Start lesson {i + 1}
          </button>
          <span>
            <b>{l.title}</b>{' '}
            <span className="muted">
              ({shell.lab(l.lab)?.title ?? l.lab}, {l.steps.length} steps)
            </span>
            <br />
            {l.summary}
          </span>
        </li>
      ))}
    </ul>
  );
}
