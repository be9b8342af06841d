/**
 * The drawing grid. Pointer events cover mouse, touch and pen (pointer capture, touch-action: none);
 * every coalesced sample is joined to the previous one so fast strokes stay continuous, and pen
 * pressure widens the brush. A stroke is painted into a private copy and committed to the store
 * (one undo step) when the pointer lifts. Keyboard: arrows move a cursor, Shift+arrows paint while
 * moving, Space or Enter paints at the cursor.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { paintGrey } from '../../charts/cue-canvas';
import { cloneImage } from '../../core/data/preprocess';
import { useDamStore } from '../../store';
import { strokeSegment } from '../../core/data/brush';
import type { GreyImage } from '../../core/data/images';

export interface DrawCanvasProps {
  /** Brush radius in cells. */
  radius: number;
  erase: boolean;
  /** Displayed side in CSS pixels. */
  display: number;
}

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

export function DrawCanvas({ radius, erase, display }: DrawCanvasProps) {
  const raw = useDamStore((s) => s.drawing.raw);
  const commit = useDamStore((s) => s.commitDrawing);
  const canvas = useRef<HTMLCanvasElement>(null);
  const stroke = useRef<{ img: GreyImage; x: number; y: number; id: number } | null>(null);
  const [cursor, setCursor] = useState<{ x: number; y: number } | null>(null);
  const size = raw.width;

  useEffect(() => {
    if (canvas.current && !stroke.current) paintGrey(canvas.current, raw);
  }, [raw]);

  const toGrid = (e: { clientX: number; clientY: number }) => {
    const r = canvas.current!.getBoundingClientRect();
    return {
      x: ((e.clientX - r.left) / r.width) * size,
      y: ((e.clientY - r.top) / r.height) * size,
    };
  };
  const radiusFor = (e: globalThis.PointerEvent) =>
    e.pointerType === 'pen' && e.pressure > 0 ? radius * (0.5 + e.pressure) : radius;

  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    if (stroke.current) return; // a second finger while drawing: ignore
    e.preventDefault();
    e.currentTarget.focus();
    e.currentTarget.setPointerCapture(e.pointerId);
    const p = toGrid(e);
    const img = cloneImage(raw);
    strokeSegment(img, p.x, p.y, p.x, p.y, radiusFor(e.nativeEvent), erase);
    stroke.current = { img, x: p.x, y: p.y, id: e.pointerId };
    paintGrey(e.currentTarget, img);
  };

  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    const s = stroke.current;
    if (!s || e.pointerId !== s.id) return;
    const native = e.nativeEvent;
    const samples = native.getCoalescedEvents?.() ?? [];
    for (const ev of samples.length ? samples : [native]) {
      const p = toGrid(ev);
      strokeSegment(s.img, s.x, s.y, p.x, p.y, radiusFor(ev), erase);
      s.x = p.x;
      s.y = p.y;
    }
    paintGrey(e.currentTarget, s.img);
  };

  const end = (e: PointerEvent<HTMLCanvasElement>) => {
    const s = stroke.current;
    if (!s || e.pointerId !== s.id) return;
    stroke.current = null;
    commit(s.img);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLCanvasElement>) => {
    const move = ARROWS[e.key];
    const at = cursor ?? { x: Math.floor(size / 2), y: Math.floor(size / 2) };
    if (move) {
      e.preventDefault();
      const next = {
        x: Math.min(size - 1, Math.max(0, at.x + move[0])),
        y: Math.min(size - 1, Math.max(0, at.y + move[1])),
      };
      setCursor(next);
      if (e.shiftKey) {
        const img = cloneImage(raw);
        strokeSegment(img, at.x + 0.5, at.y + 0.5, next.x + 0.5, next.y + 0.5, radius, erase);
        commit(img);
      }
    } else if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      setCursor(at);
      const img = cloneImage(raw);
      strokeSegment(img, at.x + 0.5, at.y + 0.5, at.x + 0.5, at.y + 0.5, radius, erase);
      commit(img);
    }
  };

  const cell = display / size;
  return (
    <div className="draw-canvas" style={{ width: display, height: display }}>
      <canvas
        ref={canvas}
        width={size}
        height={size}
        tabIndex={0}
        role="application"
        aria-roledescription="drawing canvas"
        aria-label={`Drawing canvas, ${size} by ${size}`}
        aria-describedby="draw-canvas-help"
        style={{ width: display, height: display }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={end}
        onPointerCancel={end}
        onLostPointerCapture={end}
        onKeyDown={onKeyDown}
        onBlur={() => setCursor(null)}
      />
      {cursor && (
        <div
          className="draw-cursor"
          aria-hidden="true"
          style={{ left: cursor.x * cell, top: cursor.y * cell, width: cell, height: cell }}
        />
      )}
      <p id="draw-canvas-help" className="sr-only">
        Drag to draw. With the keyboard: arrow keys move the cursor, Shift with an arrow paints
        while moving, Space paints at the cursor. Ctrl+Z undoes, Ctrl+Y or Shift+Ctrl+Z redoes.
      </p>
    </div>
  );
}
