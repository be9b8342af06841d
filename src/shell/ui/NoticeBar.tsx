/** The one-line notice (bad file, damaged link, unreadable saved set-up); dismissible. */
import { useDamStore } from '../../store';

export function NoticeBar() {
  const notice = useDamStore((s) => s.ui.notice);
  if (!notice) return null;
  return (
    <div
      className={`notice ${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid="notice"
    >
      <span>{notice.text}</span>
      <button
        type="button"
        className="icon"
        aria-label="Dismiss"
        onClick={() => useDamStore.getState().dismissNotice()}
      >
        ×
      </button>
    </div>
  );
}
