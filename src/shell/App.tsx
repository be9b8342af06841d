/**
 * The frame every lab lives in, generated from the registry: the header (the name and the lab's
 * heading, the tab bar, share, the lab's own header buttons, presenter view, help, the backend),
 * the welcome line on the studio, notices, and the shown lab's controls and content columns (or
 * the lab index at #/labs), the open lesson's card. Installs the keyboard.
 *
 * Below about 900 px the header's buttons fold behind "Menu" and the columns stack (CSS). In
 * presenter view the controls are a drawer ("Controls", closed when the view starts) and the
 * content takes the width.
 */
import { useEffect, useState } from 'react';
import { useDamStore } from '../store';
import { INDEX_ROUTE } from '../store/ui-slice';
import { useShell } from './context';
import { DEFAULT_ROUTE } from './shell';
import { installShortcuts, lessonKeyMove } from './shortcuts';
import { BackendBadge } from './ui/BackendBadge';
import { HelpOverlay } from './ui/HelpOverlay';
import { LabIndex } from './ui/LabIndex';
import { LessonCard } from './ui/LessonCard';
import { NoticeBar } from './ui/NoticeBar';
import { ShareButton } from './ui/ShareButton';
import { TabBar } from './ui/TabBar';
import { Welcome } from './ui/Welcome';

export function App() {
  const shell = useShell();
  const backend = useDamStore((s) => s.backend);
  const route = useDamStore((s) => s.ui.route);
  const presenter = useDamStore((s) => s.ui.presenter);
  const setUi = useDamStore((s) => s.setUi);
  const [help, setHelp] = useState(false);
  const [menu, setMenu] = useState(false);
  const [drawer, setDrawer] = useState(false);
  // The drawer starts closed each time the presenter view starts.
  const [drawerFor, setDrawerFor] = useState(presenter);
  if (drawerFor !== presenter) {
    setDrawerFor(presenter);
    setDrawer(false);
  }
  const lab = shell.lab(route);
  const mounted = lab ? shell.mounted(lab.id) : null;
  // A lesson step that points into the controls opens the presenter's drawer, so the class sees
  // what to use (when the step is ready: its set-up may change which controls show).
  useEffect(() => {
    const check = () => {
      const { lesson, step, ready } = shell.lessons.get();
      const target = lesson?.steps[step]?.target;
      if (!ready || !target || !presenter) return;
      if (document.querySelector(target)?.closest('.controls')) setDrawer(true);
    };
    // Also once now (the step may be ready before this view mounted or the view turned on).
    queueMicrotask(check);
    return shell.lessons.subscribe(check);
  }, [shell, presenter]);
  useEffect(
    () =>
      installShortcuts(
        () => {
          const r = useDamStore.getState().ui.route;
          return shell.lab(r) ? shell.mounted(r) : null;
        },
        (open) => setHelp((h) => open ?? !h),
        (key) => {
          const move = lessonKeyMove(key, useDamStore.getState().ui.presenter);
          if (move === null || !shell.lessons.get().lesson) return false;
          shell.lessons.move(move);
          return true;
        },
      ),
    [shell],
  );

  return (
    <div
      className={`app${presenter ? ' presenter' : ''}${presenter && drawer ? ' drawer-open' : ''}`}
      data-lab={route}
      data-backend={backend.info?.name ?? 'none'}
      data-ready={backend.status === 'ready' ? 'true' : 'false'}
    >
      <header className={`app-header${menu ? ' menu-open' : ''}`}>
        <h1>
          Dense Associative Memory <span className="muted">· {lab ? lab.heading : 'all labs'}</span>
        </h1>
        {presenter && mounted && (
          <button
            type="button"
            className="drawer-toggle"
            aria-expanded={drawer}
            aria-controls="lab-controls"
            onClick={() => setDrawer(!drawer)}
          >
            Controls
          </button>
        )}
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menu}
          aria-controls="header-actions"
          onClick={() => setMenu(!menu)}
        >
          Menu
        </button>
        <TabBar />
        <div className="header-actions" id="header-actions">
          <ShareButton />
          {mounted?.HeaderActions && <mounted.HeaderActions />}
          <button
            type="button"
            aria-pressed={presenter}
            title="Presenter view: large type, the controls in a drawer"
            onClick={() => setUi({ presenter: !presenter })}
          >
            Present
          </button>
          <button
            type="button"
            aria-label="Help"
            title="Help: lessons, glossary and keyboard shortcuts (?)"
            aria-keyshortcuts="?"
            onClick={() => setHelp(true)}
          >
            ?
          </button>
        </div>
        <BackendBadge />
      </header>
      {route === DEFAULT_ROUTE && !presenter && <Welcome />}
      {backend.status === 'error' && (
        <p role="alert" className="error banner">
          {backend.error}
        </p>
      )}
      <NoticeBar />
      <main className="app-main">
        {mounted ? (
          <>
            <div
              className="controls"
              id="lab-controls"
              aria-label="Controls"
              hidden={presenter && !drawer}
            >
              <mounted.Controls />
            </div>
            <div className="content">
              <mounted.Content />
            </div>
          </>
        ) : (
          route === INDEX_ROUTE && <LabIndex />
        )}
      </main>
      <LessonCard />
      <HelpOverlay open={help} onClose={() => setHelp(false)} shown={route} />
    </div>
  );
}
