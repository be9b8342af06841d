/** "Copy link": the whole set-up in the URL; shows the link too, in case the clipboard is refused. */
import { useState } from 'react';
import { useDamStore } from '../../store';
import { useShell } from '../context';
import { errorMessage } from '../../core/util/error-message';

export function ShareButton() {
  const shell = useShell();
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  return (
    <div className="share">
      <button
        type="button"
        onClick={() => {
          void shell.shareUrl().then(
            async (url) => {
              setLink(url);
              try {
                await navigator.clipboard.writeText(url);
                setCopied(true);
              } catch {
                setCopied(false);
              }
            },
            (err: unknown) =>
              useDamStore.getState().notify(`Could not make a link: ${errorMessage(err)}`, 'error'),
          );
        }}
      >
        Copy link
      </button>
      {link !== null && (
        <input
          className="share-link"
          readOnly
          value={link}
          aria-label={copied ? 'Link copied to the clipboard' : 'Link to this set-up (copy it)'}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </div>
  );
}
