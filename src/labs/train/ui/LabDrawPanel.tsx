/**
 * The drawing the lab classifies and completes: the studio's own drawing (same canvas component,
 * same store slice, so a digit drawn in one view is there in the other), brush / eraser, undo,
 * clear, MNIST-style auto-centring, and "Load a test digit" from the lab's test split. The lab
 * reads 28×28; another grid is resampled, and says so.
 */
import { useState } from 'react';
import { testDigit } from '../app/test-digits';
import { LAB_SIDE } from '../app/dynamics';
import { blankImage, isEmptyImage } from '../../../core/data/preprocess';
import { resample } from '../../../core/data/images';
import { useDamStore } from '../../../store';
import { Slider } from '../../../components/controls/Slider';
import { DrawCanvas } from '../../../components/input/DrawCanvas';
import { ToolToggle } from '../../../components/input/ToolToggle';
import { useShell } from '../../../shell/context';

const CANVAS_PX = 196;

export function LabDrawPanel() {
  const { mnist } = useShell();
  const drawing = useDamStore((s) => s.drawing);
  const canUndo = useDamStore((s) => s.drawingHistory.past.length > 0);
  const datasetReady = useDamStore((s) => s.dataset.status === 'ready');
  const { commitDrawing, undoDrawing, setAutoPreprocess } = useDamStore.getState();
  const [radius, setRadius] = useState(1.5);
  const [erase, setErase] = useState(false);
  const [pick, setPick] = useState(0);
  const [loaded, setLoaded] = useState<string | null>(null);
  const size = drawing.raw.width;
  const empty = isEmptyImage(drawing.raw);

  const loadTestDigit = () => {
    const d = testDigit(mnist, pick);
    if (!d) return;
    const raw = d.image.width === size ? d.image : resample(d.image, size, size);
    commitDrawing(raw);
    setPick(pick + 1);
    setLoaded(`Test digit #${d.index} (a ${d.label}).`);
  };

  return (
    <section className="panel lab-draw" aria-labelledby="lab-draw-heading">
      <h2 id="lab-draw-heading">Draw a digit</h2>
      <div className="draw-tools" role="toolbar" aria-label="Drawing tools">
        <ToolToggle erase={erase} onChange={setErase} />
        <button type="button" disabled={!canUndo} onClick={undoDrawing}>
          Undo
        </button>
        <button
          type="button"
          disabled={empty}
          onClick={() => commitDrawing(blankImage(size, drawing.raw.height))}
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
      />
      <DrawCanvas radius={radius} erase={erase} display={CANVAS_PX} />
      <label className="control checkbox">
        <input
          type="checkbox"
          checked={drawing.autoPreprocess}
          onChange={(e) => setAutoPreprocess(e.currentTarget.checked)}
        />
        <span>Centre like MNIST (crop, 20×20, centre of mass)</span>
      </label>
      <button type="button" disabled={!datasetReady} onClick={loadTestDigit}>
        Load a test digit
      </button>
      {loaded && (
        <p className="note" role="status">
          {loaded}
        </p>
      )}
      {size !== LAB_SIDE && (
        <p className="note lab-grid-note">
          The drawing grid is {size} × {size}; the trained memories are 28 × 28, so the lab
          resamples your drawing to 28 × 28.
        </p>
      )}
      <p className="note muted">The same drawing as in the studio.</p>
    </section>
  );
}
