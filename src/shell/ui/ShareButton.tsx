/**
 * "Share": a popover that makes a link to the whole set-up, shows it in a read-only field, copies
 * it (saying whether that worked), and lets the link open in presenter or student view. It also
 * switches this page into or out of presenter view. Escape closes it and returns the focus.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { errorMessage } from '../../core/util/error-message';
import { useDamStore } from '../../store';
import { useShell } from '../context';

type Copy = 'making' | 'copied' | 'refused' | 'failed';

const STATUS: Record<Copy, string> = {
  making: 'Making the link…',
  copied: 'Copied ✓',
  refused: 'Select and copy the link',
  failed: 'Could not make a link',
};

export function ShareButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const id = useId();

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  return (
    <div className="share" ref={root}>
      <button
        type="button"
        ref={button}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => (open ? close(false) : setOpen(true))}
      >
        Share
      </button>
      {open && <SharePopover id={id} onClose={() => close(true)} />}
    </div>
  );
}

function SharePopover({ id, onClose }: { id: string; onClose: () => void }) {
  const shell = useShell();
  const ui = useDamStore((s) => s.ui);
  const setUi = useDamStore((s) => s.setUi);
  const [presenter, setPresenter] = useState(ui.presenter);
  const [student, setStudent] = useState(ui.student);
  const [link, setLink] = useState('');
  const [copy, setCopy] = useState<Copy>('making');
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    shell.shareUrl({ presenter, student }).then(
      async (url) => {
        if (!live) return;
        setLink(url);
        let copied = false;
        try {
          await navigator.clipboard.writeText(url);
          copied = true;
        } catch {
          // refused (no permission, no focus): the field is there to copy from
        }
        if (!live) return;
        setCopy(copied ? 'copied' : 'refused');
        if (!copied) field.current?.select();
      },
      (err: unknown) => {
        if (!live) return;
        setCopy('failed');
        useDamStore.getState().notify(`Could not make a link: ${errorMessage(err)}`, 'error');
      },
    );
    return () => {
      live = false;
    };
  }, [shell, presenter, student]);

  useEffect(() => field.current?.focus(), []);

  const flag = (set: (on: boolean) => void) => (e: React.ChangeEvent<HTMLInputElement>) => {
    setCopy('making');
    set(e.currentTarget.checked);
  };

  return (
    <div
      id={id}
      className="share-popover"
      role="dialog"
      aria-label="Share this set-up"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose();
      }}
    >
      <label className="share-field">
        <span>Link to this set-up</span>
        <input
          ref={field}
          className="share-link"
          readOnly
          value={link}
          placeholder="Making the link…"
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <p role="status" className={`share-status ${copy}`}>
        {STATUS[copy]}
      </p>
      <fieldset className="share-flags">
        <legend>The link opens in</legend>
        <label>
          <input type="checkbox" checked={presenter} onChange={flag(setPresenter)} /> Presenter view
        </label>
        <label>
          <input type="checkbox" checked={student} onChange={flag(setStudent)} /> Student view
        </label>
      </fieldset>
      <div className="share-actions">
        <button type="button" onClick={() => setUi({ presenter: !ui.presenter })}>
          {ui.presenter ? 'Leave presenter view' : 'Present here'}
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
