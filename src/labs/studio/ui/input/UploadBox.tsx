/**
 * Upload an image (file input or drag & drop) into the drawing or the memory bank. Nothing in the
 * store changes unless the file was read and converted completely; every problem is a message in
 * the panel.
 */
import { useId, useRef, useState, type DragEvent } from 'react';
import type { InvertMode } from '../../../../core/data/preprocess';
import { useDamStore } from '../../../../store';
import { inlineItem } from '../../../../shell/bank/bank-items';
import { loadImageFile, uploadErrorMessage } from '../../../../shell/files/upload';
import { Select } from '../../../../components/controls/Select';

type Target = 'drawing' | 'bank';

const TARGETS = [
  { value: 'drawing', label: 'the drawing (and use it as the cue)' },
  { value: 'bank', label: 'the memory bank' },
] as const;

const INVERT = [
  { value: 'auto', label: 'if the background is light' },
  { value: 'always', label: 'always' },
  { value: 'never', label: 'never' },
] as const;

export function UploadBox() {
  const [target, setTarget] = useState<Target>('drawing');
  const [invert, setInvert] = useState<InvertMode>('auto');
  const [binarise, setBinarise] = useState(false);
  const [centre, setCentre] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const load = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setMessage(null);
    const s = useDamStore.getState();
    const size = s.bank.size;
    try {
      const { image, note } = await loadImageFile(file, { size, invert, binarise, centre });
      const now = useDamStore.getState();
      if (target === 'drawing') {
        now.commitDrawing(image);
        now.setCue({ start: { kind: 'drawing' } });
        setMessage({ kind: 'ok', text: `${note}; now the drawing and the cue.` });
      } else {
        const label = (file.name || 'upload').replace(/\.[a-z0-9]+$/i, '').slice(0, 24);
        const added = now.addItems([inlineItem(image, label)]);
        setMessage(
          added
            ? { kind: 'ok', text: `${note}; added to the memory bank.` }
            : { kind: 'error', text: 'The memory bank is full; nothing was added.' },
        );
      }
    } catch (err) {
      setMessage({ kind: 'error', text: uploadErrorMessage(file, err) });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    void load(e.dataTransfer.files[0]);
  };

  return (
    <div
      className={`upload-box${over ? ' over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      aria-busy={busy}
    >
      <h3>Upload an image</h3>
      <div className="upload-pick">
        <label htmlFor={inputId} className="button-like">
          Choose image…
        </label>
        <input
          id={inputId}
          ref={input}
          type="file"
          className="sr-only"
          aria-label="Upload image"
          accept="image/png,image/jpeg,image/webp,image/gif,image/svg+xml,.svg"
          disabled={busy}
          onChange={(e) => void load(e.currentTarget.files?.[0])}
        />
        <span className="muted">or drop it here · PNG, JPEG, WebP, GIF, SVG</span>
      </div>
      <Select label="Load into" value={target} options={TARGETS} onChange={(v) => setTarget(v)} />
      <Select label="Invert" value={invert} options={INVERT} onChange={setInvert} />
      <div className="row-checks">
        <label className="control checkbox">
          <input
            type="checkbox"
            checked={centre}
            onChange={(e) => setCentre(e.currentTarget.checked)}
          />
          <span>Centre like MNIST</span>
        </label>
        <label className="control checkbox">
          <input
            type="checkbox"
            checked={binarise}
            onChange={(e) => setBinarise(e.currentTarget.checked)}
          />
          <span>Binarise</span>
        </label>
      </div>
      {busy && <p className="note">Reading…</p>}
      {message && (
        <p
          className={`upload-message ${message.kind === 'error' ? 'error' : 'ok'}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
