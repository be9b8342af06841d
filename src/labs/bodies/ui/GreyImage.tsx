/** A visible state as a grey picture on a canvas (each value over the image's largest). */
import { useEffect, useRef } from 'react';
import { paintGrey } from '../../../charts/cue-canvas';
import { greyLevels } from './charts/grey';

export interface GreyImageProps {
  values: Float64Array | null;
  rows: number;
  cols: number;
  /** Shown size in CSS pixels. */
  size: number;
  label: string;
}

export function GreyImage({ values, rows, cols, size, label }: GreyImageProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current || !values) return;
    paintGrey(canvas.current, { width: cols, height: rows, pixels: greyLevels(values) });
  }, [values, rows, cols]);
  return (
    <canvas
      ref={canvas}
      className="bodies-grey"
      role="img"
      aria-label={label}
      width={cols}
      height={rows}
      style={{ width: size, height: size }}
    />
  );
}

/** A memory's picture as a data URL (for the bars chart), made on a canvas of its own. */
export function imageUrl(values: Float64Array, rows: number, cols: number): string {
  const c = document.createElement('canvas');
  paintGrey(c, { width: cols, height: rows, pixels: greyLevels(values) });
  return c.toDataURL();
}
