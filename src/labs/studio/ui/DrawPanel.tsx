/**
 * Draw a pattern on the bank's grid: brush and eraser, undo/redo (buttons and Ctrl/Cmd+Z,
 * Shift+Ctrl+Z, Ctrl+Y while focus is in the panel), clear, invert, MNIST-style centring, then
 * store it as a memory or use it as the cue. Uploads live here too.
 */
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import {
  blankImage,
  invertImage,
  isEmptyImage,
  mnistNormalize,
} from '../../../core/data/preprocess';
import { useDamStore } from '../../../store';
import { inlineItem } from '../../../shell/bank/bank-items';
import { greyToModel } from '../../../core/data/contracts';
import { PatternImage } from '../../../components/charts/PatternImage';
import { DrawCanvas } from '../../../components/input/DrawCanvas';
import { UploadBox } from './input/UploadBox';
import { Slider } from '../../../components/controls/Slider';
import { ToolToggle } from '../../../components/input/ToolToggle';

const CANVAS_PX = 196;

/** "drawing N" with N one more than the highest drawing number in the bank. */
function nextDrawingLabel(labels: readonly string[]): string {
  let n = 0;
  for (const l of labels) {
    const m = /^drawing (\d+)$/.exec(l);
    if (m) n = Math.max(n, Number(m[1]));
  }
  return `drawing ${n + 1}`;
}

export function DrawPanel() {
  const drawing = useDamStore((s) => s.drawing);
  const canUndo = useDamStore((s) => s.drawingHistory.past.length > 0);
  const canRedo = useDamStore((s) => s.drawingHistory.future.length > 0);
  const bankSize = useDamStore((s) => s.bank.size);
  const cueFromDrawing = useDamStore((s) => s.cue.start.kind === 'drawing');
  const { commitDrawing, undoDrawing, redoDrawing, setAutoPreprocess, resizeDrawing } =
    useDamStore.getState();
  const [radius, setRadius] = useState(1.5);
  const [erase, setErase] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const empty = isEmptyImage(drawing.raw);

  useEffect(() => {
    if (drawing.raw.width !== bankSize) resizeDrawing(bankSize);
  }, [bankSize, drawing.raw.width, resizeDrawing]);

  const used = useMemo(() => Float32Array.from(drawing.image.pixels, greyToModel), [drawing.image]);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const mod = e.ctrlKey || e.metaKey;
    if (!mod || (e.target as HTMLElement).tagName === 'INPUT') return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) undoDrawing();
    else if ((key === 'z' && e.shiftKey) || key === 'y') redoDrawing();
    else return;
    e.preventDefault();
  };

  const addToBank = () => {
    const s = useDamStore.getState();
    const label = nextDrawingLabel(s.bank.items.map((it) => it.label));
    const added = s.addItems([inlineItem(s.drawing.image, label)]);
    setNote(added ? `Stored as “${label}”.` : 'The memory bank is full; nothing was added.');
  };

  return (
    <section className="panel draw-panel" aria-labelledby="draw-heading" onKeyDown={onKeyDown}>
      <h2 id="draw-heading">Draw</h2>
      <div className="draw-tools" role="toolbar" aria-label="Drawing tools">
        <ToolToggle erase={erase} onChange={setErase} />
        <button type="button" disabled={!canUndo} onClick={undoDrawing} title="Ctrl+Z">
          Undo
        </button>
        <button type="button" disabled={!canRedo} onClick={redoDrawing} title="Ctrl+Y">
          Redo
        </button>
        <button
          type="button"
          disabled={empty}
          onClick={() => commitDrawing(invertImage(drawing.raw))}
        >
          Invert
        </button>
        <button
          type="button"
          disabled={empty}
          onClick={() => commitDrawing(blankImage(drawing.raw.width, drawing.raw.height))}
        >
          Clear
        </button>
      </div>
      <Slider
        label="Brush size"
        min={0.5}
        max={4}
        step={0.1}
        value={radius}
        onChange={setRadius}
        display={(v) => `${v.toFixed(1)} cells`}
        hint="Radius of the brush (and eraser) in grid cells"
      />
      <div className="draw-row">
        <DrawCanvas radius={radius} erase={erase} display={CANVAS_PX} />
        <div className="draw-side">
          <button
            type="button"
            className="secondary"
            disabled={empty}
            onClick={() => commitDrawing(mnistNormalize(drawing.raw))}
            title="Crop to the ink, scale into 20×20 and centre by mass, like MNIST"
          >
            Centre like MNIST
          </button>
          <label className="control checkbox">
            <input
              type="checkbox"
              checked={drawing.autoPreprocess}
              onChange={(e) => setAutoPreprocess(e.currentTarget.checked)}
            />
            <span>Auto-centre when used</span>
          </label>
          {drawing.autoPreprocess && (
            <figure className="used-drawing">
              <PatternImage
                state={used}
                size={72}
                side={drawing.image.width}
                label="The drawing as used: centred like MNIST"
              />
              <figcaption className="muted">as used</figcaption>
            </figure>
          )}
        </div>
      </div>
      <div className="draw-actions">
        <button type="button" disabled={empty} onClick={addToBank}>
          Add drawing to memory bank
        </button>
        <button
          type="button"
          className="secondary"
          disabled={cueFromDrawing}
          onClick={() => useDamStore.getState().setCue({ start: { kind: 'drawing' } })}
        >
          {cueFromDrawing ? 'The drawing is the cue' : 'Use drawing as the cue'}
        </button>
      </div>
      {note && (
        <p className="note" role="status">
          {note}
        </p>
      )}
      <UploadBox />
    </section>
  );
}
