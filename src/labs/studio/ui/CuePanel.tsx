/**
 * The cue: where it starts (a stored memory, the drawing, or a seeded random pattern), flip noise,
 * an occluded rectangle (dragged on the preview or typed), and a painted clamp mask whose pixels
 * never update. The preview shows exactly the cue the next run starts from.
 */
import { Segmented } from '../../../components/controls/Segmented';
import { Term } from '../../../shell/ui/Term';
import { useEffect, useState } from 'react';
import type { Rect } from '../../../charts/cue-canvas';
import { useDamStore } from '../../../store';
import type { CueStart } from '../../../core/data/contracts';
import { startMemoryIndex } from '../../../shell/cue/current-cue';
import { SeedInput } from '../../../components/controls/SeedInput';
import { Slider } from '../../../components/controls/Slider';
import { CuePreview, type CueTool } from './input/CuePreview';
import { useBuiltCue } from './input/useBuiltCue';

const PREVIEW_PX = 196;
/** Above this many memories the start memory is typed as a number instead of picked in a list. */
const SELECT_MAX = 300;

const START_KINDS: { value: CueStart['kind']; label: string }[] = [
  { value: 'memory', label: 'A memory' },
  { value: 'drawing', label: 'The drawing' },
  { value: 'random', label: 'Random' },
];

const TOOLS: { value: CueTool; label: string }[] = [
  { value: 'occlude', label: 'Occlude' },
  { value: 'lock', label: 'Lock' },
  { value: 'unlock', label: 'Unlock' },
];

function RectInputs({ rect, size }: { rect: Rect | null; size: number }) {
  const setCue = useDamStore((s) => s.setCue);
  const r = rect ?? { x: 0, y: 0, w: 0, h: 0 };
  const set = (key: keyof Rect, v: number) => {
    if (!Number.isFinite(v)) return;
    const next = { ...r, [key]: Math.max(0, Math.min(size, Math.trunc(v))) };
    setCue({ occlude: next });
  };
  return (
    <fieldset className="rect-inputs">
      <legend>Occluded rectangle (cells)</legend>
      {(['x', 'y', 'w', 'h'] as const).map((k) => (
        <label key={k}>
          <span>{k}</span>
          <input
            type="number"
            min={0}
            max={size}
            step={1}
            value={r[k]}
            aria-label={`Occluded rectangle ${{ x: 'left', y: 'top', w: 'width', h: 'height' }[k]}`}
            onChange={(e) => set(k, Number(e.currentTarget.value))}
          />
        </label>
      ))}
      <button
        type="button"
        className="secondary"
        disabled={!rect}
        onClick={() => setCue({ occlude: null })}
      >
        Clear rectangle
      </button>
    </fieldset>
  );
}

