/** A visible state as a grey picture on a canvas (each value over the image's largest). */
import { useEffect, useRef, useState } from 'react';
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
function imageUrl(values: Float64Array, rows: number, cols: number): string {
  const c = document.createElement('canvas');
  paintGrey(c, { width: cols, height: rows, pixels: greyLevels(values) });
  return c.toDataURL();
}

/**
 * The pictures of `count` images laid end to end in `values`, as data URLs made in a task of
 * their own after the render (a canvas each: 1–2 ms apiece, too much to add to a result's first
 * render). Until they are made, the last set of the same count, or undefined.
 */
export function useImageUrls(
  values: Float64Array,
  count: number,
  rows: number,
  cols: number,
): readonly string[] | undefined {
  const [made, setMade] = useState<readonly string[] | undefined>(undefined);
  useEffect(() => {
    const id = setTimeout(() => {
      const n = rows * cols;
      setMade(
        Array.from({ length: count }, (_, m) =>
          imageUrl(values.subarray(m * n, (m + 1) * n), rows, cols),
        ),
      );
    }, 0);
    return () => clearTimeout(id);
  }, [values, count, rows, cols]);
  return made?.length === count ? made : undefined;
}
