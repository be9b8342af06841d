/** #/labs: every lab of the registry with its picture and one sentence, and every lesson. */
import { useShell } from '../context';
import { routeHash } from '../routes';
import { useViewFlags } from './use-view-flags';
import { LessonList } from './LessonList';

export function LabIndex() {
  const shell = useShell();
  const flags = useViewFlags();
  return (
    <section className="lab-index" aria-labelledby="lab-index-heading">
      <h2 id="lab-index-heading">The labs</h2>
      <p className="note">
        Each lab shows one idea from the papers on dense associative memory, on the same memories
        and the same compute. Open one; your set-up and any run keep going when you switch.
      </p>
      <ul className="lab-cards">
        {shell.labs.map(({ id, title, purpose, Picture }) => (
          <li key={id}>
            <a className="lab-card" href={routeHash(id, flags)}>
              <span className="lab-picture" aria-hidden="true">
                <Picture />
              </span>
              <span className="lab-card-title">{title}</span>
              <span className="lab-card-purpose">{purpose}</span>
            </a>
          </li>
        ))}
      </ul>
      <h2 id="lesson-index-heading">Lessons</h2>
      <p className="note">
        Guided steps that drive the live app; each step finishes when you do it. A step has its own
        address, so a teacher can send &ldquo;lesson 2, step 4&rdquo;.
      </p>
      <LessonList />
    </section>
  );
}