export function CuePanel() {
  const cue = useDamStore((s) => s.cue);
  const items = useDamStore((s) => s.bank.items);
  const size = useDamStore((s) => s.bank.size);
  const seed = useDamStore((s) => s.params.seed);
  const { setCue, setParams } = useDamStore.getState();
  const built = useBuiltCue();
  const [tool, setTool] = useState<CueTool>('occlude');
  const [lockRadius, setLockRadius] = useState(1.5);
  const dim = size * size;
  const clamp = cue.clamp && cue.clamp.length === dim ? cue.clamp : null;
  const locked = clamp ? clamp.reduce((a, v) => a + (v ? 1 : 0), 0) : 0;

  // A new grid size makes the painted mask meaningless.
  useEffect(() => {
    if (cue.clamp && cue.clamp.length !== dim) setCue({ clamp: null });
  }, [cue.clamp, dim, setCue]);

  const startKind = cue.start.kind;
  const setStart = (kind: CueStart['kind']) => {
    if (kind === startKind) return;
    if (kind === 'memory') setCue({ start: { kind, index: 0 } });
    else if (kind === 'drawing') setCue({ start: { kind } });
    else setCue({ start: { kind, seed: 1 } });
  };
  const mu = startMemoryIndex(cue, items.length);

  /** Keyboard-reachable mask editing: lock the rectangle, or everything but it (inpainting). */
  const lockRect = (inside: boolean) => {
    if (!cue.occlude) return;
    const { x, y, w, h } = cue.occlude;
    const mask = inside ? (clamp?.slice() ?? new Uint8Array(dim)) : new Uint8Array(dim).fill(1);
    for (let j = y; j < Math.min(size, y + h); j++) {
      for (let i = x; i < Math.min(size, x + w); i++) mask[j * size + i] = inside ? 1 : 0;
    }
    setCue({ clamp: mask.some((v) => v) ? mask : null });
  };

  return (
    <section className="panel cue-panel" aria-labelledby="cue-heading">
      <h2 id="cue-heading">
        <Term id="cue">Cue</Term>
      </h2>
      <Segmented
        label="Start the cue from"
        options={START_KINDS}
        value={startKind}
        onChange={setStart}
      />
      {cue.start.kind === 'memory' &&
        (items.length === 0 ? (
          <p className="note">The memory bank is empty.</p>
        ) : items.length <= SELECT_MAX ? (
          <label className="control">
            <span className="control-label" id="start-memory-label">
              Start memory
            </span>
            <select
              value={mu}
              aria-labelledby="start-memory-label"
              onChange={(e) =>
                setCue({ start: { kind: 'memory', index: Number(e.currentTarget.value) } })
              }
            >
              {items.map((it, i) => (
                <option key={it.id} value={i}>
                  {i + 1} · {it.label}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <label className="control">
            <span className="control-label">Start memory (1–{items.length})</span>
            <input
              type="number"
              min={1}
              max={items.length}
              value={mu + 1}
              onChange={(e) => {
                const v = Math.trunc(Number(e.currentTarget.value));
                if (v >= 1 && v <= items.length)
                  setCue({ start: { kind: 'memory', index: v - 1 } });
              }}
            />
            <output className="control-value">{items[mu]?.label}</output>
          </label>
        ))}
      {cue.start.kind === 'random' && (
        <label className="control">
          <span className="control-label">Random start seed</span>
          <input
            type="number"
            min={0}
            step={1}
            value={cue.start.seed}
            onChange={(e) => {
              const v = Math.trunc(Number(e.currentTarget.value));
              if (Number.isFinite(v) && v >= 0)
                setCue({ start: { kind: 'random', seed: v >>> 0 } });
            }}
          />
        </label>
      )}
      {cue.start.kind === 'drawing' && <p className="note">Starts from the drawing as used.</p>}
      <Slider
        label="Flip noise p"
        min={0}
        max={0.5}
        step={0.01}
        value={cue.flipP}
        onChange={(v) => setCue({ flipP: v })}
        display={(v) => v.toFixed(2)}
        hint="Each pixel of the cue is flipped with probability p (seeded)"
      />
      <SeedInput value={seed} onChange={(v) => setParams({ seed: v })} />
      <div className="cue-row">
        <CuePreview
          size={size}
          state={built?.state ?? null}
          clamp={clamp}
          occlude={cue.occlude}
          tool={tool}
          lockRadius={lockRadius}
          display={PREVIEW_PX}
          onOcclude={(rect) => setCue({ occlude: rect })}
          onClamp={(mask) => setCue({ clamp: mask.some((v) => v) ? mask : null })}
        />
        <div className="cue-side">
          <span className="control-label" aria-hidden="true">
            Drag to
          </span>
          <Segmented
            vertical
            label="Drag on the preview to"
            options={TOOLS}
            value={tool}
            onChange={setTool}
          />
          <ul className="cue-legend">
            <li>
              <span className="swatch lock" aria-hidden="true" /> locked
            </li>
            <li>
              <span className="swatch occlude" aria-hidden="true" /> occluded
            </li>
          </ul>
          <p className="note" aria-live="polite">
            {locked} locked
          </p>
          {!built && <p className="note">Loading digits…</p>}
        </div>
      </div>
      {tool !== 'occlude' && (
        <Slider
          label="Lock brush size"
          min={0.5}
          max={5}
          step={0.5}
          value={lockRadius}
          onChange={setLockRadius}
          display={(v) => `${v.toFixed(1)} cells`}
        />
      )}
      <RectInputs rect={cue.occlude} size={size} />
      <div className="draw-actions">
        <button
          type="button"
          className="secondary"
          disabled={!clamp}
          onClick={() => setCue({ clamp: null })}
        >
          Clear mask
        </button>
        <button
          type="button"
          className="secondary"
          disabled={!cue.occlude}
          onClick={() => lockRect(false)}
          title="Inpainting: every pixel outside the rectangle stays fixed, the network fills it in"
        >
          Lock all but the rectangle
        </button>
        <button
          type="button"
          className="secondary"
          disabled={!cue.occlude}
          onClick={() => lockRect(true)}
        >
          Lock the rectangle
        </button>
      </div>
    </section>
  );
}
