/** One memory's pixel part as a small diverging heatmap (src/charts/kh-memory-tile.ts). */
import { useEffect, useRef } from 'react';
import { paintMemoryTile } from './charts/kh-memory-tile';

export interface MemoryThumbProps {
  memories: Float32Array;
  mu: number;
  D: number;
  C: number;
  size: number;
  label: string;
}

export function MemoryThumb({ memories, mu, D, C, size, label }: MemoryThumbProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current) paintMemoryTile(canvas.current, memories, mu, D, C);
  }, [memories, mu, D, C]);
  return (
    <canvas
      ref={canvas}
      className="lab-thumb"
      role="img"
      aria-label={label}
      style={{ width: size, height: size }}
    />
  );
}
