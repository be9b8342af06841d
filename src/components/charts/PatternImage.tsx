/** React wrapper around renderPatternImage: React owns the box, the renderer owns the canvas. */
import { useEffect, useRef } from 'react';
import { renderPatternImage, type PatternImage as Handle } from '../../charts/pattern-image';

export interface PatternImageProps {
  state: Float32Array | null;
  /** Displayed size in CSS pixels. */
  size: number;
  label: string;
  side?: number;
}

export function PatternImage({ state, size, label, side = 28 }: PatternImageProps) {
  const box = useRef<HTMLDivElement>(null);
  const handle = useRef<Handle | null>(null);

  useEffect(() => {
    if (!box.current) return;
    const h = renderPatternImage(box.current, { side, size, label: '' });
    handle.current = h;
    return () => {
      h.destroy();
      handle.current = null;
    };
  }, [side, size]);

  useEffect(() => {
    handle.current?.update(state, label);
  }, [state, label, side, size]);

  return <div ref={box} className="pattern-box" style={{ width: size, height: size }} />;
}
