/**
 * The live cue preview, and the surface for the cue's pointer tools: drag a rectangle to occlude,
 * or paint / erase the clamp ("lock") mask. Drags are shown live and stored on release.
 */
import { useEffect, useRef, type PointerEvent } from 'react';
import { paintCue, type Rect } from '../../../../charts/cue-canvas';
import { paintMask } from '../../../../core/data/brush';

export type CueTool = 'occlude' | 'lock' | 'unlock';

export interface CuePreviewProps {
  size: number;
  state: Float32Array | null;
  clamp: Uint8Array | null;
  occlude: Rect | null;
  tool: CueTool;
  /** Lock brush radius in cells. */
  lockRadius: number;
  display: number;
  onOcclude: (rect: Rect) => void;
  onClamp: (mask: Uint8Array) => void;
}

/** Canvas pixels per cell: enough for crisp overlays at the displayed size. */
const scaleFor = (size: number, display: number) => Math.max(2, Math.ceil((display * 2) / size));

type Drag =
  | { kind: 'rect'; id: number; x0: number; y0: number; rect: Rect }
  | { kind: 'mask'; id: number; x: number; y: number; mask: Uint8Array };

export function CuePreview(props: CuePreviewProps) {
  const { size, state, clamp, occlude, tool, lockRadius, display } = props;
  const canvas = useRef<HTMLCanvasElement>(null);
  const drag = useRef<Drag | null>(null);
  const scale = scaleFor(size, display);

  const draw = (over?: { clamp?: Uint8Array; occlude?: Rect }) => {
    if (!canvas.current) return;
    paintCue(
      canvas.current,
      { size, state, clamp: over?.clamp ?? clamp, occlude: over?.occlude ?? occlude },
      scale,
    );
  };

  useEffect(() => {
    if (canvas.current && !drag.current) {
      paintCue(canvas.current, { size, state, clamp, occlude }, scale);
    }
  }, [size, state, clamp, occlude, scale]);

  const cellAt = (e: { clientX: number; clientY: number }) => {
    const r = canvas.current!.getBoundingClientRect();
    return {
      x: ((e.clientX - r.left) / r.width) * size,
      y: ((e.clientY - r.top) / r.height) * size,
    };
  };
  const clampCell = (v: number) => Math.min(size - 1, Math.max(0, Math.floor(v)));
  const rectBetween = (x0: number, y0: number, x1: number, y1: number): Rect => {
    const a = { x: clampCell(Math.min(x0, x1)), y: clampCell(Math.min(y0, y1)) };
    const b = { x: clampCell(Math.max(x0, x1)), y: clampCell(Math.max(y0, y1)) };
    return { x: a.x, y: a.y, w: b.x - a.x + 1, h: b.y - a.y + 1 };
  };

  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    if ((e.pointerType === 'mouse' && e.button !== 0) || drag.current || !state) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    const p = cellAt(e);
    if (tool === 'occlude') {
      const rect = rectBetween(p.x, p.y, p.x, p.y);
      drag.current = { kind: 'rect', id: e.pointerId, x0: p.x, y0: p.y, rect };
      draw({ occlude: rect });
    } else {
      const mask =
        clamp && clamp.length === size * size ? clamp.slice() : new Uint8Array(size * size);
      paintMask(mask, size, p.x, p.y, p.x, p.y, lockRadius, tool === 'lock' ? 1 : 0);
      drag.current = { kind: 'mask', id: e.pointerId, x: p.x, y: p.y, mask };
      draw({ clamp: mask });
    }
  };

  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    const p = cellAt(e);
    if (d.kind === 'rect') {
      d.rect = rectBetween(d.x0, d.y0, p.x, p.y);
      draw({ occlude: d.rect });
    } else {
      paintMask(d.mask, size, d.x, d.y, p.x, p.y, lockRadius, tool === 'lock' ? 1 : 0);
      d.x = p.x;
      d.y = p.y;
      draw({ clamp: d.mask });
    }
  };

  const end = (e: PointerEvent<HTMLCanvasElement>) => {
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    drag.current = null;
    if (d.kind === 'rect') props.onOcclude(d.rect);
    else props.onClamp(d.mask);
  };

  const action =
    tool === 'occlude'
      ? 'drag to occlude a rectangle'
      : tool === 'lock'
        ? 'drag to lock pixels'
        : 'drag to unlock pixels';
  return (
    <canvas
      ref={canvas}
      className="cue-preview"
      role="img"
      aria-label={`Cue preview, ${size} by ${size}: ${action}`}
      style={{ width: display, height: display }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={end}
      onPointerCancel={end}
      onLostPointerCapture={end}
    />
  );
}
